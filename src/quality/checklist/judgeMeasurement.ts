import * as z from "zod";
import {
  convertLength,
  convertWeight,
  Dec,
  type Decimal,
  decimalInputSchema,
  invalidArgument,
  type LengthUnit,
  length,
  parseInput,
  type WeightUnit,
  weight,
} from "../../core/index.js";
import { specLimitsSchema } from "./checklistItem.js";

const LENGTH_UNITS: readonly string[] = ["mm", "cm", "m", "in"];
const WEIGHT_UNITS: readonly string[] = ["g", "kg", "lb", "oz"];

/**
 * A measured value with its unit, as read from the gauge.
 *
 * @example
 * ```ts
 * measuredValueSchema.parse({ value: "50.62", unit: "mm" });
 * ```
 */
export const measuredValueSchema = z.object({ value: decimalInputSchema, unit: z.string().min(1) });

/**
 * The verdict on one measurement: conforming or not, on which side it left the limits, by how much (in the
 * spec's unit), and the value converted to the spec's unit.
 *
 * @example
 * ```ts
 * const v: MeasurementVerdict = { conforming: false, side: "above-usl", excess: new Dec("0.12"), valueInSpecUnit: new Dec("50.62") };
 * ```
 */
export interface MeasurementVerdict {
  /** True when `LSL <= value <= USL` (limits are inclusive). */
  readonly conforming: boolean;
  /** Which limit was passed; absent when conforming. */
  readonly side?: "below-lsl" | "above-usl";
  /** How far beyond the limit, in the spec's unit; zero when conforming. */
  readonly excess: Decimal;
  /** The measured value in the spec's unit. */
  readonly valueInSpecUnit: Decimal;
}

/**
 * Judges a measurement against specification limits. Limits are inclusive: a value equal to the LSL or USL
 * conforms. A value in another length (mm, cm, m, in) or weight (g, kg, lb, oz) unit is converted exactly to the
 * spec's unit first; any other unit must match the spec's unit as written.
 *
 * @throws `INVALID_ARGUMENT` for invalid limits, a non-finite value or a unit that cannot be converted
 * @example
 * ```ts
 * judgeMeasurement({ lsl: "49.5", usl: "50.5", unit: "mm" }, { value: "50.62", unit: "mm" });
 * // { conforming: false, side: "above-usl", excess: 0.12, valueInSpecUnit: 50.62 }
 * judgeMeasurement({ usl: "2", unit: "in" }, { value: "50.8", unit: "mm" }).conforming; // true (exactly 2 in)
 * ```
 */
export function judgeMeasurement(
  spec: z.input<typeof specLimitsSchema>,
  measured: z.input<typeof measuredValueSchema>,
): MeasurementVerdict {
  const limits = parseInput(specLimitsSchema, spec, ["spec"]);
  const reading = parseInput(measuredValueSchema, measured, ["measured"]);
  const value = toSpecUnit(new Dec(reading.value), reading.unit, limits.unit);
  if (limits.lsl !== undefined && value.lt(limits.lsl)) {
    return { conforming: false, side: "below-lsl", excess: new Dec(limits.lsl).minus(value), valueInSpecUnit: value };
  }
  if (limits.usl !== undefined && value.gt(limits.usl)) {
    return { conforming: false, side: "above-usl", excess: value.minus(limits.usl), valueInSpecUnit: value };
  }
  return { conforming: true, excess: new Dec(0), valueInSpecUnit: value };
}

function toSpecUnit(value: Decimal, from: string, to: string): Decimal {
  if (from === to) return value;
  if (LENGTH_UNITS.includes(from) && LENGTH_UNITS.includes(to)) {
    return value.times(convertLength(length(1, from as LengthUnit), to as LengthUnit).value);
  }
  if (WEIGHT_UNITS.includes(from) && WEIGHT_UNITS.includes(to)) {
    return value.times(convertWeight(weight(1, from as WeightUnit), to as WeightUnit).value);
  }
  throw invalidArgument(["measured", "unit"], `must be "${to}" (the spec's unit) or convertible to it, got "${from}"`);
}
