import * as z from "zod";
import type { Decimal } from "../../core/index.js";
import { positiveDecimalSchema } from "./decimalSchemas.js";

/**
 * How each measured dimension is rounded before the volume is taken: `none` (as measured), `nearest` (half up to
 * a whole cm or inch, the IATA habit: 0.5 rounds up) or `up` (any fraction up, UPS since 18 Aug 2025).
 *
 * @example
 * ```ts
 * const rounding: DimensionRounding = "nearest";
 * ```
 */
export type DimensionRounding = z.infer<typeof dimensionRoundingSchema>;

/**
 * Schema of {@link DimensionRounding}.
 *
 * @example
 * ```ts
 * dimensionRoundingSchema.parse("up"); // "up"
 * ```
 */
export const dimensionRoundingSchema = z.enum(["none", "nearest", "up"]);

/** @internal three positive edges of a box. */
export const boxSchema = z.object({
  length: positiveDecimalSchema,
  width: positiveDecimalSchema,
  height: positiveDecimalSchema,
});

/** @internal a parsed box. */
export type Box = z.output<typeof boxSchema>;

/** @internal the volume of a box after rounding each edge. */
export function boxVolume(box: Box, rounding: DimensionRounding): Decimal {
  const edge = (value: Decimal): Decimal =>
    rounding === "none" ? value : rounding === "nearest" ? value.toDecimalPlaces(0, 4) : value.ceil();
  return edge(box.length).times(edge(box.width)).times(edge(box.height));
}

/** @internal the longest edge and length + girth (longest + 2 × the two others), after rounding. */
export function boxMeasures(box: Box): { longest: Decimal; lengthPlusGirth: Decimal } {
  const edges = [box.length, box.width, box.height].sort((a, b) => b.comparedTo(a));
  const [longest, second, third] = edges as [Decimal, Decimal, Decimal];
  return { longest, lengthPlusGirth: longest.plus(second.plus(third).times(2)) };
}
