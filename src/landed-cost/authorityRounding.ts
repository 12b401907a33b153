import { Dec, type Decimal, minorUnitsOf, type RoundingMode } from "../core/index.js";
import type { RoundingStep } from "./marketRules.js";

type DecimalRounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const MODES: Record<RoundingMode, DecimalRounding> = {
  "half-up": Dec.ROUND_HALF_UP,
  "half-even": Dec.ROUND_HALF_EVEN,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceiling: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
};

/**
 * @internal rounds a decimal as an authority prescribes: to a multiple of `step.step`, or to the minor unit of
 * `currency`, with the step's mode (same semantics as core `roundMoney`, without re-validating on the hot path).
 */
export function roundAsAuthority(value: Decimal, currency: string, step: RoundingStep | undefined): Decimal {
  if (!step) return value;
  const mode = MODES[step.mode];
  if (step.step === undefined) return value.toDecimalPlaces(minorUnitsOf(currency) ?? 2, mode);
  return value.div(step.step).toDecimalPlaces(0, mode).times(step.step);
}

/** @internal half-up to the currency's minor unit. */
export function toMinor(value: Decimal, currency: string): Decimal {
  return value.toDecimalPlaces(minorUnitsOf(currency) ?? 2, Dec.ROUND_HALF_UP);
}

/** @internal Σ of decimals. */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return total;
}
