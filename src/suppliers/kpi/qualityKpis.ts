import * as z from "zod";
import { Dec, localDateIn, parseInput } from "../../core/index.js";
import { qualityLotVerdictSchema } from "../seams/qualityLotVerdict.js";
import { type DateRange, kpiPeriodSchema, resolveKpiPeriod } from "./kpiPeriod.js";
import { type KpiValue, ratioKpi } from "./kpiValue.js";

/**
 * Schema of the quality KPI input: a supplier, a period, the time zone that decides a verdict's date, and the lot
 * verdicts from the quality area (the seam, {@link qualityLotVerdictSchema}); other suppliers' verdicts are ignored.
 *
 * @example
 * ```ts
 * qualityKpiInputSchema.parse({ supplierId: "SUP-1", period: { kind: "month", month: "2026-04" }, verdicts: [] });
 * ```
 */
export const qualityKpiInputSchema = z.object({
  supplierId: z.string().min(1),
  period: kpiPeriodSchema,
  timeZone: z.string().min(1).default("Asia/Shanghai"),
  verdicts: z.array(qualityLotVerdictSchema),
});

/**
 * The quality KPI input as accepted.
 *
 * @example
 * ```ts
 * const input: QualityKpiInput = { supplierId: "SUP-1", period: { kind: "month", month: "2026-04" }, verdicts: [] };
 * ```
 */
export type QualityKpiInput = z.input<typeof qualityKpiInputSchema>;

/**
 * Quality KPIs of a period: lot pass rate % (产品质量合格率, accepted lots / inspected lots) and PPM (nonconforming
 * units per million inspected).
 *
 * @example
 * ```ts
 * kpis.ppm.value?.toFixed(2); // "4166.67"
 * ```
 */
export interface QualityKpis {
  readonly range: DateRange;
  readonly passRate: KpiValue;
  readonly ppm: KpiValue;
}

/**
 * Derives pass rate and PPM from the quality area's lot verdicts dated in the period (local date in `timeZone`).
 *
 * @throws `INVALID_ARGUMENT` for malformed input
 * @example
 * ```ts
 * computeQualityKpis({ supplierId: "SUP-1", period: { kind: "month", month: "2026-04" }, verdicts }).passRate.value?.toFixed(2); // "75.00"
 * ```
 */
export function computeQualityKpis(input: QualityKpiInput): QualityKpis {
  const parsed = parseInput(qualityKpiInputSchema, input, ["input"]);
  const range = resolveKpiPeriod(parsed.period);
  let lots = 0;
  let accepted = 0;
  let inspected = 0;
  let nonconforming = 0;
  for (const verdict of parsed.verdicts) {
    if (verdict.supplierId !== parsed.supplierId) continue;
    const date = localDateIn(verdict.at, parsed.timeZone);
    if (date < range.from || date > range.to) continue;
    lots++;
    if (verdict.type === "lot-accepted") accepted++;
    inspected += verdict.inspectedQuantity;
    nonconforming += verdict.nonconformingQuantity;
  }
  return {
    range,
    passRate: ratioKpi(new Dec(accepted), new Dec(lots), 100),
    ppm: ratioKpi(new Dec(nonconforming), new Dec(inspected), 1_000_000),
  };
}
