import { Dec, type Decimal } from "../../core/index.js";

/**
 * @internal Exact fixed-point arithmetic on JavaScript safe integers, for pricing many cards fast.
 *
 * A decimal `v` is held as the integer `v × 10^scale`, the scale kept by the caller. Every operation is exact or
 * answers `NaN` ("not representable"): a product or sum outside ±(2^53 − 1) cannot be a safe integer, so
 * `Number.isSafeInteger` detects it, and `NaN` then flows through every later operation. Callers check the final
 * figures with `Number.isSafeInteger` and fall back to decimal arithmetic when one is `NaN`; nothing here ever
 * rounds silently. Example: 12.345 at 3 decimals is 12345; × 7 = 86415 at 3 decimals; rounded half-up to 2
 * decimals, 8642 (86.42).
 */

const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, exponent) => 10 ** exponent);

/** @internal 10^exponent for 0 ≤ exponent ≤ 15 (exact), else NaN. */
export function powerOfTen(exponent: number): number {
  return POWERS_OF_TEN[exponent] ?? Number.NaN;
}

/** @internal a × b, or NaN when the product is not a safe integer. */
export function times(a: number, b: number): number {
  const product = a * b;
  return Number.isSafeInteger(product) ? product : Number.NaN;
}

/** @internal a + b, or NaN when the sum is not a safe integer. */
export function plus(a: number, b: number): number {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : Number.NaN;
}

/** @internal a figure held at `from` decimals, re-expressed at `to` ≥ `from` decimals (exact, or NaN). */
export function rescale(value: number, from: number, to: number): number {
  return to === from ? value : times(value, powerOfTen(to - from));
}

/**
 * @internal ⌊a ÷ b⌋ for safe integers a ≥ 0 and b > 0, exact. The floating quotient is correctly rounded, so its
 * floor is never too low and at most one too high (when the true quotient sits just below an integer); the
 * remainder tells which.
 */
function floorDivide(a: number, b: number): number {
  if (!Number.isSafeInteger(a + b)) return Number.NaN;
  const quotient = Math.floor(a / b);
  return a - quotient * b < 0 ? quotient - 1 : quotient;
}

/** @internal ⌈a ÷ b⌉ for safe integers a ≥ 0 and b > 0, exact; NaN when either is NaN. */
export function ceilDivide(a: number, b: number): number {
  const quotient = floorDivide(a, b);
  return a - quotient * b > 0 ? quotient + 1 : quotient;
}

/**
 * @internal a non-negative figure held at `from` decimals, rounded half-up to `to` decimals (exact, or NaN): the
 * same as decimal.js `toDecimalPlaces(to, ROUND_HALF_UP)`.
 */
export function roundHalfUpToScale(value: number, from: number, to: number): number {
  if (from <= to) return rescale(value, from, to);
  const divisor = powerOfTen(from - to);
  const quotient = floorDivide(value, divisor);
  return (value - quotient * divisor) * 2 >= divisor ? quotient + 1 : quotient;
}

const MAX_SAFE = new Dec(Number.MAX_SAFE_INTEGER);
/** Below 2^49 the nearest-number route is exact: see {@link scaledOf}. */
const NEAREST_NUMBER_LIMIT = 2 ** 49;

/**
 * @internal a decimal as a safe integer at `scale` decimals, or NaN when it has more decimals than that or does not
 * fit. Exact: for N = value × 10^scale below 2^49, the nearest number to the value times 10^scale is within
 * N × 2^-51 < 0.25 of N, so rounding it gives N; larger figures take the decimal route.
 */
export function scaledOf(value: Decimal, scale: number): number {
  if (value.decimalPlaces() > scale || scale > 15) return Number.NaN;
  const approximate = value.toNumber() * powerOfTen(scale);
  if (Math.abs(approximate) < NEAREST_NUMBER_LIMIT) return Math.round(approximate);
  const scaled = value.times(powerOfTen(scale));
  return scaled.abs().lte(MAX_SAFE) ? scaled.toNumber() : Number.NaN;
}
