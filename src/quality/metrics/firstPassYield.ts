import { Dec, type Decimal } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { type QualityEventFilter, selectQualityEvents } from "./selectQualityEvents.js";

/**
 * First-pass yield (FPY, 一次合格率): the share of units that pass at their first inspection, from the
 * `defects-counted` events of first submissions (`attempt` 1): `(inspected − nonconforming) / inspected`, rounded
 * half-up to 4 decimal places. Resubmissions after sorting or rework are left out, which is what makes it "first pass".
 *
 * @returns the counts and the yield, `null` when nothing was inspected
 * @throws `INVALID_ARGUMENT` for an invalid event or filter
 * @example
 * ```ts
 * firstPassYield(events, { inspectionType: "IPQC" }); // { inspectedUnits: 500, passedUnits: 488, yield: 0.976 }
 * ```
 */
export function firstPassYield(
  events: readonly QualityEvent[],
  filter?: QualityEventFilter,
): { readonly inspectedUnits: number; readonly passedUnits: number; readonly yield: Decimal | null } {
  let inspectedUnits = 0;
  let failed = 0;
  for (const event of selectQualityEvents(events, filter)) {
    if (event.type !== "defects-counted" || event.attempt !== 1) continue;
    inspectedUnits += event.inspectedUnits;
    failed += event.nonconformingUnits;
  }
  const passedUnits = inspectedUnits - failed;
  const yieldRate =
    inspectedUnits === 0 ? null : new Dec(passedUnits).div(inspectedUnits).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
  return { inspectedUnits, passedUnits, yield: yieldRate };
}
