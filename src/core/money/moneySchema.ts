import * as z from "zod";
import { parseInput } from "../validation/parseInput.js";
import { minorUnitsOf } from "./currencies.js";
import { Dec } from "./decimal.js";
import { isMoney, type Money, makeMoney, requireMoney } from "./Money.js";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Schema of an ISO 4217 currency code known to the library.
 *
 * @example
 * ```ts
 * currencySchema.parse("CNY"); // "CNY"
 * ```
 */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as "USD"' })
  .refine((code) => minorUnitsOf(code) !== undefined, { message: 'must be an ISO 4217 currency code such as "USD"' });

/**
 * Money as plain JSON, `{ amount: "12.34", currency: "USD" }`: what {@link moneyToJson} writes and {@link moneySchema}
 * reads.
 *
 * @example
 * ```ts
 * const price: MoneyJson = { amount: "19.99", currency: "EUR" };
 * ```
 */
export interface MoneyJson {
  readonly amount: string;
  readonly currency: string;
}

/**
 * Schema of money in JSON, `{ amount: "12.34", currency: "USD" }`, parsed into a {@link Money}. A Money value passes
 * through unchanged, so the same schema validates objects built in code, and its input type accepts both
 * (`Money | MoneyJson`): schemas built on it type-check with either. JSON numbers are refused for the amount.
 *
 * @example
 * ```ts
 * const price = moneySchema.parse({ amount: "19.99", currency: "EUR" });
 * price.amount.toString(); // "19.99"
 * ```
 */
export const moneySchema: z.ZodType<Money, Money | MoneyJson> = z.preprocess(
  (value) => (isMoney(value) ? moneyToJson(value) : value),
  z
    .object({
      amount: z.string().regex(DECIMAL, { message: 'must be a decimal string such as "12.34"' }),
      currency: currencySchema,
    })
    .transform(({ amount, currency }) => makeMoney(new Dec(amount), currency)),
) as unknown as z.ZodType<Money, Money | MoneyJson>;

/**
 * Options of {@link moneyToJson}.
 *
 * @example
 * ```ts
 * const options: MoneyToJsonOptions = { padMinorUnits: true };
 * ```
 */
export interface MoneyToJsonOptions {
  /**
   * Write at least the currency's minor-unit decimals (`"38250.00"` rather than `"38250"`, `"1500"` for JPY), as
   * accounting systems and payment APIs expect; more decimals are kept, never rounded away. Default `false`: the
   * shortest exact form.
   */
  readonly padMinorUnits?: boolean;
}

const moneyToJsonOptionsSchema = z.strictObject({ padMinorUnits: z.boolean().optional() });

/**
 * Money as plain JSON, `{ amount: "12.34", currency: "USD" }`, the inverse of {@link moneySchema}: the shortest exact
 * decimal by default, or padded to the currency's minor units with `padMinorUnits`. Either way nothing is rounded.
 * Throws `INVALID_ARGUMENT` for a value that is not a Money (`["amount"]`) or unknown or mistyped options
 * (`["options", ...]`).
 *
 * @example
 * ```ts
 * moneyToJson(money("12.30", "USD")); // { amount: "12.3", currency: "USD" }
 * moneyToJson(money("38250", "CNY"), { padMinorUnits: true }); // { amount: "38250.00", currency: "CNY" }
 * moneyToJson(money("2.345", "CNY"), { padMinorUnits: true }); // { amount: "2.345", currency: "CNY" }
 * ```
 */
export function moneyToJson(amount: Money, options: MoneyToJsonOptions = {}): MoneyJson {
  const value = requireMoney(amount, ["amount"]).amount;
  const { padMinorUnits = false } = parseInput(moneyToJsonOptionsSchema, options, ["options"]);
  if (!padMinorUnits) return { amount: value.toFixed(), currency: amount.currency };
  const places = Math.max(minorUnitsOf(amount.currency) ?? 0, value.decimalPlaces());
  return { amount: value.toFixed(places), currency: amount.currency };
}
