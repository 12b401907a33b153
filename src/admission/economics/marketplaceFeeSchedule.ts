import * as z from "zod";
import { err, type Failure, localDateSchema, type Money, ok, parseInput, type Result } from "../../core/index.js";
import { moneyInputSchema, nonEmptySchema, rateSchema } from "../shared/schemas.js";

/**
 * A marketplace's referral fee schedule for a period: a rate and a per-item minimum per category, with a fallback
 * for categories not listed. Schedules change; keep one per period (`validFrom`/`validTo`, inclusive).
 *
 * @example
 * ```ts
 * const schedule = marketplaceFeeScheduleSchema.parse({
 *   id: "my-amazon-us-2026", marketplace: "amazon.com", currency: "USD",
 *   validFrom: "2026-01-15",
 *   categories: [{ category: "electronics", rate: "0.08", minimum: { amount: "0.30", currency: "USD" } }],
 *   fallback: { rate: "0.15", minimum: { amount: "0.30", currency: "USD" } },
 * });
 * ```
 */
export const marketplaceFeeScheduleSchema = z
  .object({
    id: nonEmptySchema,
    marketplace: nonEmptySchema,
    currency: z.string(),
    validFrom: localDateSchema,
    validTo: localDateSchema.optional(),
    /** True for the library's illustrative presets: replace them with the marketplace's current schedule. */
    sample: z.boolean().optional(),
    source: z.string().optional(),
    categories: z.array(z.object({ category: nonEmptySchema, rate: rateSchema, minimum: moneyInputSchema.optional() })),
    fallback: z.object({ rate: rateSchema, minimum: moneyInputSchema.optional() }).optional(),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.validTo !== undefined && schedule.validTo < schedule.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "must not be before validFrom" });
    schedule.categories.forEach((entry, i) => {
      if (entry.minimum && entry.minimum.currency !== schedule.currency)
        ctx.addIssue({
          code: "custom",
          path: ["categories", i, "minimum"],
          message: `must be in ${schedule.currency}`,
        });
    });
    if (schedule.fallback?.minimum && schedule.fallback.minimum.currency !== schedule.currency)
      ctx.addIssue({ code: "custom", path: ["fallback", "minimum"], message: `must be in ${schedule.currency}` });
  });

/**
 * A marketplace fee schedule as accepted (JSON or with Money values).
 *
 * @example
 * ```ts
 * const schedule: MarketplaceFeeSchedule = SAMPLE_AMAZON_US_REFERRAL_FEES;
 * ```
 */
export type MarketplaceFeeSchedule = z.input<typeof marketplaceFeeScheduleSchema>;

const usd = (amount: string) => ({ amount, currency: "USD" });
const eur = (amount: string) => ({ amount, currency: "EUR" });

/**
 * SAMPLE, to replace: an Amazon.com-like referral fee schedule (15% with a USD 0.30 minimum for most categories,
 * 8% for electronics). Figures are illustrative, simplified from the public "Selling on Amazon fee schedule"
 * (no price tiers); load the marketplace's current schedule in production.
 *
 * @example
 * ```ts
 * resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], { marketplace: "amazon.com", category: "electronics", on: "2026-06-01" });
 * ```
 */
export const SAMPLE_AMAZON_US_REFERRAL_FEES: MarketplaceFeeSchedule = {
  id: "sample-amazon-us-referral-2026",
  marketplace: "amazon.com",
  currency: "USD",
  validFrom: "2026-01-15",
  sample: true,
  source: "Illustrative, after sellercentral.amazon.com 'Selling on Amazon fee schedule'; replace with current data",
  categories: [
    { category: "electronics", rate: "0.08", minimum: usd("0.30") },
    { category: "home-kitchen", rate: "0.15", minimum: usd("0.30") },
    { category: "sports-outdoors", rate: "0.15", minimum: usd("0.30") },
    { category: "toys-games", rate: "0.15", minimum: usd("0.30") },
    { category: "tools-home-improvement", rate: "0.15", minimum: usd("0.30") },
  ],
  fallback: { rate: "0.15", minimum: usd("0.30") },
};

/**
 * SAMPLE, to replace: an Amazon.de-like referral fee schedule (15% with a EUR 0.30 minimum for most categories,
 * 7% for electronics). Illustrative only.
 *
 * @example
 * ```ts
 * resolveReferralFee([SAMPLE_AMAZON_DE_REFERRAL_FEES], { marketplace: "amazon.de", category: "toys-games", on: "2026-06-01" });
 * ```
 */
export const SAMPLE_AMAZON_DE_REFERRAL_FEES: MarketplaceFeeSchedule = {
  id: "sample-amazon-de-referral-2026",
  marketplace: "amazon.de",
  currency: "EUR",
  validFrom: "2026-01-15",
  sample: true,
  source: "Illustrative, after sellercentral.amazon.de 'Verkaufsgebühren'; replace with current data",
  categories: [
    { category: "electronics", rate: "0.07", minimum: eur("0.30") },
    { category: "home-kitchen", rate: "0.15", minimum: eur("0.30") },
    { category: "toys-games", rate: "0.15", minimum: eur("0.30") },
  ],
  fallback: { rate: "0.15", minimum: eur("0.30") },
};

/**
 * The referral fee that applies: its rate, minimum, and the schedule it came from.
 *
 * @example
 * ```ts
 * const fee: ResolvedReferralFee = { scheduleId: "sample-amazon-us-referral-2026", category: "electronics", rate: "0.08", minimum: money("0.30", "USD"), sample: true };
 * ```
 */
export interface ResolvedReferralFee {
  readonly scheduleId: string;
  /** The category matched, or `"*"` when the schedule's fallback applied. */
  readonly category: string;
  /** The rate as a decimal string, ready for `computeUnitEconomics`' `referralFee`. */
  readonly rate: string;
  readonly minimum?: Money;
  readonly sample: boolean;
}

const querySchema = z.object({ marketplace: nonEmptySchema, category: nonEmptySchema, on: localDateSchema });

/**
 * Finds the referral fee for a marketplace, category and date among schedules: the schedule in force on that date
 * (the latest `validFrom` wins when several are), then the category's entry or the schedule's fallback.
 *
 * @returns the fee, or `FEE_SCHEDULE_NOT_FOUND` when no schedule covers the marketplace, date and category
 * @throws `INVALID_ARGUMENT` for a malformed schedule (path `["schedules", i, ...]`) or query (path `["query", ...]`)
 * @example
 * ```ts
 * const r = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], { marketplace: "amazon.com", category: "electronics", on: "2026-06-01" });
 * if (r.ok) r.value.rate; // "0.08"
 * ```
 */
export function resolveReferralFee(
  schedules: readonly MarketplaceFeeSchedule[],
  query: { readonly marketplace: string; readonly category: string; readonly on: string },
): Result<ResolvedReferralFee, Failure<"FEE_SCHEDULE_NOT_FOUND">> {
  const parsed = parseInput(z.array(marketplaceFeeScheduleSchema), schedules, ["schedules"]);
  const { marketplace, category, on } = parseInput(querySchema, query, ["query"]);
  const inForce = parsed
    .filter((s) => s.marketplace === marketplace && s.validFrom <= on && (s.validTo === undefined || on <= s.validTo))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  for (const schedule of inForce) {
    const entry = schedule.categories.find((c) => c.category === category);
    const fee = entry ?? schedule.fallback;
    if (!fee) continue;
    const resolved = {
      scheduleId: schedule.id,
      category: entry ? entry.category : "*",
      rate: fee.rate.toFixed(),
      sample: schedule.sample === true,
    };
    return ok(fee.minimum ? { ...resolved, minimum: fee.minimum } : resolved);
  }
  return err({
    code: "FEE_SCHEDULE_NOT_FOUND",
    message: `no referral fee schedule for ${marketplace}, category "${category}", on ${on}`,
  });
}
