import * as z from "zod";
import { Dec, type Decimal, parseInput } from "../../core/index.js";
import { ceilToStep, nonNegativeDecimalSchema, positiveDecimalSchema } from "./decimalSchemas.js";
import { boxSchema, boxVolume, dimensionRoundingSchema } from "./dimensions.js";

/**
 * Schema of the input of {@link chargeableWeight}: actual weight in kg, outer dimensions in cm, the volumetric
 * divisor in cm³/kg (5000 express, 6000 IATA air cargo) and the rounding increment in kg (0.5 by default).
 * Decimals may be strings, numbers or decimal.js values.
 *
 * @example
 * ```ts
 * chargeableWeightInputSchema.parse({ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } });
 * ```
 */
export const chargeableWeightInputSchema = z.object({
  weightKg: nonNegativeDecimalSchema,
  dimensionsCm: boxSchema,
  divisor: positiveDecimalSchema.optional(),
  incrementKg: positiveDecimalSchema.optional(),
  dimensionRounding: dimensionRoundingSchema.optional(),
});

/**
 * Input of {@link chargeableWeight}.
 *
 * @example
 * ```ts
 * const parcel: ChargeableWeightInput = { weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } };
 * ```
 */
export type ChargeableWeightInput = z.input<typeof chargeableWeightInputSchema>;

/**
 * A chargeable weight in kg, every figure an exact decimal (core `Dec`): the actual weight, the volumetric weight
 * (unrounded), the chargeable weight (the larger, rounded up to the increment) and which one won. On a tie the basis
 * is `actual`.
 *
 * @example
 * ```ts
 * const w: ChargeableWeight = chargeableWeight({ weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } });
 * w.chargeableKg.toString(); // "12"
 * ```
 */
export interface ChargeableWeight {
  /** The weight on the scale, as given. */
  readonly actualKg: Decimal;
  /** Length × width × height ÷ divisor, unrounded. */
  readonly volumetricKg: Decimal;
  /** The larger of the two, rounded up to the increment. */
  readonly chargeableKg: Decimal;
  /** Which weight was billed; `actual` on a tie. */
  readonly basis: "actual" | "volumetric";
}

/**
 * The weight a carrier bills: the larger of the actual and the volumetric weight (L × W × H ÷ divisor), rounded up
 * to the increment. Defaults follow express couriers: divisor 5000 cm³/kg and 0.5 kg steps (IATA rounding: up to
 * the next half kilogram; an exact half stays). Use divisor 6000 for general air cargo.
 *
 * Values are exact decimals (core `Dec`), never floats: 41 × 33 × 27 / 5000 is exactly 7.3062.
 *
 * @param input - see {@link chargeableWeightInputSchema}
 * @throws `INVALID_ARGUMENT` for a negative weight, a zero or negative dimension, divisor or increment
 * @example
 * ```ts
 * const w = chargeableWeight({ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } });
 * w.volumetricKg.toString(); // "7.3062"
 * w.chargeableKg.toString(); // "7.5"
 * w.basis; // "volumetric"
 * ```
 */
export function chargeableWeight(input: ChargeableWeightInput): ChargeableWeight {
  const parsed = parseInput(chargeableWeightInputSchema, input, ["input"]);
  const volume = boxVolume(parsed.dimensionsCm, parsed.dimensionRounding ?? "none");
  return chargeableFrom(
    parsed.weightKg,
    volume.div(parsed.divisor ?? new Dec(5000)),
    parsed.incrementKg ?? new Dec("0.5"),
  );
}

/** @internal compares actual and volumetric weights and rounds the larger up to the increment. */
export function chargeableFrom(actualKg: Decimal, volumetricKg: Decimal, increment: Decimal): ChargeableWeight {
  const volumetric = volumetricKg.gt(actualKg);
  return Object.freeze({
    actualKg,
    volumetricKg,
    chargeableKg: ceilToStep(volumetric ? volumetricKg : actualKg, increment),
    basis: volumetric ? "volumetric" : "actual",
  });
}
