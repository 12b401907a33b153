import type { DecimalInput } from "../money/decimal.js";
import { type Quantity, quantityKind } from "./quantityKind.js";

/**
 * Units of volume: cubic centimetre, cubic metre and litre (1,000 cm³).
 *
 * @example
 * ```ts
 * const unit: VolumeUnit = "m3";
 * ```
 */
export type VolumeUnit = "cm3" | "m3" | "L";

/**
 * A volume.
 *
 * @example
 * ```ts
 * const carton: Volume = volume("0.06", "m3");
 * ```
 */
export type Volume = Quantity<VolumeUnit>;

const kind = quantityKind<VolumeUnit>("volume", { cm3: "1", m3: "1000000", L: "1000" });

/**
 * Creates a volume; negative, NaN and infinite values are refused.
 *
 * @example
 * ```ts
 * volume("2.4", "m3").value.toString(); // "2.4"
 * ```
 */
export function volume(value: DecimalInput, unit: VolumeUnit): Volume {
  return kind.create(value, unit);
}

/**
 * Converts a volume to another unit, exactly.
 *
 * @example
 * ```ts
 * convertVolume(volume("36531", "cm3"), "m3").value.toString(); // "0.036531"
 * ```
 */
export function convertVolume(quantity: Volume, to: VolumeUnit): Volume {
  return kind.convert(quantity, to);
}
