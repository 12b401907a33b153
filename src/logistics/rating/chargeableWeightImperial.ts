import * as z from "zod";
import { Dec, type Decimal, parseInput } from "../../core/index.js";
import { chargeableFrom } from "./chargeableWeight.js";
import { nonNegativeDecimalSchema, positiveDecimalSchema } from "./decimalSchemas.js";
import { boxSchema, boxVolume, dimensionRoundingSchema } from "./dimensions.js";

/**
 * Schema of the input of {@link chargeableWeightImperial}: pounds and inches, divisor in in³/lb (139 for UPS/FedEx
 * daily rates and DHL, 166 for USPS and many negotiated accounts), increment in lb (1 by default).
 *
 * @example
 * ```ts
 * chargeableWeightImperialInputSchema.parse({ weightLb: 3, dimensionsIn: { length: 16, width: 12, height: 10 } });
 * ```
 */
export const chargeableWeightImperialInputSchema = z.object({
  weightLb: nonNegativeDecimalSchema,
  dimensionsIn: boxSchema,
  divisor: positiveDecimalSchema.optional(),
  incrementLb: positiveDecimalSchema.optional(),
  dimensionRounding: dimensionRoundingSchema.optional(),
});

/**
 * Input of {@link chargeableWeightImperial}.
 *
 * @example
 * ```ts
 * const box: ChargeableWeightImperialInput = { weightLb: 3, dimensionsIn: { length: 16, width: 12, height: 10 }, divisor: 166 };
 * ```
 */
export type ChargeableWeightImperialInput = z.input<typeof chargeableWeightImperialInputSchema>;

/**
 * A chargeable weight in pounds (exact decimals): actual, volumetric (unrounded), chargeable and basis.
 *
 * @example
 * ```ts
 * const w: ChargeableWeightImperial = chargeableWeightImperial({ weightLb: 3, dimensionsIn: { length: 16, width: 12, height: 10 } });
 * w.chargeableLb.toString(); // "14"
 * ```
 */
export interface ChargeableWeightImperial {
  /** The weight on the scale, in lb. */
  readonly actualLb: Decimal;
  /** Length × width × height (in³) ÷ divisor, unrounded. */
  readonly volumetricLb: Decimal;
  /** The larger, rounded up to the increment (whole pounds by default). */
  readonly chargeableLb: Decimal;
  /** Which weight was billed; `actual` on a tie. */
  readonly basis: "actual" | "volumetric";
}

/**
 * The billable weight in pounds and inches, as US carriers compute it: the larger of the actual weight and
 * L × W × H ÷ divisor (139 by default; 166 for USPS), any fraction rounded up to the next whole pound. Pass
 * `dimensionRounding: "nearest"` or `"up"` to round each dimension to a whole inch first, as UPS does.
 *
 * @throws `INVALID_ARGUMENT` for a negative weight or a non-positive dimension, divisor or increment
 * @example
 * ```ts
 * const box = { weightLb: 3, dimensionsIn: { length: 16, width: 12, height: 10 } };
 * chargeableWeightImperial(box).chargeableLb.toString(); // "14" (1920 / 139 = 13.81)
 * chargeableWeightImperial({ ...box, divisor: 166 }).chargeableLb.toString(); // "12" (1920 / 166 = 11.57)
 * ```
 */
export function chargeableWeightImperial(input: ChargeableWeightImperialInput): ChargeableWeightImperial {
  const parsed = parseInput(chargeableWeightImperialInputSchema, input, ["input"]);
  const volume = boxVolume(parsed.dimensionsIn, parsed.dimensionRounding ?? "none");
  const result = chargeableFrom(
    parsed.weightLb,
    volume.div(parsed.divisor ?? new Dec(139)),
    parsed.incrementLb ?? new Dec(1),
  );
  return Object.freeze({
    actualLb: result.actualKg,
    volumetricLb: result.volumetricKg,
    chargeableLb: result.chargeableKg,
    basis: result.basis,
  });
}
