import type { DecimalInput } from "../money/decimal.js";
import { type Quantity, quantityKind } from "./quantityKind.js";

/**
 * Units of length: centimetre, millimetre, metre and inch (exactly 2.54 cm).
 *
 * @example
 * ```ts
 * const unit: LengthUnit = "in";
 * ```
 */
export type LengthUnit = "cm" | "mm" | "m" | "in";

/**
 * A length.
 *
 * @example
 * ```ts
 * const side: Length = length("40", "cm");
 * ```
 */
export type Length = Quantity<LengthUnit>;

const kind = quantityKind<LengthUnit>("length", { cm: "1", mm: "0.1", m: "100", in: "2.54" });

/**
 * Creates a length; negative, NaN and infinite values are refused.
 *
 * @example
 * ```ts
 * length("16", "in").unit; // "in"
 * ```
 */
export function length(value: DecimalInput, unit: LengthUnit): Length {
  return kind.create(value, unit);
}

/**
 * Converts a length to another unit, exactly.
 *
 * @example
 * ```ts
 * convertLength(length("10", "in"), "cm").value.toString(); // "25.4"
 * ```
 */
export function convertLength(quantity: Length, to: LengthUnit): Length {
  return kind.convert(quantity, to);
}
