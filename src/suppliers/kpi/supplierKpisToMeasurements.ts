import type { ScoringMeasurements } from "../scoring/scorecardSchema.js";
import type { CommercialKpis } from "./commercialKpis.js";
import type { DeliveryKpis } from "./deliveryKpis.js";
import type { KpiValue } from "./kpiValue.js";
import type { QualityKpis } from "./qualityKpis.js";
import type { ResponsivenessKpi } from "./responsivenessKpi.js";

/**
 * The KPIs of one supplier and period, as computed by the `compute*Kpis` functions; any may be left out.
 *
 * @example
 * ```ts
 * const kpis: SupplierKpis = { delivery: computeDeliveryKpis(d), quality: computeQualityKpis(q) };
 * ```
 */
export interface SupplierKpis {
  readonly delivery?: DeliveryKpis;
  readonly quality?: QualityKpis;
  readonly commercial?: CommercialKpis;
  readonly responsiveness?: ResponsivenessKpi;
}

/**
 * Turns KPIs into the measurements of {@link supplierPerformanceScorecard} (`onTime`, `qualityPassRate`,
 * `priceIndex`, `responseHours`, `cooperation`), as decimal strings. KPIs with `no-data` are left out, so the
 * scorecard's missing-measurement policy decides (use `reweight` to score on what was measured).
 *
 * @example
 * ```ts
 * const measurements = supplierKpisToMeasurements({ delivery, quality, commercial, responsiveness });
 * scoreSupplier({ ...supplierPerformanceScorecard(), missing: "reweight" }, measurements);
 * ```
 */
export function supplierKpisToMeasurements(kpis: SupplierKpis): ScoringMeasurements {
  const out: Record<string, string> = {};
  const put = (id: string, kpi: KpiValue | undefined) => {
    if (kpi?.status === "ok" && kpi.value !== null) out[id] = kpi.value.toString();
  };
  put("onTime", kpis.delivery?.onTimeByLine);
  put("qualityPassRate", kpis.quality?.passRate);
  put("priceIndex", kpis.commercial?.priceIndex);
  put("responseHours", kpis.responsiveness?.averageHours);
  put("cooperation", kpis.commercial?.cooperation);
  return out;
}
