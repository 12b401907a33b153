import { Decimal as DecimalJs } from "decimal.js";
import * as z from "zod";
import { invalidArgument } from "../errors/invalidArgument.js";
import { minorUnitsOf } from "./currencies.js";
import { Dec, type Decimal } from "./decimal.js";
import { type Money, makeMoney, requireMoney } from "./Money.js";

/**
 * Named rounding modes. `half-up` rounds halves away from zero (commercial rounding), `half-even` rounds halves to
 * the even neighbour (banker's rounding), `up` rounds away from zero, `down` towards zero (truncation), `ceiling`
 * towards +∞ and `floor` towards -∞.
 *
 * @example
 * ```ts
 * const mode: RoundingMode = "half-even";
 * ```
 */
export type RoundingMode = z.infer<typeof roundingModeSchema>;

/**
 * Schema of {@link RoundingMode}.
 *
 * @example
 * ```ts
 * roundingModeSchema.parse("half-up");
 * ```
 */
export const roundingModeSchema = z.enum(["half-up", "half-even", "up", "down", "ceiling", "floor"]);

const DECIMAL_JS_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  "half-up": DecimalJs.ROUND_HALF_UP,
  "half-even": DecimalJs.ROUND_HALF_EVEN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
  ceiling: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
};

/**
 * Rounds any decimal (a score, a rate, a weight) to a number of decimal places with a named mode.
 *
 * @example
 * ```ts
 * roundDecimal(new Dec("87.125"), 2, "half-up").toString(); // "87.13"
 * roundDecimal(new Dec("7.3062"), 1, "ceiling").toString(); // "7.4"
 * ```
 */
export function roundDecimal(value: Decimal, places: number, mode: RoundingMode = "half-up"): Decimal {
  if (!Dec.isDecimal(value) || !value.isFinite()) throw invalidArgument(["value"], "must be a finite Decimal");
  if (!Number.isInteger(places) || places < 0 || places > 100)
    throw invalidArgument(["places"], "must be an integer from 0 to 100");
  return value.toDecimalPlaces(places, DECIMAL_JS_MODE[requireRoundingMode(mode, ["mode"])]);
}

function roundWithMode(value: Decimal, places: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(places, DECIMAL_JS_MODE[mode]);
}

function requireRoundingMode(mode: unknown, path: ReadonlyArray<string | number>): RoundingMode {
  const parsed = roundingModeSchema.safeParse(mode);
  if (!parsed.success) throw invalidArgument(path, `must be one of ${roundingModeSchema.options.join(", ")}`);
  return parsed.data;
}

/**
 * Rounds an amount to its currency's minor units (2 for USD, 0 for JPY, 3 for KWD), or to a coarser or finer
 * `step` an authority prescribes (e.g. Japan rounds consumption tax down to ¥100: `{ mode: "down", step: "100" }`).
 *
 * @param amount - the amount to round
 * @param mode - the rounding mode; `half-up` by default
 * @param options - `step`: round to a multiple of this decimal instead of the minor unit
 * @example
 * ```ts
 * roundMoney(money("2.345", "USD")).amount.toString(); // "2.35"
 * roundMoney(money("2.345", "USD"), "half-even").amount.toString(); // "2.34"
 * roundMoney(money("12345", "JPY"), "down", { step: "100" }).amount.toString(); // "12300"
 * ```
 */
export function roundMoney(amount: Money, mode: RoundingMode = "half-up", options: { step?: string } = {}): Money {
  requireMoney(amount, ["amount"]);
  const rounding = requireRoundingMode(mode, ["mode"]);
  if (options.step === undefined) {
    return makeMoney(roundWithMode(amount.amount, minorUnitsOf(amount.currency) ?? 2, rounding), amount.currency);
  }
  if (!/^\d+(\.\d+)?$/.test(options.step) || Number(options.step) === 0) {
    throw invalidArgument(
      ["options", "step"],
      `must be a positive decimal string such as "100" or "0.05", got "${options.step}"`,
    );
  }
  const steps = roundWithMode(amount.amount.div(options.step), 0, rounding);
  return makeMoney(steps.times(options.step), amount.currency);
}

/**
 * Tells whether an amount is a whole number of its currency's minor units (payable as is).
 *
 * @example
 * ```ts
 * isRoundedToMinor(money("1.25", "USD")); // true
 * isRoundedToMinor(money("1.255", "USD")); // false
 * ```
 */
export function isRoundedToMinor(amount: Money): boolean {
  requireMoney(amount, ["amount"]);
  return amount.amount.decimalPlaces() <= (minorUnitsOf(amount.currency) ?? 2);
}

/**
 * The amount as an integer count of minor units. The amount must already be rounded to minor units.
 *
 * @throws `INVALID_ARGUMENT` when it has more decimals than the currency allows
 * @example
 * ```ts
 * toMinorUnits(money("12.34", "USD")); // 1234n
 * ```
 */
export function toMinorUnits(amount: Money): bigint {
  if (!isRoundedToMinor(amount)) {
    throw invalidArgument(
      ["amount"],
      `${amount.amount.toString()} ${amount.currency} has more decimals than the currency; round it first`,
    );
  }
  return BigInt(amount.amount.times(10 ** (minorUnitsOf(amount.currency) ?? 2)).toFixed(0));
}
