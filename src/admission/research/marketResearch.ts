import * as z from "zod";
import { isMoney, localDateSchema } from "../../core/index.js";
import { marketCodeSchema, moneyInputSchema, nonEmptySchema } from "../shared/schemas.js";

/**
 * Market research facts for a proposal, supplied by the host app (no scraping): target markets and marketplaces,
 * demand signals (search volume, competitors' estimated sales) with their source and date, the competitor price band,
 * seasonality (peak months, optionally a 12-month index) and the pain points found in competitors' reviews.
 *
 * @example
 * ```ts
 * const research = marketResearchSchema.parse({
 *   targets: [{ market: "US", marketplaces: ["amazon.com"] }],
 *   demandSignals: [{ kind: "search-volume", keyword: "magnetic power bank", value: 41000, unit: "searches/month", source: "Helium 10", observedOn: "2026-04-30" }],
 *   competitorPriceBand: { low: { amount: "19.99", currency: "USD" }, high: { amount: "39.99", currency: "USD" }, sampleSize: 24 },
 *   seasonality: { peakMonths: [11, 12] },
 *   reviewPainPoints: [{ theme: "gets hot while charging", share: "0.18" }],
 * });
 * ```
 */
export const marketResearchSchema = z.object({
  targets: z
    .array(z.object({ market: marketCodeSchema, marketplaces: z.array(nonEmptySchema).min(1) }))
    .min(1, { message: "must name at least one target market" }),
  demandSignals: z.array(
    z.object({
      kind: z.enum(["search-volume", "competitor-sales-estimate", "trend-index", "other"]),
      market: marketCodeSchema.optional(),
      marketplace: z.string().optional(),
      keyword: z.string().optional(),
      competitor: z.string().optional(),
      value: z.number().nonnegative().refine(Number.isFinite, { message: "must be finite" }),
      unit: nonEmptySchema,
      source: nonEmptySchema,
      observedOn: localDateSchema,
    }),
  ),
  competitorPriceBand: z
    .object({
      low: moneyInputSchema,
      high: moneyInputSchema,
      median: moneyInputSchema.optional(),
      sampleSize: z.int().positive(),
    })
    .superRefine((band, ctx) => {
      // Amounts that failed moneySchema are still raw JSON here, with their own issues: compare only real Money.
      const { low, high, median } = band;
      if (!isMoney(low) || !isMoney(high)) return;
      if (high.currency !== low.currency)
        ctx.addIssue({ code: "custom", path: ["high"], message: `must be in ${low.currency} like low` });
      else if (high.amount.lt(low.amount))
        ctx.addIssue({ code: "custom", path: ["high"], message: "must not be below low" });
      if (
        median !== undefined &&
        isMoney(median) &&
        (median.currency !== low.currency || median.amount.lt(low.amount) || median.amount.gt(high.amount))
      )
        ctx.addIssue({
          code: "custom",
          path: ["median"],
          message: "must lie between low and high, in the same currency",
        });
    }),
  seasonality: z.object({
    peakMonths: z.array(z.int().min(1).max(12)),
    /** Relative demand per month, January first (e.g. 1.0 = average). */
    monthlyIndex: z.array(z.number().nonnegative()).length(12).optional(),
  }),
  reviewPainPoints: z.array(
    z.object({
      theme: nonEmptySchema,
      /** Share of the reviews read that mention it, as a decimal fraction. */
      share: z
        .string()
        .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { message: 'must be a fraction such as "0.18"' })
        .optional(),
      examples: z.array(z.string()).optional(),
    }),
  ),
  notes: z.string().optional(),
});

/**
 * Market research facts as accepted.
 *
 * @example
 * ```ts
 * const facts: MarketResearchInput = { targets: [{ market: "US", marketplaces: ["amazon.com"] }], demandSignals: [],
 *   competitorPriceBand: { low: money("19.99", "USD"), high: money("39.99", "USD"), sampleSize: 24 },
 *   seasonality: { peakMonths: [11, 12] }, reviewPainPoints: [] };
 * ```
 */
export type MarketResearchInput = z.input<typeof marketResearchSchema>;

/**
 * Market research facts after validation.
 *
 * @example
 * ```ts
 * const facts: MarketResearch = marketResearchSchema.parse(input);
 * ```
 */
export type MarketResearch = z.output<typeof marketResearchSchema>;
