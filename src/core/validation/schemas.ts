import * as z from "zod";

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Whether a string is a plain decimal number: optional sign, digits with an optional fraction, optional exponent
 * (`"12.34"`, `"-0.5"`, `".25"`, `"1e-3"`). No thousands separators, no spaces, no `NaN` or `Infinity`.
 *
 * @example
 * ```ts
 * isDecimalString("12.34"); // true
 * isDecimalString("12,34"); // false
 * ```
 */
export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/**
 * A finite number or a decimal string such as `"12.5"`: the way decimal inputs arrive from JSON.
 *
 * @example
 * ```ts
 * decimalInputSchema.parse("0.125"); // "0.125"
 * ```
 */
export const decimalInputSchema = z.union([
  z.number().refine(Number.isFinite, { message: "must be a finite number (not NaN or Infinity)" }),
  z.string().regex(DECIMAL_PATTERN, { message: 'must be a decimal number such as "12.34"' }),
]);

/**
 * A calendar date without a time, `YYYY-MM-DD` (ISO 8601), checked to exist (no 30 February).
 *
 * @example
 * ```ts
 * localDateSchema.parse("2026-10-01"); // "2026-10-01"
 * ```
 */
export const localDateSchema = z.iso.date({ message: "must be a date written YYYY-MM-DD" });

/**
 * A date as a JavaScript `Date` or an ISO 8601 string, validated and returned as a `Date`.
 *
 * @example
 * ```ts
 * instantSchema.parse("2026-03-15T10:00:00Z"); // Date
 * ```
 */
export const instantSchema = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "must be a valid date" });
      return z.NEVER;
    }
    return date;
  });

/**
 * An ISO 3166-1 alpha-2 country code in upper case, e.g. `"DE"`.
 *
 * @example
 * ```ts
 * countryCodeSchema.parse("DE"); // "DE"
 * ```
 */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "DE"' });
