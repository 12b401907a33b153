import * as z from "zod";
import { Dec, type Decimal, invalidArgument, parseInput } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { type QualityEventFilter, selectQualityEvents } from "./selectQualityEvents.js";

const countsSchema = z.object({
  nonconforming: z.number().int().nonnegative(),
  inspected: z.number().int().positive(),
});

/**
 * Parts per million: nonconforming units per million inspected, `nonconforming / inspected × 1,000,000`, exact
 * and rounded half-up to 2 decimal places. Zero nonconforming is 0.
 *
 * @throws `INVALID_ARGUMENT` for negative or fractional counts, zero inspected, or more nonconforming than inspected
 * @example
 * ```ts
 * partsPerMillion({ nonconforming: 3, inspected: 800 }).toString(); // "3750"
 * partsPerMillion({ nonconforming: 1, inspected: 3 }).toFixed(2); // "333333.33"
 * ```
 */
export function partsPerMillion(counts: z.input<typeof countsSchema>): Decimal {
  const { nonconforming, inspected } = parseInput(countsSchema, counts, ["counts"]);
  if (nonconforming > inspected)
    throw invalidArgument(
      ["counts", "nonconforming"],
      `must not exceed inspected (${inspected}), got ${nonconforming}`,
    );
  return new Dec(nonconforming).times(1_000_000).div(inspected).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * PPM over inspections: the nonconforming sample units of all `defects-counted` events per million units
 * inspected. Each event counts once (duplicates by id are dropped), so the figure does not depend on event order.
 *
 * @returns the totals and the PPM, `null` when nothing was inspected
 * @throws `INVALID_ARGUMENT` for an invalid event or filter
 * @example
 * ```ts
 * inspectionPpm(events, { supplierId: "SUP-7" }); // { inspectedUnits: 800, nonconformingUnits: 3, ppm: 3750 }
 * ```
 */
export function inspectionPpm(
  events: readonly QualityEvent[],
  filter?: QualityEventFilter,
): { readonly inspectedUnits: number; readonly nonconformingUnits: number; readonly ppm: Decimal | null } {
  let inspectedUnits = 0;
  let nonconformingUnits = 0;
  for (const event of selectQualityEvents(events, filter)) {
    if (event.type !== "defects-counted") continue;
    inspectedUnits += event.inspectedUnits;
    nonconformingUnits += event.nonconformingUnits;
  }
  const ppm =
    inspectedUnits === 0 ? null : partsPerMillion({ nonconforming: nonconformingUnits, inspected: inspectedUnits });
  return { inspectedUnits, nonconformingUnits, ppm };
}
