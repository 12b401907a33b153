import { Dec, type Decimal } from "../../core/index.js";

/**
 * One KPI for a period: the value (rounded to 2 decimals, half-up) with what it was computed from, or
 * `status: "no-data"` and `value: null` when the period had nothing to measure (never a misleading 0).
 *
 * @example
 * ```ts
 * const kpi: KpiValue = { status: "ok", value: new Dec("93.75"), numerator: new Dec(15), denominator: new Dec(16) };
 * const none: KpiValue = { status: "no-data", value: null, numerator: new Dec(0), denominator: new Dec(0) };
 * ```
 */
export interface KpiValue {
  readonly status: "ok" | "no-data";
  readonly value: Decimal | null;
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** @internal a ratio KPI scaled by `scale` (100 for percent, 1e6 for PPM, 1 for an average). */
export function ratioKpi(numerator: Decimal, denominator: Decimal, scale: number): KpiValue {
  if (denominator.isZero()) return { status: "no-data", value: null, numerator, denominator };
  return {
    status: "ok",
    value: numerator.times(scale).div(denominator).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    numerator,
    denominator,
  };
}
