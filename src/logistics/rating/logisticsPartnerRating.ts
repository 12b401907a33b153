import * as z from "zod";
import {
  Dec,
  type Decimal,
  type DecimalInput,
  invalidArgument,
  localDateSchema,
  parseInput,
} from "../../core/index.js";
import { decimalValueSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from "./decimalSchemas.js";

const ratioSchema = nonNegativeDecimalSchema.refine((value) => value.lte(1), {
  message: "must be a ratio from 0 to 1",
});

/**
 * Schema of a logistics partner's performance over a period: on-time delivery rate, loss and damage rates, customs
 * clearance success rate (ratios from 0 to 1), a price index (1 = the market's or your panel's average; 0.9 is 10%
 * cheaper) and responsiveness (median hours to a first answer on an exception).
 *
 * @example
 * ```ts
 * logisticsPartnerKpisSchema.parse({ partnerId: "sample-line", period: { from: "2026-01-01", to: "2026-03-31" },
 *   shipments: 1840, onTimeRate: "0.93", lossRate: "0.004", damageRate: "0.006", customsClearanceRate: "0.985",
 *   priceIndex: "0.92", responsivenessHours: "5" });
 * ```
 */
export const logisticsPartnerKpisSchema = z.object({
  partnerId: z.string().min(1),
  period: z
    .object({ from: localDateSchema, to: localDateSchema })
    .refine((period) => period.from <= period.to, { message: "from must not be after to", path: ["to"] }),
  shipments: z.number().int().nonnegative(),
  onTimeRate: ratioSchema,
  lossRate: ratioSchema,
  damageRate: ratioSchema,
  customsClearanceRate: ratioSchema,
  priceIndex: positiveDecimalSchema,
  responsivenessHours: nonNegativeDecimalSchema,
});

/**
 * A logistics partner's KPIs as written in data.
 *
 * @example
 * ```ts
 * const kpis: LogisticsPartnerKpisInput = { partnerId: "p", period: { from: "2026-01-01", to: "2026-03-31" }, shipments: 10,
 *   onTimeRate: "0.9", lossRate: "0", damageRate: "0.01", customsClearanceRate: "1", priceIndex: "1", responsivenessHours: 4 };
 * ```
 */
export type LogisticsPartnerKpisInput = z.input<typeof logisticsPartnerKpisSchema>;

/**
 * One metric of a scorecard: a key, an exact value, which direction is better, and its unit.
 *
 * @example
 * ```ts
 * const metric: PartnerScorecardMetric = { key: "on-time-rate", value: new Dec("0.93"), better: "higher", unit: "ratio" };
 * ```
 */
export interface PartnerScorecardMetric {
  /** Stable key: `on-time-rate`, `loss-rate`, `damage-rate`, `customs-clearance-rate`, `price-index`, `responsiveness-hours`. */
  readonly key: string;
  /** The measured value. */
  readonly value: Decimal;
  /** Whether a higher or a lower value is better. */
  readonly better: "higher" | "lower";
  /** `ratio` (0 to 1), `index` (1 = average) or `hours`. */
  readonly unit: "ratio" | "index" | "hours";
}

/**
 * **The seam with the supplier scoring engine.** Scorecard-shaped data about one logistics partner: the subject,
 * the period, the sample size and the metrics. A scoring engine (the suppliers area's, or your own) receives it
 * through a {@link LogisticsPartnerScorer} and answers with a score; this area never imports that engine.
 *
 * @example
 * ```ts
 * const card: LogisticsPartnerScorecard = logisticsPartnerScorecard(kpis);
 * card.metrics.map((m) => m.key);
 * ```
 */
export interface LogisticsPartnerScorecard {
  /** The partner's id. */
  readonly subjectId: string;
  /** Always `logistics-partner`, so a shared engine can tell partners from suppliers. */
  readonly subjectKind: "logistics-partner";
  /** The period measured. */
  readonly period: { readonly from: string; readonly to: string };
  /** Number of shipments behind the figures. */
  readonly sampleSize: number;
  /** The six metrics. */
  readonly metrics: readonly PartnerScorecardMetric[];
}

/**
 * What a scoring engine answers: a score from 0 to 100 and, optionally, a grade.
 *
 * @example
 * ```ts
 * const outcome: LogisticsPartnerScore = { score: "86.5", grade: "B" };
 * ```
 */
export interface LogisticsPartnerScore {
  /** From 0 (worst) to 100 (best). */
  readonly score: DecimalInput;
  /** Optional grade or band from the engine. */
  readonly grade?: string;
}

/**
 * A scoring function: scorecard in, score out. Plug the suppliers area's engine in here once it exists, or use
 * {@link basicLogisticsPartnerScorer} meanwhile.
 *
 * @example
 * ```ts
 * const scorer: LogisticsPartnerScorer = (card) => ({ score: card.sampleSize > 0 ? 80 : 0 });
 * ```
 */
export type LogisticsPartnerScorer = (scorecard: LogisticsPartnerScorecard) => LogisticsPartnerScore;

/**
 * A partner's rating: its score (0 to 100), the matching reliability (score ÷ 100, the form
 * {@link selectShippingMethod}'s `bestValue.reliability` takes), the engine's grade and the scorecard it saw.
 *
 * @example
 * ```ts
 * const rating: LogisticsPartnerRating = rateLogisticsPartner({ kpis, scorer: basicLogisticsPartnerScorer });
 * rating.reliability.toString();
 * ```
 */
export interface LogisticsPartnerRating {
  /** The partner's id. */
  readonly partnerId: string;
  /** From 0 to 100. */
  readonly score: Decimal;
  /** Score ÷ 100. */
  readonly reliability: Decimal;
  /** The engine's grade, when it gave one. */
  readonly grade: string | undefined;
  /** What the engine was given. */
  readonly scorecard: LogisticsPartnerScorecard;
}

/**
 * Turns a partner's KPIs into scorecard-shaped data (see {@link LogisticsPartnerScorecard}).
 *
 * @throws `INVALID_ARGUMENT` for a rate outside 0..1, a non-positive price index or a bad period
 * @example
 * ```ts
 * logisticsPartnerScorecard({ partnerId: "p", period: { from: "2026-01-01", to: "2026-03-31" }, shipments: 10,
 *   onTimeRate: "0.9", lossRate: "0", damageRate: "0.01", customsClearanceRate: "1", priceIndex: "1", responsivenessHours: 4 }).metrics.length; // 6
 * ```
 */
export function logisticsPartnerScorecard(kpis: LogisticsPartnerKpisInput): LogisticsPartnerScorecard {
  const k = parseInput(logisticsPartnerKpisSchema, kpis, ["kpis"]);
  const metric = (key: string, value: Decimal, better: "higher" | "lower", unit: PartnerScorecardMetric["unit"]) =>
    Object.freeze({ key, value, better, unit });
  return Object.freeze({
    subjectId: k.partnerId,
    subjectKind: "logistics-partner",
    period: Object.freeze({ ...k.period }),
    sampleSize: k.shipments,
    metrics: Object.freeze([
      metric("on-time-rate", k.onTimeRate, "higher", "ratio"),
      metric("loss-rate", k.lossRate, "lower", "ratio"),
      metric("damage-rate", k.damageRate, "lower", "ratio"),
      metric("customs-clearance-rate", k.customsClearanceRate, "higher", "ratio"),
      metric("price-index", k.priceIndex, "lower", "index"),
      metric("responsiveness-hours", k.responsivenessHours, "lower", "hours"),
    ]),
  });
}

const scoreSchema = decimalValueSchema.refine((value) => value.gte(0) && value.lte(100), {
  message: "the scorer must return a score from 0 to 100",
});

/**
 * Rates a logistics partner through a scoring engine: builds the scorecard from the KPIs, calls `scorer`, checks
 * its answer and returns the score with the reliability to feed into `selectShippingMethod`'s best-value policy.
 *
 * @throws `INVALID_ARGUMENT` for bad KPIs, a scorer that is not a function, or a score outside 0..100 (path
 *   `["scorer", "score"]`)
 * @example
 * ```ts
 * const rating = rateLogisticsPartner({ kpis, scorer: basicLogisticsPartnerScorer });
 * selectShippingMethod({ ...input, policy: "best-value", bestValue: { reliability: { "Sample Line": rating.reliability } } });
 * ```
 */
export function rateLogisticsPartner(input: {
  kpis: LogisticsPartnerKpisInput;
  scorer: LogisticsPartnerScorer;
}): LogisticsPartnerRating {
  if (typeof input !== "object" || input === null) throw invalidArgument(["input"], "must be { kpis, scorer }");
  if (typeof input.scorer !== "function")
    throw invalidArgument(["scorer"], "must be a function (scorecard) => { score }");
  const scorecard = logisticsPartnerScorecard(input.kpis);
  const answer = input.scorer(scorecard);
  if (typeof answer !== "object" || answer === null) throw invalidArgument(["scorer"], "must return { score, grade? }");
  const score = parseInput(scoreSchema, answer.score, ["scorer", "score"]);
  return Object.freeze({
    partnerId: scorecard.subjectId,
    score,
    reliability: score.div(100),
    grade: answer.grade,
    scorecard,
  });
}

/**
 * An interim reference scorer until the supplier scoring engine is wired in. Points out of 100:
 * on-time rate × 40; (1 − loss rate × 20 − damage rate × 10, floored at 0) × 25; customs clearance rate × 15;
 * price 10 × min(1, 1 ÷ price index); responsiveness 10 at 4 hours or less, falling linearly to 0 at 48 hours.
 * The result is rounded to 2 decimals.
 *
 * @example
 * ```ts
 * basicLogisticsPartnerScorer(logisticsPartnerScorecard(kpis)).score; // e.g. "91.24"
 * ```
 */
export function basicLogisticsPartnerScorer(scorecard: LogisticsPartnerScorecard): LogisticsPartnerScore {
  const value = (key: string): Decimal => {
    const found = scorecard.metrics.find((metric) => metric.key === key);
    if (!found) throw invalidArgument(["scorecard", "metrics"], `needs the metric "${key}"`);
    return new Dec(found.value);
  };
  const onTime = value("on-time-rate").times(40);
  const integrity = Dec.max(
    0,
    new Dec(1).minus(value("loss-rate").times(20)).minus(value("damage-rate").times(10)),
  ).times(25);
  const customs = value("customs-clearance-rate").times(15);
  const price = Dec.min(1, new Dec(1).div(value("price-index"))).times(10);
  const hours = value("responsiveness-hours");
  const responsiveness = hours.lte(4) ? new Dec(10) : Dec.max(0, new Dec(48).minus(hours).div(44).times(10));
  const total = onTime.plus(integrity).plus(customs).plus(price).plus(responsiveness);
  return { score: total.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) };
}
