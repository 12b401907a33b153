import * as z from "zod";
import { Dec, localDateSchema, moneySchema, opsError, parseInput } from "../../core/index.js";
import { type DateRange, kpiPeriodSchema, resolveKpiPeriod } from "./kpiPeriod.js";
import { type KpiValue, ratioKpi } from "./kpiValue.js";

/**
 * Schema of the commercial KPI input: purchases with the benchmark unit price they are compared with (market or
 * target price, same currency), and cooperation survey answers 1..5 (合作配合度).
 *
 * @example
 * ```ts
 * commercialKpiInputSchema.parse({
 *   period: { kind: "month", month: "2026-04" },
 *   purchases: [{ date: "2026-04-03", quantity: 1000, unitPrice: { amount: "18.50", currency: "CNY" }, benchmarkUnitPrice: { amount: "18.00", currency: "CNY" } }],
 *   surveys: [{ date: "2026-04-30", score: 4 }],
 * });
 * ```
 */
export const commercialKpiInputSchema = z.object({
  period: kpiPeriodSchema,
  purchases: z
    .array(
      z.object({
        date: localDateSchema,
        quantity: z.number().positive(),
        unitPrice: moneySchema,
        benchmarkUnitPrice: moneySchema,
      }),
    )
    .default([]),
  surveys: z.array(z.object({ date: localDateSchema, score: z.number().min(1).max(5) })).default([]),
});

/**
 * The commercial KPI input as accepted.
 *
 * @example
 * ```ts
 * const input: CommercialKpiInput = { period: { kind: "month", month: "2026-04" }, purchases: [], surveys: [] };
 * ```
 */
export type CommercialKpiInput = z.input<typeof commercialKpiInputSchema>;

/**
 * Commercial KPIs: price index (paid ÷ benchmark, quantity-weighted, %; 100 = at benchmark, lower is better;
 * 价格合理性) and the average cooperation survey score.
 *
 * @example
 * ```ts
 * kpis.priceIndex.value?.toFixed(2); // "102.78"
 * ```
 */
export interface CommercialKpis {
  readonly range: DateRange;
  readonly priceIndex: KpiValue;
  readonly cooperation: KpiValue;
}

/**
 * Derives price competitiveness and cooperation for a period.
 *
 * @throws `INVALID_ARGUMENT` for malformed input; `CURRENCY_MISMATCH` when a price and its benchmark differ in
 *   currency
 * @example
 * ```ts
 * computeCommercialKpis(input).priceIndex.value?.toFixed(2); // "102.78"
 * ```
 */
export function computeCommercialKpis(input: CommercialKpiInput): CommercialKpis {
  const parsed = parseInput(commercialKpiInputSchema, input, ["input"]);
  const range = resolveKpiPeriod(parsed.period);
  const inRange = (date: string) => date >= range.from && date <= range.to;
  let paid = new Dec(0);
  let benchmark = new Dec(0);
  parsed.purchases.forEach((purchase, index) => {
    if (purchase.unitPrice.currency !== purchase.benchmarkUnitPrice.currency) {
      throw opsError("CURRENCY_MISMATCH", [
        {
          path: ["input", "purchases", index, "benchmarkUnitPrice"],
          message: `must be in ${purchase.unitPrice.currency}`,
        },
      ]);
    }
    if (!inRange(purchase.date)) return;
    paid = paid.plus(purchase.unitPrice.amount.times(purchase.quantity));
    benchmark = benchmark.plus(purchase.benchmarkUnitPrice.amount.times(purchase.quantity));
  });
  const surveys = parsed.surveys.filter((survey) => inRange(survey.date));
  const scoreSum = surveys.reduce((sum, survey) => sum.plus(survey.score), new Dec(0));
  return {
    range,
    priceIndex: ratioKpi(paid, benchmark, 100),
    cooperation: ratioKpi(scoreSum, new Dec(surveys.length), 1),
  };
}
