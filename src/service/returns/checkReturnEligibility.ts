import * as z from "zod";
import { err, localDateSchema, ok, parseInput, type Result } from "../../core/index.js";
import { shiftLocalDate } from "../calendar/localDates.js";
import { type ReturnPolicy, type ReturnPolicyInput, returnPolicySchema } from "./returnPolicy.js";
import { type ReturnReason, returnReasonFault, returnReasonSchema } from "./returnReasons.js";

/**
 * The policy in force on a date (by order date): the one whose `validFrom`..`validTo` covers it; when several do,
 * the one that started last.
 *
 * @returns the policy, or `RETURN_POLICY_NOT_FOUND`
 * @example
 * ```ts
 * const r = selectReturnPolicy([defaultReturnPolicy], "2026-05-01");
 * if (r.ok) r.value.id; // "default-2026"
 * ```
 */
export function selectReturnPolicy(
  policies: readonly ReturnPolicyInput[],
  on: string,
): Result<ReturnPolicy, { code: "RETURN_POLICY_NOT_FOUND"; message: string }> {
  const parsed = parseInput(z.array(returnPolicySchema), policies, ["policies"]);
  const date = parseInput(localDateSchema, on, ["on"]);
  const candidates = parsed
    .filter((policy) => policy.validFrom <= date && (policy.validTo === undefined || date <= policy.validTo))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  const found = candidates[0];
  return found
    ? ok(found)
    : err({ code: "RETURN_POLICY_NOT_FOUND", message: `no return policy is in force on ${date}` });
}

/**
 * What a return request is checked with.
 *
 * @example
 * ```ts
 * const request: ReturnRequestFacts = {
 *   marketplace: "amazon-us", category: "apparel", reason: "wrong-size",
 *   deliveredOn: "2026-03-02", requestedOn: "2026-03-20", opened: true, conditionsMet: ["unused", "original-packaging"],
 * };
 * ```
 */
export type ReturnRequestFacts = z.input<typeof returnRequestFactsSchema>;

/**
 * Schema of {@link ReturnRequestFacts}.
 *
 * @example
 * ```ts
 * returnRequestFactsSchema.parse({ category: "toys", reason: "defective", deliveredOn: "2026-03-02", requestedOn: "2026-03-05" });
 * ```
 */
export const returnRequestFactsSchema = z.object({
  marketplace: z.string().min(1).optional(),
  category: z.string().min(1),
  reason: returnReasonSchema,
  deliveredOn: localDateSchema,
  requestedOn: localDateSchema,
  /** Whether the buyer opened or used the item (decides an `opened` restocking fee). */
  opened: z.boolean().default(false),
  /** The policy conditions the item meets. */
  conditionsMet: z.array(z.string()).default([]),
});

/**
 * The terms a return is accepted on.
 *
 * @example
 * ```ts
 * const terms: ReturnTerms = {
 *   policyId: "default-2026", reason: "wrong-size", fault: "buyer", deadline: "2026-04-01",
 *   returnShippingPaidBy: "buyer", refundOriginalShipping: false, restockingFeeRate: "0.15",
 * };
 * ```
 */
export interface ReturnTerms {
  readonly policyId: string;
  readonly reason: ReturnReason;
  readonly fault: "seller" | "buyer";
  /** Last day a return can be requested: delivery date plus the window. */
  readonly deadline: string;
  readonly returnShippingPaidBy: "seller" | "buyer";
  readonly refundOriginalShipping: boolean;
  /** Restocking fee rate applied to this return (0 when none), a decimal string. */
  readonly restockingFeeRate: string;
}

/**
 * Why a return is refused.
 *
 * @example
 * ```ts
 * const refusal: ReturnRefusal = { code: "RETURN_WINDOW_CLOSED", message: "the window closed on 2026-04-01" };
 * ```
 */
export interface ReturnRefusal {
  readonly code:
    | "RETURN_WINDOW_CLOSED"
    | "RETURN_REASON_NOT_ACCEPTED"
    | "NON_RETURNABLE_CATEGORY"
    | "RETURN_CONDITIONS_NOT_MET";
  readonly message: string;
  /** Conditions not met, for `RETURN_CONDITIONS_NOT_MET`. */
  readonly missing?: readonly string[];
}

/**
 * Checks a return request against a policy (with the marketplace's overrides applied) and gives the terms it is
 * accepted on. Seller-fault returns skip the conditions and the non-returnable categories (the buyer is owed a
 * remedy either way); buyer-remorse returns must meet every condition. The window counts calendar days from the
 * delivery date: delivered 2 March with 30 days, the last day to ask is 1 April.
 *
 * @returns the {@link ReturnTerms}, or a {@link ReturnRefusal}
 * @example
 * ```ts
 * const r = checkReturnEligibility(defaultReturnPolicy, {
 *   marketplace: "amazon-us", category: "apparel", reason: "wrong-size",
 *   deliveredOn: "2026-03-02", requestedOn: "2026-03-20", opened: true, conditionsMet: ["unused", "original-packaging"],
 * });
 * if (r.ok) r.value.restockingFeeRate; // "0.15"
 * ```
 */
export function checkReturnEligibility(
  policy: ReturnPolicyInput,
  request: ReturnRequestFacts,
): Result<ReturnTerms, ReturnRefusal> {
  const base = parseInput(returnPolicySchema, policy, ["policy"]);
  const facts = parseInput(returnRequestFactsSchema, request, ["request"]);
  const override = base.marketplaceOverrides.find((candidate) => candidate.marketplace === facts.marketplace);
  const windowDays = override?.windowDays ?? base.windowDays;
  const terms = override?.reasons?.[facts.reason] ?? base.reasons[facts.reason];
  const nonReturnable = override?.nonReturnableCategories ?? base.nonReturnableCategories;
  const fault = returnReasonFault(facts.reason);
  const deadline = shiftLocalDate(facts.deliveredOn, windowDays);
  if (!terms)
    return err({ code: "RETURN_REASON_NOT_ACCEPTED", message: `"${facts.reason}" is not accepted by ${base.id}` });
  if (facts.requestedOn > deadline)
    return err({
      code: "RETURN_WINDOW_CLOSED",
      message: `the ${windowDays}-day window from delivery on ${facts.deliveredOn} closed on ${deadline}`,
    });
  if (fault === "buyer") {
    if (nonReturnable.includes(facts.category))
      return err({ code: "NON_RETURNABLE_CATEGORY", message: `"${facts.category}" is not returnable for remorse` });
    const missing = base.conditions.filter((condition) => !facts.conditionsMet.includes(condition));
    if (missing.length > 0)
      return err({ code: "RETURN_CONDITIONS_NOT_MET", message: `not met: ${missing.join(", ")}`, missing });
  }
  const charged = base.restockingFeeWhen === "always" || facts.opened ? terms.restockingFeeRate : "0";
  const cap = override?.maxRestockingFeeRate;
  const restockingFeeRate = cap !== undefined && Number(charged) > Number(cap) ? cap : charged;
  return ok({
    policyId: base.id,
    reason: facts.reason,
    fault,
    deadline,
    returnShippingPaidBy: terms.returnShippingPaidBy,
    refundOriginalShipping: terms.refundOriginalShipping,
    restockingFeeRate,
  });
}
