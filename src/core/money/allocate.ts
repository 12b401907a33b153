import { invalidArgument } from "../errors/invalidArgument.js";
import { minorUnitsOf } from "./currencies.js";
import { Dec, type Decimal, type DecimalInput } from "./decimal.js";
import { decimalFromScaledInteger } from "./decimalFromScaledInteger.js";
import { type Money, makeMoney, requireMoney, toDecimal } from "./Money.js";
import { isRoundedToMinor } from "./round.js";

/**
 * Splits an amount over ratios, in whole minor units, so that the parts always add up exactly to the whole.
 *
 * Method: largest remainder. Each part first gets `floor(whole × ratio / Σratios)` minor units; the minor units
 * left over (fewer than the number of parts) go one each to the parts with the largest remainders. **Tie-break:**
 * among equal remainders the earlier part (lower index) wins, so the result is deterministic. A negative amount is
 * split as its absolute value and every part negated, so `allocate(-x)` mirrors `allocate(x)`. Zero ratios are
 * allowed and get zero.
 *
 * Speed: integer arithmetic on safe JS integers, falling back to bigint only when a product would exceed 2^53.
 *
 * @param amount - the whole, already rounded to minor units (see `roundMoney`)
 * @param ratios - non-negative integers or decimals (`[1, 2]`, `["0.25", "0.75"]`), at least one above zero
 * @throws `INVALID_ARGUMENT` for an empty list, a negative, NaN or infinite ratio, all-zero ratios, or an amount
 *   with more decimals than its currency
 * @example
 * ```ts
 * allocate(money("100.00", "USD"), [1, 1, 1]).map((m) => m.amount.toFixed(2)); // ["33.34", "33.33", "33.33"]
 * allocate(money("-0.05", "EUR"), [1, 1]).map((m) => m.amount.toFixed(2)); // ["-0.03", "-0.02"]
 * allocate(money("1000", "JPY"), ["0.5", "0.3", "0.2", 0]).map((m) => m.amount.toString()); // ["500", "300", "200", "0"]
 * ```
 */
export function allocate(amount: Money, ratios: readonly DecimalInput[]): Money[] {
  requireMoney(amount, ["amount"]);
  if (!isRoundedToMinor(amount)) {
    throw invalidArgument(
      ["amount"],
      `${amount.amount.toString()} ${amount.currency} has more decimals than the currency; round it first`,
    );
  }
  if (!Array.isArray(ratios) || ratios.length === 0)
    throw invalidArgument(["ratios"], "must be a non-empty array of ratios");
  const units = minorUnitsOf(amount.currency) ?? 2;
  const scaled = scaleRatios(ratios);
  const whole = amount.amount.times(10 ** units);
  const negative = whole.isNegative();
  const shares =
    scaled.kind === "number" && whole.abs().times(scaled.sum).lte(Number.MAX_SAFE_INTEGER)
      ? splitNumbers(Math.abs(whole.toNumber()), scaled.values, scaled.sum)
      : splitBigints(BigInt(whole.abs().toFixed(0)), toBigints(scaled), scaledSumBig(scaled));
  return shares.map((share) =>
    makeMoney(
      typeof share === "number"
        ? decimalFromScaledInteger(negative ? -share : share, units)
        : new Dec(`${negative ? -share : share}e-${units}`),
      amount.currency,
    ),
  );
}

type ScaledRatios =
  | { readonly kind: "number"; readonly values: number[]; readonly sum: number }
  | { readonly kind: "decimal"; readonly values: Decimal[]; readonly sum: Decimal };

/** Turns ratios into non-negative integers of one common scale: plain numbers when they are safe integers. */
function scaleRatios(ratios: readonly DecimalInput[]): ScaledRatios {
  const values: number[] = new Array(ratios.length);
  let sum = 0;
  let allSafeIntegers = true;
  for (let i = 0; i < ratios.length; i++) {
    const ratio = ratios[i];
    if (typeof ratio === "number" && Number.isSafeInteger(ratio) && ratio >= 0) {
      values[i] = ratio;
      sum += ratio;
    } else {
      allSafeIntegers = false;
      break;
    }
  }
  if (allSafeIntegers && Number.isSafeInteger(sum)) {
    if (sum === 0) throw invalidArgument(["ratios"], "at least one ratio must be above zero");
    return { kind: "number", values, sum };
  }
  return scaleDecimalRatios(ratios);
}

function scaleDecimalRatios(ratios: readonly DecimalInput[]): ScaledRatios {
  const decimals = ratios.map((ratio, index) => {
    const value = toDecimal(ratio, ["ratios", index]);
    if (value.isNegative() && !value.isZero())
      throw invalidArgument(["ratios", index], `must not be negative, got ${value.toString()}`);
    return value;
  });
  const places = Math.max(...decimals.map((value) => value.decimalPlaces()));
  const factor = new Dec(10).pow(places);
  const values = decimals.map((value) => value.times(factor));
  const sum = values.reduce((acc, value) => acc.plus(value), new Dec(0));
  if (sum.isZero()) throw invalidArgument(["ratios"], "at least one ratio must be above zero");
  const safe = values.every((value) => value.lte(Number.MAX_SAFE_INTEGER)) && sum.lte(Number.MAX_SAFE_INTEGER);
  if (safe) return { kind: "number", values: values.map((value) => value.toNumber()), sum: sum.toNumber() };
  return { kind: "decimal", values, sum };
}

function toBigints(scaled: ScaledRatios): bigint[] {
  return scaled.kind === "number"
    ? scaled.values.map((value) => BigInt(value))
    : scaled.values.map((value) => BigInt(value.toFixed(0)));
}

function scaledSumBig(scaled: ScaledRatios): bigint {
  return scaled.kind === "number" ? BigInt(scaled.sum) : BigInt(scaled.sum.toFixed(0));
}

/** Largest remainder on safe integers: every product `whole × ratio` is below 2^53, so floor division is exact. */
function splitNumbers(whole: number, ratios: number[], sum: number): number[] {
  const n = ratios.length;
  const shares: number[] = new Array(n);
  const remainders: number[] = new Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = whole * (ratios[i] as number);
    const share = Math.floor(product / sum);
    shares[i] = share;
    remainders[i] = product - share * sum;
    given += share;
  }
  for (const index of largestRemainders(remainders, whole - given, sum)) shares[index] = (shares[index] as number) + 1;
  return shares;
}

/** The same method on bigints, for amounts or ratios too large for safe integers. */
function splitBigints(whole: bigint, ratios: bigint[], sum: bigint): bigint[] {
  const n = ratios.length;
  const shares: bigint[] = new Array(n);
  const remainders: bigint[] = new Array(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = whole * (ratios[i] as bigint);
    shares[i] = product / sum;
    remainders[i] = product % sum;
    given += shares[i] as bigint;
  }
  for (const index of largestRemainders(remainders, Number(whole - given), sum))
    shares[index] = (shares[index] as bigint) + 1n;
  return shares;
}

/**
 * The indices of the `left` parts with the largest remainders; equal remainders favour the lower index.
 * When `remainder × n` stays a safe integer, (remainder, index) pairs are packed into one number and sorted natively
 * (as 32-bit unsigned integers when they fit).
 */
function largestRemainders<T extends number | bigint>(remainders: T[], left: number, sum: T): number[] {
  if (left <= 0) return [];
  const n = remainders.length;
  if (typeof sum === "number" && sum * n <= Number.MAX_SAFE_INTEGER) {
    // Keys below 2^32 sort as unsigned integers, several times faster than as doubles.
    const keys = sum * n <= 0xffff_ffff ? new Uint32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (remainders[i] as number) * n + (n - 1 - i);
    keys.sort();
    const picked: number[] = new Array(left);
    for (let k = 0; k < left; k++) picked[k] = n - 1 - ((keys[n - 1 - k] as number) % n);
    return picked;
  }
  const order = Array.from(remainders.keys());
  order.sort((i, j) => {
    const a = remainders[i] as T;
    const b = remainders[j] as T;
    return (b > a ? 1 : b < a ? -1 : 0) || i - j;
  });
  return order.slice(0, left);
}
