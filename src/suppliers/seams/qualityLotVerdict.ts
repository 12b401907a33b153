import * as z from "zod";
import { instantSchema } from "../../core/index.js";

/**
 * **Seam with the quality area.** The lot verdicts this area consumes, as its own small schema: the quality area
 * (IQC, 来料检验) publishes a verdict per inspected lot, and suppliers uses it to release received goods and to
 * compute pass rate and PPM. Any producer that emits this shape plugs in without changes.
 *
 * - `inspectedQuantity`: units inspected (the sample, or the whole lot under 100% inspection)
 * - `nonconformingQuantity`: nonconforming units found among them
 * - `lotQuantity`: units in the lot, when known (else the received quantity is used)
 * - `acceptedQuantity`: for a rejected lot that was sorted (挑选) or accepted under concession (让步接收), the units
 *   released anyway
 *
 * @example
 * ```ts
 * qualityLotVerdictSchema.parse({ type: "lot-accepted", supplierId: "SUP-1", lotId: "LOT-1", at: "2026-04-19T08:00:00Z", inspectedQuantity: 80, nonconformingQuantity: 1 });
 * ```
 */
export const qualityLotVerdictSchema = z
  .object({
    type: z.enum(["lot-accepted", "lot-rejected"]),
    supplierId: z.string().min(1),
    lotId: z.string().min(1),
    at: instantSchema,
    inspectedQuantity: z.number().int().nonnegative(),
    nonconformingQuantity: z.number().int().nonnegative(),
    lotQuantity: z.number().int().positive().optional(),
    acceptedQuantity: z.number().int().nonnegative().optional(),
    purchaseOrderId: z.string().min(1).optional(),
  })
  .refine((v) => v.nonconformingQuantity <= v.inspectedQuantity, {
    path: ["nonconformingQuantity"],
    message: "must not exceed inspectedQuantity",
  });

/**
 * A lot verdict from the quality area (see {@link qualityLotVerdictSchema}).
 *
 * @example
 * ```ts
 * const v: QualityLotVerdict = { type: "lot-rejected", supplierId: "SUP-1", lotId: "LOT-2", at: "2026-04-20T08:00:00Z", inspectedQuantity: 80, nonconformingQuantity: 6 };
 * ```
 */
export type QualityLotVerdict = z.input<typeof qualityLotVerdictSchema>;
