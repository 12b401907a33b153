import * as z from "zod";
import { invalidArgument, parseInput } from "../../core/index.js";
import type { QualityLotVerdict } from "./qualityLotVerdict.js";

const INSPECTION_TYPES = ["IQC", "IPQC", "OQC"] as const;
const inspectionTypeSchema = z.enum(INSPECTION_TYPES);

const inspectedLot = {
  id: z.string().min(1),
  schemaVersion: z.literal(1),
  at: z.iso.datetime({ offset: true }),
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
  z
    .object({ ...inspectedLot, type: z.literal("defects-counted"), nonconformingUnits: z.number().int().nonnegative() })
    .refine((event) => event.nonconformingUnits <= event.inspectedUnits, {
      path: ["nonconformingUnits"],
      message: "must not exceed inspectedUnits",
    }),
]);

type LotEvent = z.infer<typeof lotEventSchema>;
type JudgedEvent = Extract<LotEvent, { type: "lot-accepted" | "lot-rejected" }>;
type CountEvent = Extract<LotEvent, { type: "defects-counted" }>;
/** An event with its place in the stream, for error paths. */
type Placed<T> = { readonly event: T; readonly index: number };

const READ_TYPES: ReadonlySet<unknown> = new Set(["lot-accepted", "lot-rejected", "defects-counted"]);

/**
 * Options of {@link lotVerdictsFromQualityEvents}.
 *
 * @example
 * ```ts
 * lotVerdictsFromQualityEventsOptionsSchema.parse({ supplierId: "SUP-7", attempts: "latest" });
 * ```
 */
export const lotVerdictsFromQualityEventsOptionsSchema = z.strictObject({
  /** Used for events that carry no `supplierId`. */
  supplierId: z.string().min(1).optional(),
  /** Which inspections judge a supplier's lot; default IQC (incoming inspection) only. */
  inspectionTypes: z.array(inspectionTypeSchema).min(1).optional(),
  /**
   * Which attempts of a resubmitted lot to keep: `"all"` (default, one verdict per inspection attempt, for KPIs
   * over every submission), `"first"` (the original inspection, for first-pass rates) or `"latest"` (the verdict
   * that decides the lot, for the receiving ledger, which takes one verdict per lot).
   */
  attempts: z.enum(["all", "first", "latest"]).optional(),
});

/**
 * Options of {@link lotVerdictsFromQualityEvents}.
 *
 * @example
 * ```ts
 * const options: LotVerdictsFromQualityEventsOptions = { supplierId: "SUP-7", inspectionTypes: ["IQC", "OQC"] };
 * ```
 */
export type LotVerdictsFromQualityEventsOptions = z.input<typeof lotVerdictsFromQualityEventsOptionsSchema>;

/**
 * **Seam with the quality area.** Turns the quality area's events (`lot-accepted` / `lot-rejected` with the
 * `defects-counted` event of the same inspection attempt, as an inspection emits them on completion) into the
 * {@link QualityLotVerdict}s this area consumes (receiving ledger release, pass rate, PPM): `inspectedUnits` becomes
 * `inspectedQuantity`, the counted `nonconformingUnits` `nonconformingQuantity`, `lotSize` `lotQuantity`. Reads the
 * events structurally, without importing the quality area, so a whole event stream can be passed: events of other
 * types, of a schema version other than 1 and of inspection types not asked for are skipped, and an event delivered
 * twice (same `id`) counts once. A resubmitted lot gives one verdict per attempt unless `attempts` picks the first or
 * the latest (use `"latest"` for {@link recordLotVerdict}, which takes one verdict per lot).
 *
 * Throws `INVALID_ARGUMENT` with the event's path for an element that is not an object; when a lot event is
 * malformed; when a verdict has no `defects-counted` event for its inspection attempt (pass both: a missing count
 * would read as zero nonconforming); when a count disagrees with its verdict (lot, units inspected) or with another count of the same attempt; or when
 * neither the event nor `options.supplierId` names the supplier.
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
  const {
    supplierId,
    inspectionTypes = ["IQC"],
    attempts = "all",
  } = parseInput(lotVerdictsFromQualityEventsOptionsSchema, options, ["options"]);
  const seen = new Set<string>();
  const judged: Placed<JudgedEvent>[] = [];
  const counts = new Map<string, Placed<CountEvent>>();
  list.forEach((raw, index) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw invalidArgument(["events", index], "must be an event object with a type, as the quality area emits them");
    }
    if (!isLotEventToRead(raw, inspectionTypes)) return;
    const event = parseInput(lotEventSchema, raw, ["events", index]);
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (event.type !== "defects-counted") judged.push({ event, index });
    else addCount(counts, event, index);
  });
  return keepAttempts(judged, attempts).map(({ event, index }) => {
    const count = counts.get(attemptKey(event));
    if (count === undefined) {
      throw invalidArgument(
        ["events", index],
        `${event.type} of inspection ${event.inspectionId} (attempt ${event.attempt}) has no defects-counted event; pass both events of the inspection`,
      );
    }
    checkCountMatches(count, event);
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
      nonconformingQuantity: count.event.nonconformingUnits,
      lotQuantity: event.lotSize,
      ...(event.purchaseOrderId === undefined ? {} : { purchaseOrderId: event.purchaseOrderId }),
    };
  });
}

/** Whether an element of the stream is a lot event of version 1 from an inspection asked for (else it is skipped). */
function isLotEventToRead(raw: object, inspectionTypes: readonly string[]): boolean {
  const { type, schemaVersion, inspectionType } = raw as Record<string, unknown>;
  if (!READ_TYPES.has(type) || schemaVersion !== 1) return false;
  // A known inspection type that was not asked for is skipped; anything else is parsed (and refused if malformed).
  return (
    !(INSPECTION_TYPES as readonly unknown[]).includes(inspectionType) ||
    inspectionTypes.includes(inspectionType as string)
  );
}

function addCount(counts: Map<string, Placed<CountEvent>>, event: CountEvent, index: number): void {
  const key = attemptKey(event);
  const earlier = counts.get(key);
  if (earlier && earlier.event.nonconformingUnits !== event.nonconformingUnits) {
    throw invalidArgument(
      ["events", index, "nonconformingUnits"],
      `inspection ${event.inspectionId} (attempt ${event.attempt}) was counted twice with different results (${earlier.event.nonconformingUnits} at events[${earlier.index}], ${event.nonconformingUnits} here)`,
    );
  }
  if (!earlier) counts.set(key, { event, index });
}

function checkCountMatches(count: Placed<CountEvent>, judged: JudgedEvent): void {
  for (const field of ["lotId", "inspectedUnits"] as const) {
    if (count.event[field] !== judged[field]) {
      throw invalidArgument(
        ["events", count.index, field],
        `must match the ${judged.type} event of the same inspection attempt (${String(judged[field])})`,
      );
    }
  }
}

/** The verdicts to keep for each lot: every attempt, or only its first or latest (by attempt, then stream order). */
function keepAttempts(
  judged: readonly Placed<JudgedEvent>[],
  attempts: "all" | "first" | "latest",
): Placed<JudgedEvent>[] {
  if (attempts === "all") return [...judged];
  const chosen = new Map<string, Placed<JudgedEvent>>();
  for (const entry of judged) {
    const current = chosen.get(entry.event.lotId);
    const better =
      current === undefined ||
      (attempts === "first"
        ? entry.event.attempt < current.event.attempt
        : entry.event.attempt >= current.event.attempt);
    if (better) chosen.set(entry.event.lotId, entry);
  }
  return judged.filter((entry) => chosen.get(entry.event.lotId) === entry);
}

function attemptKey(event: LotEvent): string {
  return `${event.inspectionId}#${event.attempt}`;
}
