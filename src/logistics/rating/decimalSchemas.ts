import { Decimal as DecimalJs } from "decimal.js";
import * as z from "zod";
import { Dec, type Decimal, isDecimalString, isMoney, type Money, minorUnitsOf } from "../../core/index.js";
import { makeMoney } from "../../core/money/Money.js";

/**
 * @internal a decimal input (string, finite number or decimal.js value) parsed into a core `Dec`. One transform does
 * the checking, so parsing ten thousand invoice lines stays fast.
 */
export const decimalValueSchema = z
  .union([
    z.string(),
    z.number(),
    z.custom<Decimal>((value) => DecimalJs.isDecimal(value), { message: "must be a decimal" }),
  ])
  .transform((value, ctx) => {
    if (
      typeof value === "string" ? !isDecimalString(value.trim()) : typeof value === "number" && !Number.isFinite(value)
    ) {
      ctx.addIssue({ code: "custom", message: 'must be a finite decimal number such as "12.34"' });
      return z.NEVER;
    }
    const decimal = new Dec(typeof value === "string" ? value.trim() : value);
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

/**
 * @internal money as a `Money` value or its JSON form `{ amount: "12.34", currency: "USD" }`, parsed into a `Money`
 * (same rules as core's `moneySchema`, checked in one transform for speed).
 */
export const moneyValueSchema = z.unknown().transform((input, ctx) => {
  if (isMoney(input)) return input;
  const value = (typeof input === "object" && input !== null ? input : {}) as { amount?: unknown; currency?: unknown };
  if (typeof value.currency !== "string" || minorUnitsOf(value.currency) === undefined) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: 'must be an ISO 4217 currency code such as "USD"' });
    return z.NEVER;
  }
  if (typeof value.amount !== "string" || !MONEY_AMOUNT.test(value.amount)) {
    ctx.addIssue({ code: "custom", path: ["amount"], message: 'must be a decimal string such as "12.34"' });
    return z.NEVER;
  }
  return makeMoney(new Dec(value.amount), value.currency);
}) as unknown as z.ZodType<Money, Money | { amount: string; currency: string }>;

const MONEY_AMOUNT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * @internal a cheap check-only schema for money in bulk data (ten thousand invoice lines): it validates without
 * transforming; convert with {@link toMoneyValue} afterwards.
 */
export const moneyLikeSchema = z.custom<Money | { amount: string; currency: string }>(
  (value) => {
    if (isMoney(value)) return true;
    if (typeof value !== "object" || value === null) return false;
    const candidate = value as { amount?: unknown; currency?: unknown };
    return (
      typeof candidate.amount === "string" &&
      MONEY_AMOUNT.test(candidate.amount) &&
      typeof candidate.currency === "string" &&
      minorUnitsOf(candidate.currency) !== undefined
    );
  },
  { message: 'must be money: a Money or { amount: "12.34", currency: "CNY" } with an ISO 4217 code' },
);

/** @internal a value accepted by {@link moneyLikeSchema} as a Money. */
export function toMoneyValue(value: Money | { amount: string; currency: string }): Money {
  return isMoney(value) ? value : makeMoney(new Dec(value.amount), value.currency);
}

/** @internal a cheap check-only schema for a non-negative decimal in bulk data; convert with `new Dec(value)`. */
export const nonNegativeDecimalLikeSchema = z.custom<string | number | Decimal>(
  (value) =>
    typeof value === "string"
      ? isDecimalString(value) && !value.trim().startsWith("-")
      : typeof value === "number"
        ? Number.isFinite(value) && value >= 0
        : DecimalJs.isDecimal(value) && (value as Decimal).isFinite() && !(value as Decimal).isNegative(),
  { message: 'must be a decimal of zero or more, such as "1.5"' },
);
