import { Decimal as DecimalJs } from "decimal.js";
import * as z from "zod";
import { Dec, type Decimal, decimalInputSchema, type Money, moneySchema } from "../../core/index.js";

/** @internal a decimal input (string, finite number or decimal.js value) parsed into a core `Dec`. */
export const decimalValueSchema = z
  .union([
    decimalInputSchema,
    z.custom<Decimal>((value) => DecimalJs.isDecimal(value), { message: "must be a decimal" }),
  ])
  .transform((value, ctx) => {
    const decimal = new Dec(value as string | number | Decimal);
    if (!decimal.isFinite()) {
      ctx.addIssue({ code: "custom", message: "must be finite" });
      return z.NEVER;
    }
    return decimal;
  });

/** @internal a decimal that is zero or more. */
export const nonNegativeDecimalSchema = decimalValueSchema.refine((value) => !value.isNegative(), {
  message: "must not be negative",
});

/** @internal a decimal above zero. */
export const positiveDecimalSchema = decimalValueSchema.refine((value) => value.gt(0), {
  message: "must be greater than zero",
});

/** @internal a percentage from 0 to 1000 (surcharges above 100% exist), e.g. `"18.5"` for 18.5%. */
export const percentSchema = nonNegativeDecimalSchema.refine((value) => value.lte(1000), {
  message: "must be a percentage between 0 and 1000",
});

/** @internal rounds `value` up to the next multiple of `step` (exact). */
export function ceilToStep(value: Decimal, step: Decimal): Decimal {
  return value.div(step).ceil().times(step);
}

/** @internal core's money schema, typed to accept a `Money` value as well as its JSON form. */
export const moneyValueSchema = moneySchema as unknown as z.ZodType<
  Money,
  Money | { amount: string; currency: string }
>;
