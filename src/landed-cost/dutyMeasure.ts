import * as z from "zod";
import { Dec, type Decimal, type Money } from "../core/index.js";
import { nonNegativeMoneySchema } from "./moneyInput.js";
import { showMoney } from "./showMoney.js";

const RATE = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * The units a specific duty can be charged per: net kilograms, units (pieces), pairs, litres or dozens.
 *
 * @example
 * ```ts
 * const per: SpecificDutyUnit = "pair";
 * ```
 */
export type SpecificDutyUnit = "kg" | "unit" | "pair" | "litre" | "dozen";

/**
 * One duty measure, as a tariff states it:
 * - `ad-valorem`: `rate` (a decimal fraction, `"0.12"` for 12%) × customs value;
 * - `specific`: `amount` per kg, unit, pair, litre or dozen;
 * - `compound`: the sum of its `parts` (e.g. 31.8¢/kg + 14.4%);
 * - `higher-of` / `lower-of`: the larger / smaller of its `options` (e.g. Japan leather footwear, 30% or ¥4,300 per
 *   pair, whichever is higher);
 * - `clamped`: a measure held between a `min` and a `max` amount.
 *
 * @example
 * ```ts
 * const footwear: DutyMeasure = {
 *   kind: "higher-of",
 *   options: [{ kind: "ad-valorem", rate: "0.30" }, { kind: "specific", amount: money("4300", "JPY"), per: "pair" }],
 * };
 * ```
 */
export type DutyMeasure =
  | { readonly kind: "ad-valorem"; readonly rate: string }
  | { readonly kind: "specific"; readonly amount: Money; readonly per: SpecificDutyUnit }
  | { readonly kind: "compound"; readonly parts: readonly DutyMeasure[] }
  | { readonly kind: "higher-of"; readonly options: readonly DutyMeasure[] }
  | { readonly kind: "lower-of"; readonly options: readonly DutyMeasure[] }
  | { readonly kind: "clamped"; readonly measure: DutyMeasure; readonly min?: Money; readonly max?: Money };

/**
 * An amount as code or JSON gives it: a core `Money`, or `{ amount: "4300", currency: "JPY" }`.
 *
 * @example
 * ```ts
 * const perPair: DutyAmountInput = { amount: "4300", currency: "JPY" };
 * ```
 */
export type DutyAmountInput = { readonly amount: string; readonly currency: string } | Money;

/**
 * A {@link DutyMeasure} as JSON or code supplies it (money as `{ amount, currency }` or a `Money`).
 *
 * @example
 * ```ts
 * const input: DutyMeasureInput = { kind: "specific", amount: { amount: "0.318", currency: "USD" }, per: "kg" };
 * ```
 */
export type DutyMeasureInput =
  | { readonly kind: "ad-valorem"; readonly rate: string }
  | { readonly kind: "specific"; readonly amount: DutyAmountInput; readonly per: SpecificDutyUnit }
  | { readonly kind: "compound"; readonly parts: readonly DutyMeasureInput[] }
  | { readonly kind: "higher-of"; readonly options: readonly DutyMeasureInput[] }
  | { readonly kind: "lower-of"; readonly options: readonly DutyMeasureInput[] }
  | {
      readonly kind: "clamped";
      readonly measure: DutyMeasureInput;
      readonly min?: DutyAmountInput;
      readonly max?: DutyAmountInput;
    };

const nonNegativeMoney = nonNegativeMoneySchema;

/**
 * Schema of a {@link DutyMeasure} (recursive). Rates are decimal fractions written as strings (`"0.165"`), amounts
 * are non-negative money.
 *
 * @example
 * ```ts
 * dutyMeasureSchema.parse({ kind: "ad-valorem", rate: "0.12" });
 * ```
 */
export const dutyMeasureSchema: z.ZodType<DutyMeasure, DutyMeasureInput> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("ad-valorem"),
      rate: z.string().regex(RATE, { message: 'must be a non-negative decimal fraction such as "0.12" (12%)' }),
    }),
    z.object({
      kind: z.literal("specific"),
      amount: nonNegativeMoney,
      per: z.enum(["kg", "unit", "pair", "litre", "dozen"]),
    }),
    z.object({ kind: z.literal("compound"), parts: z.array(dutyMeasureSchema).min(1) }),
    z.object({ kind: z.literal("higher-of"), options: z.array(dutyMeasureSchema).min(1) }),
    z.object({ kind: z.literal("lower-of"), options: z.array(dutyMeasureSchema).min(1) }),
    z.object({
      kind: z.literal("clamped"),
      measure: dutyMeasureSchema,
      min: nonNegativeMoney.optional(),
      max: nonNegativeMoney.optional(),
    }),
  ]),
) as unknown as z.ZodType<DutyMeasure, DutyMeasureInput>;

/** @internal what a measure is applied to, all amounts in the declaration currency. */
export interface DutyMeasureContext {
  readonly dutiableValue: Decimal;
  readonly quantity: Decimal;
  readonly weightKg: Decimal | undefined;
  readonly litres: Decimal | undefined;
  readonly pairs: Decimal | undefined;
  /** Converts an amount stated in any currency into the declaration currency. */
  readonly toDeclared: (amount: Money) => Decimal;
  /** Called when a specific measure needs a quantity the line does not give. */
  readonly missing: (unit: "kg" | "litre") => never;
}

/** @internal the amount of a measure (exact, unrounded) and a short human description. */
export interface DutyMeasureOutcome {
  readonly amount: Decimal;
  readonly text: string;
}

/** @internal evaluates a measure on a line; exact decimal arithmetic, no rounding. */
export function evaluateDutyMeasure(measure: DutyMeasure, context: DutyMeasureContext): DutyMeasureOutcome {
  switch (measure.kind) {
    case "ad-valorem":
      return { amount: context.dutiableValue.times(measure.rate), text: percentText(measure.rate) };
    case "specific": {
      const per = countPer(measure.per, context);
      return {
        amount: context.toDeclared(measure.amount).times(per),
        text: `${showMoney(measure.amount)}/${measure.per}`,
      };
    }
    case "compound": {
      const parts = measure.parts.map((part) => evaluateDutyMeasure(part, context));
      return {
        amount: parts.reduce((sum, part) => sum.plus(part.amount), new Dec(0)),
        text: parts.map((part) => part.text).join(" + "),
      };
    }
    case "higher-of":
    case "lower-of": {
      const options = measure.options.map((option) => evaluateDutyMeasure(option, context));
      const pick = (values: Decimal[]) => (measure.kind === "higher-of" ? Dec.max(...values) : Dec.min(...values));
      const word = measure.kind === "higher-of" ? "higher" : "lower";
      return {
        amount: pick(options.map((option) => option.amount)),
        text: `${options.map((option) => option.text).join(" or ")}, whichever is ${word}`,
      };
    }
    case "clamped": {
      const inner = evaluateDutyMeasure(measure.measure, context);
      let amount = inner.amount;
      const bounds: string[] = [];
      if (measure.min) {
        amount = Dec.max(amount, context.toDeclared(measure.min));
        bounds.push(`min ${showMoney(measure.min)}`);
      }
      if (measure.max) {
        amount = Dec.min(amount, context.toDeclared(measure.max));
        bounds.push(`max ${showMoney(measure.max)}`);
      }
      return { amount, text: bounds.length > 0 ? `${inner.text} (${bounds.join(", ")})` : inner.text };
    }
  }
}

function countPer(unit: SpecificDutyUnit, context: DutyMeasureContext): Decimal {
  switch (unit) {
    case "unit":
      return context.quantity;
    case "pair":
      return context.pairs ?? context.quantity;
    case "dozen":
      return context.quantity.div(12);
    case "kg":
      return context.weightKg ?? context.missing("kg");
    case "litre":
      return context.litres ?? context.missing("litre");
  }
}

/** @internal "0.165" → "16.5%" (string arithmetic: moves the decimal point two places). */
export function percentText(rate: string): string {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(rate);
  if (!match) return `${rate} (rate)`;
  const whole = match[1] ?? "";
  const digits = `${whole}${(match[2] ?? "").padEnd(2, "0")}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(whole.length + 2).replace(/0+$/, "");
  return `${integer}${fraction ? `.${fraction}` : ""}%`;
}
