import * as z from "zod";
import { parseInput } from "../../../core/index.js";
import { trackingStatusSchema, trackingSubStatusSchema } from "../tracking/trackingStatus.js";
import type { FulfilmentEvent } from "./fulfilmentMachine.js";

const trackingReadingSchema = z.object({ status: trackingStatusSchema, subStatus: trackingSubStatusSchema });

/**
 * The fulfilment-machine event a normalised tracking event stands for, or `undefined` when it should not move the
 * shipment (pending, info received, expiry, delays and other exceptions a person must judge). Sub-statuses decide
 * first: customs hold or documents required → `CUSTOMS_HOLD`; customs released → `CUSTOMS_RELEASED`; lost or
 * destroyed → `REPORT_LOST`; damaged → `REPORT_DAMAGED`; returning or returned to sender → `RETURN_TO_SENDER`;
 * address issue or recipient moved → `ADDRESS_ISSUE` (a carrier's address correction in transit is only a scan). Then statuses: delivered → `DELIVER`; in transit, out for
 * delivery, failed attempt, available for pickup → `CARRIER_SCAN`. Feed the result to `transition`; an
 * `ILLEGAL_TRANSITION` (a scan arriving for a shipment already delivered) can be ignored.
 *
 * @throws `INVALID_ARGUMENT` for an unknown status or sub-status
 * @example
 * ```ts
 * fulfilmentEventForTracking({ status: "exception", subStatus: "customs_hold" }); // { type: "CUSTOMS_HOLD" }
 * fulfilmentEventForTracking({ status: "info_received", subStatus: "label_created" }); // undefined
 * ```
 */
export function fulfilmentEventForTracking(reading: {
  readonly status: z.input<typeof trackingStatusSchema>;
  readonly subStatus: z.input<typeof trackingSubStatusSchema>;
}): FulfilmentEvent | undefined {
  const { status, subStatus } = parseInput(trackingReadingSchema, reading, ["reading"]);
  switch (subStatus) {
    case "customs_hold":
    case "customs_documents_required":
      return { type: "CUSTOMS_HOLD" };
    case "customs_released":
      return { type: "CUSTOMS_RELEASED" };
    case "lost":
    case "destroyed":
      return { type: "REPORT_LOST" };
    case "damaged":
      return { type: "REPORT_DAMAGED" };
    case "returning_to_sender":
    case "returned_to_sender":
      return { type: "RETURN_TO_SENDER" };
    case "address_issue":
    case "recipient_moved":
      return status === "in_transit" ? { type: "CARRIER_SCAN" } : { type: "ADDRESS_ISSUE" };
    default:
      break;
  }
  switch (status) {
    case "delivered":
      return { type: "DELIVER" };
    case "in_transit":
    case "out_for_delivery":
    case "failed_attempt":
    case "available_for_pickup":
      return { type: "CARRIER_SCAN" };
    default:
      return undefined;
  }
}
