import * as z from "zod";
import {
  addMoney,
  Dec,
  decimalInputSchema,
  invalidArgument,
  type Money,
  money,
  moneySchema,
  opsError,
  parseInput,
} from "../../core/index.js";
import type { ServiceMoneyInput } from "./calculateRefund.js";
import { type ReturnReason, returnReasonSchema } from "./returnReasons.js";

/**
 * When to refund without asking for the item back, as data: the share of an item's value that can still be
 * recovered per return reason (resold as new, sold as B-stock, scrapped), a threshold ratio, and a ceiling above
 * which the item always comes back (to limit abuse).
 *
 * @example
 * ```ts
 * const rule: ReturnlessRule = {
 *   recoveryRates: { defective: "0", "changed-mind": "0.8" }, defaultRecoveryRate: "0.5",
 *   costToValueRatio: "1", maxRefund: money("60.00", "USD"),
 * };
 * ```
 */
export interface ReturnlessRule {
  /** Share of the item's value recovered per reason, 0 to 1 (`"0"` for a defect that is scrapped). */
  readonly recoveryRates: Partial<Record<ReturnReason, string | number>>;
  /** Share recovered for reasons not listed. */
  readonly defaultRecoveryRate: string | number;
  /** Returnless when return shipping + handling ≥ ratio × recoverable value; `"1"` by default. */
  readonly costToValueRatio?: string | number;
  /** Never returnless when the refund is above this amount. */
  readonly maxRefund?: ServiceMoneyInput;
}

/**
 * Input of {@link decideReturnless}.
 *
 * @example
 * ```ts
 * const input: ReturnlessInput = {
 *   rule, reason: "defective", itemValue: money("6.20", "USD"), returnShippingCost: money("7.90", "USD"),
 *   handlingCost: money("1.50", "USD"), refund: money("20.91", "USD"),
 * };
 * ```
 */
export interface ReturnlessInput {
  readonly rule: ReturnlessRule;
  readonly reason: ReturnReason;
  /** What the units are worth to the seller back in stock (cost or resale value). */
  readonly itemValue: ServiceMoneyInput;
  readonly returnShippingCost: ServiceMoneyInput;
  readonly handlingCost: ServiceMoneyInput;
  /** The refund the buyer would get. */
  readonly refund: ServiceMoneyInput;
}

/**
 * Schema of {@link ReturnlessRule}.
 *
 * @example
 * ```ts
 * returnlessRuleSchema.parse({ recoveryRates: {}, defaultRecoveryRate: "0.5", costToValueRatio: "1" });
 * ```
 */
export const returnlessRuleSchema = z.object({
  recoveryRates: z.partialRecord(returnReasonSchema, decimalInputSchema),
  defaultRecoveryRate: decimalInputSchema,
  /** Returnless when return shipping + handling ≥ ratio × recoverable value; "1" means "costs more than it saves". */
  costToValueRatio: decimalInputSchema.default("1"),
  /** Never returnless when the refund is above this amount. */
  maxRefund: moneySchema.optional(),
});

const returnlessInputSchema = z.object({
  rule: returnlessRuleSchema,
  reason: returnReasonSchema,
  /** What the units are worth to the seller back in stock (cost or resale value). */
  itemValue: moneySchema,
  returnShippingCost: moneySchema,
  handlingCost: moneySchema,
  /** The refund the buyer would get. */
  refund: moneySchema,
});

/**
 * The returnless decision with the figures behind it.
 *
 * @example
 * ```ts
 * const d: ReturnlessDecision = {
 *   returnless: true, code: "RETURNLESS_COST_EXCEEDS_VALUE",
 *   recoverableValue: money("0", "USD"), returnCost: money("9.40", "USD"),
 * };
 * ```
 */
export interface ReturnlessDecision {
  readonly returnless: boolean;
  readonly code: "RETURNLESS_COST_EXCEEDS_VALUE" | "RETURN_WORTH_RECOVERING" | "RETURN_REQUIRED_ABOVE_CEILING";
  readonly recoverableValue: Money;
  /** Return shipping + handling. */
  readonly returnCost: Money;
}

/**
 * Decides whether to refund without the item coming back: returnless when return shipping plus handling costs at
 * least `costToValueRatio` × the recoverable value (item value × the reason's recovery rate), unless the refund is
 * above the rule's ceiling.
 *
 * @throws `INVALID_ARGUMENT` for a malformed rule; `CURRENCY_MISMATCH` when amounts differ in currency
 * @example
 * ```ts
 * decideReturnless({
 *   rule: { recoveryRates: { defective: "0" }, defaultRecoveryRate: "0.8" },
 *   reason: "defective", itemValue: money("6.20", "USD"), returnShippingCost: money("7.90", "USD"),
 *   handlingCost: money("1.50", "USD"), refund: money("20.91", "USD"),
 * }).returnless; // true
 * ```
 */
export function decideReturnless(input: ReturnlessInput): ReturnlessDecision {
  const parsed = parseInput(returnlessInputSchema, input, ["input"]);
  const currency = parsed.itemValue.currency;
  const check = (value: Money | undefined, path: string[]) => {
    if (value && value.currency !== currency)
      throw opsError("CURRENCY_MISMATCH", [{ path: ["input", ...path], message: `expected ${currency}` }]);
  };
  check(parsed.returnShippingCost, ["returnShippingCost"]);
  check(parsed.handlingCost, ["handlingCost"]);
  check(parsed.refund, ["refund"]);
  check(parsed.rule.maxRefund, ["rule", "maxRefund"]);
  const rate = new Dec(parsed.rule.recoveryRates[parsed.reason] ?? parsed.rule.defaultRecoveryRate);
  if (rate.isNegative())
    throw invalidArgument(["input", "rule", "recoveryRates", parsed.reason], "must not be negative");
  const recoverableValue = money(parsed.itemValue.amount.times(rate), currency);
  const returnCost = addMoney(parsed.returnShippingCost, parsed.handlingCost);
  const figures = { recoverableValue, returnCost };
  if (parsed.rule.maxRefund && parsed.refund.amount.gt(parsed.rule.maxRefund.amount))
    return { returnless: false, code: "RETURN_REQUIRED_ABOVE_CEILING", ...figures };
  const threshold = recoverableValue.amount.times(new Dec(parsed.rule.costToValueRatio));
  return returnCost.amount.gte(threshold)
    ? { returnless: true, code: "RETURNLESS_COST_EXCEEDS_VALUE", ...figures }
    : { returnless: false, code: "RETURN_WORTH_RECOVERING", ...figures };
}
