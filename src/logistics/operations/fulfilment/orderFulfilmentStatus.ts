import * as z from "zod";
import { parseInput } from "../../../core/index.js";
import { type FulfilmentState, fulfilmentMachine } from "./fulfilmentMachine.js";

// The machine's own state list, so the two can never drift apart.
const fulfilmentStateSchema = z.enum(
  fulfilmentMachine.states as readonly FulfilmentState[] as [FulfilmentState, ...FulfilmentState[]],
);

/**
 * An order's fulfilment status, derived from its shipments' states (see {@link deriveOrderFulfilmentStatus}).
 *
 * @example
 * ```ts
 * const status: OrderFulfilmentStatus = "partially_shipped";
 * ```
 */
export type OrderFulfilmentStatus =
  | "processing"
  | "partially_shipped"
  | "shipped"
  | "partially_delivered"
  | "delivered"
  | "exception"
  | "closed"
  | "cancelled";

const EXCEPTIONS: readonly FulfilmentState[] = [
  "backordered",
  "address_problem",
  "customs_hold",
  "lost",
  "damaged",
  "returned_to_sender",
];
const PREPARING: readonly FulfilmentState[] = ["received", "reviewed", "picked", "packed", "labelled"];
const SHIPPED: readonly FulfilmentState[] = ["handed_to_carrier", "in_transit"];

/**
 * Derives an order's status from the states of all its shipments (one for an unsplit order). Rules, first match
 * wins, cancelled shipments ignored unless all are cancelled:
 * 1. every shipment `cancelled` → `cancelled`;
 * 2. any shipment in an exception state (backordered, address problem, customs hold, lost, damaged, returned)
 *    → `exception`;
 * 3. all `delivered` → `delivered`; all finished (`delivered` or `closed`) with at least one `closed` → `closed`;
 * 4. some `delivered` (or `closed`) and some not → `partially_delivered`;
 * 5. all with the carrier → `shipped`; some with the carrier, some still preparing → `partially_shipped`;
 * 6. otherwise → `processing`.
 *
 * @throws `INVALID_ARGUMENT` for an empty list or an unknown state
 * @example
 * ```ts
 * deriveOrderFulfilmentStatus(["delivered", "in_transit"]); // "partially_delivered"
 * deriveOrderFulfilmentStatus(["in_transit", "packed"]); // "partially_shipped"
 * deriveOrderFulfilmentStatus(["delivered", "cancelled"]); // "delivered"
 * ```
 */
export function deriveOrderFulfilmentStatus(shipmentStates: readonly FulfilmentState[]): OrderFulfilmentStatus {
  const states = parseInput(z.array(fulfilmentStateSchema).min(1).max(1000), shipmentStates, ["shipmentStates"]);
  const active = states.filter((state) => state !== "cancelled");
  if (active.length === 0) return "cancelled";
  if (active.some((state) => EXCEPTIONS.includes(state))) return "exception";
  const finished = active.filter((state) => state === "delivered" || state === "closed");
  if (finished.length === active.length) return active.every((state) => state === "delivered") ? "delivered" : "closed";
  if (finished.length > 0) return "partially_delivered";
  const shipped = active.filter((state) => SHIPPED.includes(state));
  if (shipped.length === active.length) return "shipped";
  if (shipped.length > 0 && active.every((state) => SHIPPED.includes(state) || PREPARING.includes(state))) {
    return "partially_shipped";
  }
  return "processing";
}
