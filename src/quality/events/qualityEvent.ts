import * as z from "zod";
import { moneySchema, parseInput } from "../../core/index.js";

const base = {
  /** Unique and stable: consumers deduplicate on it (events may be delivered more than once). */
  id: z.string().min(1),
  /** Version of this schema; consumers ignore versions they do not know. */
  schemaVersion: z.literal(1),
  /** When it happened, ISO 8601 with an offset. */
  at: z.iso.datetime({ offset: true }),
  supplierId: z.string().min(1).optional(),
  sku: z.string().min(1).optional(),
};

const count = z.number().int().nonnegative();

const lotJudged = {
  ...base,
  inspectionId: z.string().min(1),
  inspectionType: z.enum(["IQC", "IPQC", "OQC"]),
  stage: z.string().min(1),
  lotId: z.string().min(1),
  lotSize: z.number().int().positive(),
  /** Units examined (the largest sample of all classes, or the lot at 100%). */
  inspectedUnits: z.number().int().positive(),
  /** 1 for the first submission, 2 and more for resubmissions after sorting or rework. */
  attempt: z.number().int().positive(),
  purchaseOrderId: z.string().min(1).optional(),
};

/**
 * Schema of the quality events this area emits, as plain JSON. This is the seam with the supplier scorecard: it
 * consumes these events and nothing else, so both sides can evolve independently. Types:
 * - `lot-accepted` / `lot-rejected`: an inspection's verdict on a lot;
 * - `defects-counted`: what an inspection found, per class and per defect code;
 * - `ppm-reported`: a PPM figure over a period (e.g. from deliveries and rejections);
 * - `claim-opened` / `claim-answered`: a claim against a supplier (SCAR) and its answer.
 *
 * @example
 * ```ts
 * qualityEventSchema.parse({
 *   id: "IQC-000001#1:lot-rejected", schemaVersion: 1, at: "2026-03-02T08:00:00Z", type: "lot-rejected",
 *   supplierId: "SUP-7", sku: "LAMP-01", inspectionId: "IQC-000001", inspectionType: "IQC", stage: "incoming",
 *   lotId: "LOT-1", lotSize: 1200, inspectedUnits: 80, attempt: 1,
 * });
 * ```
 */
export const qualityEventSchema = z.discriminatedUnion("type", [
  z.object({ ...lotJudged, type: z.literal("lot-accepted") }),
  z.object({ ...lotJudged, type: z.literal("lot-rejected"), ncrId: z.string().min(1).optional() }),
  z.object({
    ...base,
    type: z.literal("defects-counted"),
    inspectionId: z.string().min(1),
    inspectionType: z.enum(["IQC", "IPQC", "OQC"]),
    lotId: z.string().min(1),
    attempt: z.number().int().positive(),
    inspectedUnits: z.number().int().positive(),
    /** Distinct sample units with at least one nonconformity (of any class). */
    nonconformingUnits: count,
    byClass: z.array(z.object({ classId: z.string().min(1), nonconformingUnits: count })),
    defects: z.array(
      z.object({ code: z.string().min(1), classId: z.string().min(1), occurrences: count, units: count }),
    ),
  }),
  z.object({
    ...base,
    type: z.literal("ppm-reported"),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    units: z.number().int().positive(),
    defectiveUnits: count,
    /** Parts per million as a decimal string, e.g. `"1250.00"`. */
    ppm: z.string().regex(/^\d+(\.\d+)?$/),
  }),
  z.object({
    ...base,
    type: z.literal("claim-opened"),
    claimId: z.string().min(1),
    ncrId: z.string().min(1).optional(),
    reason: z.string().min(1),
    quantity: count.optional(),
    amount: moneySchema.optional(),
  }),
  z.object({
    ...base,
    type: z.literal("claim-answered"),
    claimId: z.string().min(1),
    answer: z.enum(["accepted", "partially-accepted", "disputed"]),
    note: z.string().min(1).optional(),
  }),
]);

/**
 * One quality event, see {@link qualityEventSchema}.
 *
 * @example
 * ```ts
 * const e: QualityEvent = {
 *   id: "CLM-1:answered", schemaVersion: 1, at: "2026-03-05T08:00:00Z", type: "claim-answered",
 *   supplierId: "SUP-7", claimId: "CLM-1", answer: "accepted",
 * };
 * ```
 */
export type QualityEvent = z.infer<typeof qualityEventSchema>;

/**
 * Validates a list of quality events (from a queue, a file, another service).
 *
 * @throws `INVALID_ARGUMENT` with the path of the first bad field, e.g. `["events", 3, "at"]`
 * @example
 * ```ts
 * const events = parseQualityEvents(JSON.parse(body));
 * ```
 */
export function parseQualityEvents(input: unknown): QualityEvent[] {
  return parseInput(z.array(qualityEventSchema), input, ["events"]);
}
