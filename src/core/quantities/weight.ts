import type { DecimalInput } from "../money/decimal.js";
import { type Quantity, quantityKind } from "./quantityKind.js";

/**
 * Units of weight: kilogram, gram, pound (exactly 0.45359237 kg) and ounce (1/16 lb).
 *
 * @example
 * ```ts
 * const unit: WeightUnit = "lb";
 * ```
 */
export type WeightUnit = "kg" | "g" | "lb" | "oz";

/**
 * A weight.
 *
 * @example
 * ```ts
 * const parcel: Weight = weight("2.5", "kg");
 * ```
 */
export type Weight = Quantity<WeightUnit>;

const kind = quantityKind<WeightUnit>("weight", { kg: "1", g: "0.001", lb: "0.45359237", oz: "0.028349523125" });

/**
 * Creates a weight; negative, NaN and infinite values are refused.
 *
 * @example
 * ```ts
 * weight("12.5", "kg").value.toString(); // "12.5"
 * ```
 */
export function weight(value: DecimalInput, unit: WeightUnit): Weight {
  return kind.create(value, unit);
}

/**
 * Converts a weight to another unit, exactly (by the legal definitions of the pound and the ounce).
 *
 * @example
 * ```ts
 * convertWeight(weight("1", "lb"), "kg").value.toString(); // "0.45359237"
 * convertWeight(weight("16", "oz"), "lb").value.toString(); // "1"
 * ```
 */
export function convertWeight(quantity: Weight, to: WeightUnit): Weight {
  return kind.convert(quantity, to);
}
