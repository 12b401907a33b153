import * as z from "zod";
import {
  Dec,
  decimalInputSchema,
  type Money,
  moneySchema,
  multiplyMoney,
  parseInput,
  roundMoney,
} from "../../core/index.js";

const share = decimalInputSchema.refine((v) => Number(v) >= 0 && Number(v) <= 100, { message: "must be 0..100" });

/**
 * Schema of a late-delivery penalty clause applied to the value of the goods delivered late: a percentage per day
 * late after a number of grace days, capped at a percentage of that value.
 *
 * @example
 * ```ts
 * lateDeliveryPenaltyInputSchema.parse({ value: { amount: "7400.00", currency: "CNY" }, daysLate: 6, graceDays: 2, percentPerDay: "0.5", capPercent: 10 });
 * ```
 */
export const lateDeliveryPenaltyInputSchema = z.object({
  value: moneySchema,
  daysLate: z.number().int().nonnegative(),
  graceDays: z.number().int().nonnegative().default(0),
  percentPerDay: share,
  capPercent: share,
});

/**
 * A late-delivery penalty clause and the delay it applies to.
 *
 * @example
 * ```ts
 * const clause: LateDeliveryPenaltyInput = { value: { amount: "7400.00", currency: "CNY" }, daysLate: 6, graceDays: 2, percentPerDay: "0.5", capPercent: 10 };
 * ```
 */
export type LateDeliveryPenaltyInput = z.input<typeof lateDeliveryPenaltyInputSchema>;

/**
 * The penalty as agreed: `value × min(percentPerDay × max(0, daysLate − graceDays), capPercent) / 100`, rounded
 * half-up to minor units. Put it on the settlement statement as a `late-delivery-penalty` deduction.
 *
 * @throws `INVALID_ARGUMENT` for a malformed clause
 * @example
 * ```ts
 * computeLateDeliveryPenalty({ value: { amount: "7400.00", currency: "CNY" }, daysLate: 6, graceDays: 2, percentPerDay: "0.5", capPercent: 10 }).amount.toFixed(2); // "148.00"
 * ```
 */
export function computeLateDeliveryPenalty(input: LateDeliveryPenaltyInput): Money {
  const clause = parseInput(lateDeliveryPenaltyInputSchema, input, ["input"]);
  const days = Math.max(0, clause.daysLate - clause.graceDays);
  const percent = Dec.min(new Dec(clause.percentPerDay).times(days), new Dec(clause.capPercent));
  return roundMoney(multiplyMoney(clause.value, percent.div(100)));
}
