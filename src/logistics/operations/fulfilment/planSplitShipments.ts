import * as z from "zod";
import { err, ok, parseInput, type Result } from "../../../core/index.js";

const lineSchema = z.object({ sku: z.string().min(1).max(100), quantity: z.number().int().positive() });

/**
 * Input of {@link planSplitShipments}: the order's lines and the shipments proposed to carry them.
 *
 * @example
 * ```ts
 * splitShipmentPlanSchema.parse({
 *   orderId: "SO-1", lines: [{ sku: "MUG", quantity: 3 }],
 *   shipments: [{ shipmentId: "SO-1-1", lines: [{ sku: "MUG", quantity: 2 }] }, { shipmentId: "SO-1-2", lines: [{ sku: "MUG", quantity: 1 }] }],
 * });
 * ```
 */
export const splitShipmentPlanSchema = z.object({
  orderId: z.string().min(1).max(200),
  lines: z.array(lineSchema).min(1).max(1000),
  shipments: z
    .array(z.object({ shipmentId: z.string().min(1).max(200), lines: z.array(lineSchema).min(1).max(1000) }))
    .min(1)
    .max(100),
});

/**
 * Input of {@link planSplitShipments} (see {@link splitShipmentPlanSchema}).
 *
 * @example
 * ```ts
 * const plan: SplitShipmentPlan = { orderId: "SO-1", lines: [{ sku: "MUG", quantity: 1 }], shipments: [{ shipmentId: "SO-1-1", lines: [{ sku: "MUG", quantity: 1 }] }] };
 * ```
 */
export type SplitShipmentPlan = z.infer<typeof splitShipmentPlanSchema>;

/**
 * Why a split plan was refused: per SKU, what was ordered and what the shipments carry.
 *
 * @example
 * ```ts
 * const f: SplitShipmentMismatch = { code: "SPLIT_QUANTITY_MISMATCH", message: "...", mismatches: [{ sku: "MUG", ordered: 3, planned: 2 }] };
 * ```
 */
export interface SplitShipmentMismatch {
  readonly code: "SPLIT_QUANTITY_MISMATCH";
  readonly message: string;
  readonly mismatches: readonly { readonly sku: string; readonly ordered: number; readonly planned: number }[];
}

function totalsBySku(lines: readonly { sku: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.sku, (totals.get(line.sku) ?? 0) + line.quantity);
  return totals;
}

/**
 * Checks that a split of an order into several shipments carries every ordered unit exactly once: no SKU short,
 * none over, none foreign to the order. Each shipment then runs its own {@link fulfilmentMachine}, and the
 * order's status comes from {@link deriveOrderFulfilmentStatus}.
 *
 * @returns the plan, or `SPLIT_QUANTITY_MISMATCH` listing each SKU whose planned quantity differs
 * @throws `INVALID_ARGUMENT` for a malformed plan or duplicate shipment ids
 * @example
 * ```ts
 * planSplitShipments({
 *   orderId: "SO-1", lines: [{ sku: "MUG", quantity: 3 }],
 *   shipments: [{ shipmentId: "SO-1-1", lines: [{ sku: "MUG", quantity: 2 }] }],
 * }); // err: MUG ordered 3, planned 2
 * ```
 */
export function planSplitShipments(plan: SplitShipmentPlan): Result<SplitShipmentPlan, SplitShipmentMismatch> {
  const parsed = parseInput(
    splitShipmentPlanSchema.superRefine((value, ctx) => {
      const ids = new Set<string>();
      value.shipments.forEach((shipment, index) => {
        if (ids.has(shipment.shipmentId)) {
          ctx.addIssue({
            code: "custom",
            message: `"${shipment.shipmentId}" is used twice`,
            path: ["shipments", index, "shipmentId"],
          });
        }
        ids.add(shipment.shipmentId);
      });
    }),
    plan,
    ["plan"],
  );
  const ordered = totalsBySku(parsed.lines);
  const planned = totalsBySku(parsed.shipments.flatMap((shipment) => shipment.lines));
  const skus = [...new Set([...ordered.keys(), ...planned.keys()])].sort();
  const mismatches = skus
    .map((sku) => ({ sku, ordered: ordered.get(sku) ?? 0, planned: planned.get(sku) ?? 0 }))
    .filter((row) => row.ordered !== row.planned);
  if (mismatches.length > 0) {
    return err({
      code: "SPLIT_QUANTITY_MISMATCH",
      message: mismatches.map((row) => `${row.sku}: ordered ${row.ordered}, planned ${row.planned}`).join("; "),
      mismatches,
    });
  }
  return ok(parsed);
}
