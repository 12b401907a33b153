import * as z from "zod";
import { Dec, type Decimal, parseInput } from "../../core/index.js";
import { ceilToStep, nonNegativeDecimalSchema, positiveDecimalSchema } from "./decimalSchemas.js";

/**
 * Schema of the input of {@link seaFreightRevenueTons}: gross weight in kg, volume in m³, the weight one m³ counts
 * as (1000 kg by default; some lanes use 500, road freight often 333), the minimum in revenue tons (1 by default;
 * pass 0 for none) and an optional rounding increment in revenue tons (none by default).
 *
 * @example
 * ```ts
 * seaFreightRevenueTonsInputSchema.parse({ weightKg: 800, volumeCbm: "2.4" });
 * ```
 */
export const seaFreightRevenueTonsInputSchema = z.object({
  weightKg: nonNegativeDecimalSchema,
  volumeCbm: nonNegativeDecimalSchema,
  kgPerCbm: positiveDecimalSchema.optional(),
  minimumRt: nonNegativeDecimalSchema.optional(),
  incrementRt: positiveDecimalSchema.optional(),
});

/**
 * Input of {@link seaFreightRevenueTons}.
 *
 * @example
 * ```ts
 * const lcl: SeaFreightRevenueTonsInput = { weightKg: 1500, volumeCbm: "1.2" };
 * ```
 */
export type SeaFreightRevenueTonsInput = z.input<typeof seaFreightRevenueTonsInputSchema>;

/**
 * Revenue tons of a sea LCL consignment ("W/M", weight or measure): the weight in tonnes, the measure in tonnes
 * equivalent, the billed revenue tons and which of weight, measure or minimum decided it.
 *
 * @example
 * ```ts
 * const rt: SeaFreightRevenueTons = seaFreightRevenueTons({ weightKg: 800, volumeCbm: "2.4" });
 * rt.revenueTons.toString(); // "2.4"
 * ```
 */
export interface SeaFreightRevenueTons {
  /** Gross weight ÷ 1000. */
  readonly weightTonnes: Decimal;
  /** Volume × kgPerCbm ÷ 1000 (equal to the m³ at the usual 1 m³ = 1000 kg). */
  readonly measureTonnes: Decimal;
  /** The larger of the two, rounded up to the increment, never below the minimum. */
  readonly revenueTons: Decimal;
  /** `actual` (weight won), `volumetric` (measure won) or `minimum`; on a tie between weight and measure, `actual`. */
  readonly basis: "actual" | "volumetric" | "minimum";
}

/**
 * Revenue tons for sea freight, W/M: 1 revenue ton is 1 tonne or 1 m³ (at the default 1 m³ = 1000 kg), whichever
 * is greater, with a minimum of 1 RT unless told otherwise.
 *
 * @throws `INVALID_ARGUMENT` for negative weight or volume, or a non-positive ratio or increment
 * @example
 * ```ts
 * seaFreightRevenueTons({ weightKg: 800, volumeCbm: "2.4" }).revenueTons.toString(); // "2.4" (measure)
 * seaFreightRevenueTons({ weightKg: 1500, volumeCbm: "1.2" }).revenueTons.toString(); // "1.5" (weight)
 * seaFreightRevenueTons({ weightKg: 300, volumeCbm: "0.4" }).revenueTons.toString(); // "1" (minimum)
 * ```
 */
export function seaFreightRevenueTons(input: SeaFreightRevenueTonsInput): SeaFreightRevenueTons {
  const parsed = parseInput(seaFreightRevenueTonsInputSchema, input, ["input"]);
  return revenueTonsOf(parsed.weightKg, parsed.volumeCbm, parsed.kgPerCbm ?? new Dec(1000), {
    minimumRt: parsed.minimumRt ?? new Dec(1),
    incrementRt: parsed.incrementRt,
  });
}

/** @internal W/M on parsed values, shared with quotes. */
export function revenueTonsOf(
  weightKg: Decimal,
  volumeCbm: Decimal,
  kgPerCbm: Decimal,
  options: { minimumRt: Decimal; incrementRt?: Decimal | undefined },
): SeaFreightRevenueTons {
  const weightTonnes = weightKg.div(1000);
  const measureTonnes = volumeCbm.times(kgPerCbm).div(1000);
  const byMeasure = measureTonnes.gt(weightTonnes);
  const larger = byMeasure ? measureTonnes : weightTonnes;
  const rounded = options.incrementRt ? ceilToStep(larger, options.incrementRt) : larger;
  const belowMinimum = rounded.lt(options.minimumRt);
  return Object.freeze({
    weightTonnes,
    measureTonnes,
    revenueTons: belowMinimum ? options.minimumRt : rounded,
    basis: belowMinimum ? "minimum" : byMeasure ? "volumetric" : "actual",
  });
}
