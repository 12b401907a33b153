import { Dec, type Decimal } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { type QualityEventFilter, selectQualityEvents } from "./selectQualityEvents.js";

/**
 * One bar of a defect Pareto: a defect code, its class, its count, its share of all counts and the cumulative
 * share up to and including it (both rounded half-up to 4 decimal places; the last cumulative share is exactly 1).
 *
 * @example
 * ```ts
 * const bar: ParetoRow = { code: "SCRATCH", classId: "minor", count: 12, share: new Dec("0.5"), cumulativeShare: new Dec("0.5") };
 * ```
 */
export interface ParetoRow {
  readonly code: string;
  readonly classId: string;
  readonly count: number;
  readonly share: Decimal;
  readonly cumulativeShare: Decimal;
}

/**
 * A defect Pareto (柏拉图) over `defects-counted` events: defect codes from the most frequent down, ties by code,
 * counted by `occurrences` (every defect seen, the default) or by `units` (units showing the defect).
 *
 * @throws `INVALID_ARGUMENT` for an invalid event or filter
 * @example
 * ```ts
 * defectPareto(events).map((r) => `${r.code} ${r.count} ${r.cumulativeShare}`);
 * // ["SCRATCH 12 0.5", "DENT 8 0.8333", "LABEL 4 1"]
 * ```
 */
export function defectPareto(
  events: readonly QualityEvent[],
  options?: QualityEventFilter & { readonly basis?: "occurrences" | "units" },
): ParetoRow[] {
  const { basis = "occurrences", ...filter } = options ?? {};
  const counts = new Map<string, { classId: string; count: number }>();
  for (const event of selectQualityEvents(events, filter)) {
    if (event.type !== "defects-counted") continue;
    for (const d of event.defects) {
      const entry = counts.get(d.code) ?? { classId: d.classId, count: 0 };
      entry.count += basis === "units" ? d.units : d.occurrences;
      counts.set(d.code, entry);
    }
  }
  const rows = [...counts.entries()]
    .filter(([, e]) => e.count > 0)
    .sort(([codeA, a], [codeB, b]) => b.count - a.count || (codeA < codeB ? -1 : codeA > codeB ? 1 : 0));
  const total = rows.reduce((sum, [, e]) => sum + e.count, 0);
  let cumulative = 0;
  return rows.map(([code, e]) => {
    cumulative += e.count;
    return {
      code,
      classId: e.classId,
      count: e.count,
      share: new Dec(e.count).div(total).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
      cumulativeShare: new Dec(cumulative).div(total).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
    };
  });
}
