import * as z from "zod";
import { Dec, type Decimal, type Money, moneySchema } from "../../core/index.js";

/** @internal money as JSON `{ amount, currency }` or an existing Money value. */
export const moneyInputSchema = moneySchema as unknown as z.ZodType<
  Money,
  Money | { amount: string; currency: string }
>;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** @internal a fraction of a price, `0 <= rate < 1`, given as a decimal string such as `"0.15"` (or a number). */
export const rateSchema = z
  .union([z.string().regex(DECIMAL, { message: 'must be a decimal fraction such as "0.15"' }), z.number()])
  .refine((value) => typeof value === "string" || Number.isFinite(value), { message: "must be finite" })
  .transform((value): Decimal => new Dec(value))
  .refine((value) => value.gte(0) && value.lt(1), {
    message: 'must be a fraction from 0 to below 1, e.g. "0.15" for 15%',
  });

/** @internal a non-empty trimmed identifier or label. */
export const nonEmptySchema = z.string().trim().min(1, { message: "must not be empty" });

/** @internal a target market: an ISO 3166-1 alpha-2 code, or `EU` for the European single market. */
export const marketCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be a market code such as "US", "GB", "JP", "AU" or "EU"' });
