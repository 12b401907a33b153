import * as z from "zod";
import { invalidArgument, parseInput } from "../../core/index.js";
import type { QualityLotVerdict } from "./qualityLotVerdict.js";

const inspectionTypeSchema = z.enum(["IQC", "IPQC", "OQC"]);

const inspectedLot = {
  id: z.string().min(1),
  at: z.string().min(1),
  supplierId: z.string().min(1).optional(),
  inspectionId: z.string().min(1),
  inspectionType: inspectionTypeSchema,
  lotId: z.string().min(1),
  attempt: z.number().int().positive(),
  inspectedUnits: z.number().int().positive(),
};

/** The quality events this seam reads, in the quality area's shape (schema version 1); other fields are ignored. */
const lotEventSchema = z.discriminatedUnion("type", [
  z.object({
    ...inspectedLot,
    type: z.enum(["lot-accepted", "lot-rejected"]),
    lotSize: z.number().int().positive(),
    purchaseOrderId: z.string().min(1).optional(),
  }),
  z.object({ ...inspectedLot, type: z.literal("defects-counted"), nonconformingUnits: z.number().int().nonnegative() }),
]);

type LotEvent = z.infer<typeof lotEventSchema>;
type JudgedEvent = Extract<LotEvent, { type: "lot-accepted" | "lot-rejected" }>;

const READ_TYPES: ReadonlySet<unknown> = new Set(["lot-accepted", "lot-rejected", "defects-counted"]);

/**
 * Options of {@link lotVerdictsFromQualityEvents}.
 *
 * @example
 * ```ts
 * const options: LotVerdictsFromQualityEventsOptions = { supplierId: "SUP-7", inspectionTypes: ["IQC", "OQC"] };
 * ```
 */
export const lotVerdictsFromQualityEventsOptionsSchema = z.object({
  /** Used for events that carry no `supplierId`. */
  supplierId: z.string().min(1).optional(),
  /** Which inspections judge a supplier's lot; default IQC (incoming inspection) only. */
  inspectionTypes: z.array(inspectionTypeSchema).min(1).optional(),
});

/**
 * Options of {@link lotVerdictsFromQualityEvents}.
 *
 * @example
 * ```ts
 * const options: LotVerdictsFromQualityEventsOptions = { supplierId: "SUP-7" };
 * ```
 */
export type LotVerdictsFromQualityEventsOptions = z.input<typeof lotVerdictsFromQualityEventsOptionsSchema>;

/**
 * **Seam with the quality area.** Turns the quality area's events (`lot-accepted` / `lot-rejected` with the
 * `defects-counted` event of the same inspection attempt, as an inspection emits them on completion) into the
 * {@link QualityLotVerdict}s this area consumes (receiving ledger release, pass rate, PPM): `inspectedUnits` becomes
 * `inspectedQuantity`, the counted `nonconformingUnits` `nonconformingQuantity`, `lotSize` `lotQuantity`. Events of
 * other types are skipped, so a whole event stream can be passed; an event delivered twice (same `id`) counts once.
 * Reads the events structurally, without importing the quality area.
 *
 * Throws `INVALID_ARGUMENT` with the event's path when a lot event is malformed, when a verdict has no
 * `defects-counted` event for its inspection attempt (pass both: a missing count would read as zero nonconforming),
 * or when neither the event nor `options.supplierId` names the supplier.
 *
 * @example
 * ```ts
 * const verdicts = lotVerdictsFromQualityEvents(inspectionQualityEvents(record, "accepted"));
 * // [{ type: "lot-accepted", supplierId: "SUP-7", lotId: "LOT-1", inspectedQuantity: 80, nonconformingQuantity: 1, lotQuantity: 1200, ... }]
 * ```
 */
export function lotVerdictsFromQualityEvents(
  events: readonly unknown[],
  options: LotVerdictsFromQualityEventsOptions = {},
): QualityLotVerdict[] {
  const list = parseInput(z.array(z.unknown()), events, ["events"]);
  const { supplierId, inspectionTypes = ["IQC"] } = parseInput(lotVerdictsFromQualityEventsOptionsSchema, options, [
    "options",
  ]);
  const seen = new Set<string>();
  const judged: { event: JudgedEvent; index: number }[] = [];
  const counts = new Map<string, number>();
  list.forEach((raw, index) => {
    if (typeof raw !== "object" || raw === null || !READ_TYPES.has((raw as { type?: unknown }).type)) return;
    const event = parseInput(lotEventSchema, raw, ["events", index]);
    if (seen.has(event.id) || !inspectionTypes.includes(event.inspectionType)) return;
    seen.add(event.id);
    if (event.type === "defects-counted") counts.set(attemptKey(event), event.nonconformingUnits);
    else judged.push({ event, index });
  });
  return judged.map(({ event, index }) => {
    const nonconforming = counts.get(attemptKey(event));
    if (nonconforming === undefined) {
      throw invalidArgument(
        ["events", index],
        `${event.type} of inspection ${event.inspectionId} (attempt ${event.attempt}) has no defects-counted event; pass both events of the inspection`,
      );
    }
    const supplier = event.supplierId ?? supplierId;
    if (supplier === undefined) {
      throw invalidArgument(
        ["events", index, "supplierId"],
        "the event names no supplier: pass options.supplierId, or record the supplier on the inspected lot",
      );
    }
    return {
      type: event.type,
      supplierId: supplier,
      lotId: event.lotId,
      at: event.at,
      inspectedQuantity: event.inspectedUnits,
      nonconformingQuantity: nonconforming,
      lotQuantity: event.lotSize,
      ...(event.purchaseOrderId === undefined ? {} : { purchaseOrderId: event.purchaseOrderId }),
    };
  });
}

function attemptKey(event: LotEvent): string {
  return `${event.inspectionId}#${event.attempt}`;
}
