import { Decimal as DecimalJs } from "decimal.js";
import { invalidArgument, opsError } from "../errors/invalidArgument.js";
import { isDecimalString } from "../validation/schemas.js";
import { minorUnitsOf } from "./currencies.js";
import { Dec, type Decimal } from "./decimal.js";
import { decimalFromScaledInteger } from "./decimalFromScaledInteger.js";

/**
 * An immutable amount of money: a decimal.js `amount` and an ISO 4217 `currency`. Never a JS number.
 * The amount may carry more decimals than the currency's minor units (unit prices such as USD 0.0345);
 * {@link roundMoney} brings it to minor units.
 *
 * @example
 * ```ts
 * const price: Money = money("12.34", "USD");
 * price.amount.toFixed(2); // "12.34"
 * price.currency; // "USD"
 * ```
 */
export interface Money {
  readonly amount: Decimal;
  readonly currency: string;
}

/** @internal builds a frozen Money without validation; callers have validated. */
export function makeMoney(amount: Decimal, currency: string): Money {
  return Object.freeze({ amount, currency });
}

/** @internal validates a currency code and returns its minor units. */
export function requireCurrency(currency: unknown, path: ReadonlyArray<string | number> = ["currency"]): number {
  if (typeof currency !== "string") throw invalidArgument(path, 'must be an ISO 4217 currency code such as "USD"');
  const units = minorUnitsOf(currency);
  if (units === undefined) {
    throw opsError("UNKNOWN_CURRENCY", [
      { path, message: `"${currency}" is not an ISO 4217 currency code (expected e.g. "USD", "EUR", "CNY")` },
    ]);
  }
  return units;
}

/** @internal parses a decimal input, refusing NaN, Infinity and malformed strings. */
export function toDecimal(value: unknown, path: ReadonlyArray<string | number>): Decimal {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (!isDecimalString(trimmed))
      throw invalidArgument(path, `must be a decimal number such as "12.34", got "${value}"`);
    return new Dec(trimmed);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidArgument(path, `must be a finite number, got ${value}`);
    return new Dec(value);
  }
  if (typeof value === "bigint") return new Dec(value.toString());
  if (DecimalJs.isDecimal(value)) {
    const decimal = value as Decimal;
    if (!decimal.isFinite()) throw invalidArgument(path, `must be finite, got ${decimal.toString()}`);
    return new Dec(decimal);
  }
  throw invalidArgument(path, "must be a decimal string, a finite number or a Decimal");
}

/**
 * Creates money from a decimal string (or a decimal.js value, or an integer number) and a currency code.
 * Non-integer JS numbers are refused, because `0.1 + 0.2` style values are not exact: pass a string.
 *
 * @param amount - e.g. `"12.34"`
 * @param currency - ISO 4217 code, e.g. `"USD"`
 * @throws `INVALID_ARGUMENT` for a malformed amount, `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * ```ts
 * money("12.34", "USD");
 * money("1500", "JPY");
 * money(20, "EUR"); // integers are fine
 * ```
 */
export function money(amount: string | number | Decimal, currency: string): Money {
  requireCurrency(currency);
  if (typeof amount === "number" && Number.isFinite(amount) && !Number.isInteger(amount)) {
    throw invalidArgument(["amount"], `pass non-integer amounts as strings (e.g. "${amount}") so they stay exact`);
  }
  return makeMoney(toDecimal(amount, ["amount"]), currency);
}

/**
 * Creates money from an integer count of minor units (cents, fen, yen).
 *
 * @example
 * ```ts
 * moneyFromMinor(1234, "USD").amount.toString(); // "12.34"
 * moneyFromMinor(1234n, "JPY").amount.toString(); // "1234"
 * ```
 */
export function moneyFromMinor(minorUnits: number | bigint | string, currency: string): Money {
  const units = requireCurrency(currency);
  // The common case, a safe integer, is built without parsing or dividing.
  if (Number.isSafeInteger(minorUnits))
    return makeMoney(decimalFromScaledInteger(minorUnits as number, units), currency);
  const value = toDecimal(minorUnits, ["minorUnits"]);
  if (!value.isInteger())
    throw invalidArgument(["minorUnits"], `must be a whole number of minor units, got ${value.toString()}`);
  return makeMoney(value.div(10 ** units), currency);
}

/**
 * Tells whether a value is a Money (an object with a decimal.js `amount` and a known currency).
 *
 * @example
 * ```ts
 * isMoney(money("1", "USD")); // true
 * isMoney({ amount: 1, currency: "USD" }); // false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { amount?: unknown; currency?: unknown };
  return (
    DecimalJs.isDecimal(candidate.amount) &&
    typeof candidate.currency === "string" &&
    minorUnitsOf(candidate.currency) !== undefined
  );
}

/** @internal asserts an argument is a Money. */
export function requireMoney(value: unknown, path: ReadonlyArray<string | number>): Money {
  if (!isMoney(value)) throw invalidArgument(path, "must be a Money created with money() or moneyFromMinor()");
  if (!value.amount.isFinite()) throw invalidArgument([...path, "amount"], "must be finite");
  return value;
}
