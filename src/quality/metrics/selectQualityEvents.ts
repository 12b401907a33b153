import * as z from "zod";
import { instantSchema, parseInput } from "../../core/index.js";
import { type QualityEvent, qualityEventSchema } from "../events/qualityEvent.js";

/**
 * Which events a metric looks at: one supplier, one SKU, one inspection type, a period (`from` inclusive, `to`
 * exclusive). Every field is optional.
 *
 * @example
 * ```ts
 * qualityEventFilterSchema.parse({ supplierId: "SUP-7", from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" });
 * ```
 */
export const qualityEventFilterSchema = z.object({
  supplierId: z.string().min(1).optional(),
  sku: z.string().min(1).optional(),
  inspectionType: z.enum(["IQC", "IPQC", "OQC"]).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});

/**
 * A filter for the metrics, see {@link qualityEventFilterSchema}.
 *
 * @example
 * ```ts
 * const march: QualityEventFilter = { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" };
 * ```
 */
export type QualityEventFilter = z.input<typeof qualityEventFilterSchema>;

/**
 * @internal Validates events and a filter, drops duplicates (same `id`, as at-least-once delivery produces) and
 * keeps the events that pass the filter, sorted by id so every metric is independent of the input order.
 */
export function selectQualityEvents(events: unknown, filter: QualityEventFilter | undefined): QualityEvent[] {
  const all = parseInput(z.array(qualityEventSchema), events, ["events"]);
  const f = parseInput(qualityEventFilterSchema, filter ?? {}, ["filter"]);
  const byId = new Map<string, QualityEvent>();
  for (const event of all) {
    if (byId.has(event.id)) continue;
    if (f.supplierId !== undefined && event.supplierId !== f.supplierId) continue;
    if (f.sku !== undefined && event.sku !== f.sku) continue;
    if (f.inspectionType !== undefined && (!("inspectionType" in event) || event.inspectionType !== f.inspectionType))
      continue;
    const at = new Date(event.at).getTime();
    if (f.from !== undefined && at < f.from.getTime()) continue;
    if (f.to !== undefined && at >= f.to.getTime()) continue;
    byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
