import * as z from "zod";
import { moneySchema } from "../../core/index.js";
import { dispositionLineSchema } from "./disposition.js";

/**
 * Schema of the input that raises a nonconformance report (NCR, 不合格品报告): where it comes from (a rejected
 * lot, a failed first article, a complaint), the lot, the quantity under NCR, and what is wrong.
 *
 * @example
 * ```ts
 * ncrInputSchema.parse({
 *   id: "NCR-000001", source: { kind: "inspection", inspectionId: "IQC-000001" },
 *   lot: { lotId: "LOT-1", sku: "LAMP-01", supplierId: "SUP-7" }, quantity: 1200,
 *   description: "6 major nonconforming units in 80 (Re 6)", raisedBy: "qc.zhang", raisedAt: "2026-03-02T11:30:00+08:00",
 * });
 * ```
 */
export const ncrInputSchema = z.object({
  id: z.string().min(1),
  source: z.object({
    kind: z.enum(["inspection", "first-article", "customer-complaint", "other"]),
    inspectionId: z.string().min(1).optional(),
  }),
  lot: z.object({ lotId: z.string().min(1), sku: z.string().min(1), supplierId: z.string().min(1).optional() }),
  /** Units under this NCR: the lot for a rejected lot, the run so far for a failed first article. */
  quantity: z.number().int().positive(),
  description: z.string().min(1),
  raisedBy: z.string().min(1),
  raisedAt: z.iso.datetime({ offset: true }),
});

/**
 * Schema of an NCR record, the context of {@link ncrMachine}.
 *
 * @example
 * ```ts
 * const record = ncrRecordSchema.parse(JSON.parse(stored).context);
 * ```
 */
export const ncrRecordSchema = ncrInputSchema.extend({
  dispositions: z.array(dispositionLineSchema),
  proposedBy: z.string().min(1).optional(),
  claim: z
    .object({
      claimId: z.string().min(1),
      openedAt: z.string(),
      reason: z.string().min(1),
      amount: moneySchema.optional(),
      answeredAt: z.string().optional(),
      answer: z.enum(["accepted", "partially-accepted", "disputed"]).optional(),
    })
    .optional(),
  closedAt: z.string().optional(),
});

/**
 * An NCR record, see {@link ncrRecordSchema}.
 *
 * @example
 * ```ts
 * const ncr: NcrRecord = openNcr(input).context;
 * ```
 */
export type NcrRecord = z.output<typeof ncrRecordSchema>;
