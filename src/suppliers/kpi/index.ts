export {
  type CommercialKpiInput,
  type CommercialKpis,
  commercialKpiInputSchema,
  computeCommercialKpis,
} from "./commercialKpis.js";
export {
  computeDeliveryKpis,
  type DeliveryKpiInput,
  type DeliveryKpis,
  deliveryKpiInputSchema,
} from "./deliveryKpis.js";
export { type DateRange, type KpiPeriod, kpiPeriodSchema, resolveKpiPeriod } from "./kpiPeriod.js";
export type { KpiValue } from "./kpiValue.js";
export { computeQualityKpis, type QualityKpiInput, type QualityKpis, qualityKpiInputSchema } from "./qualityKpis.js";
export {
  businessHoursBetween,
  computeResponsivenessKpi,
  type ResponsivenessKpi,
  type ResponsivenessKpiInput,
  responsivenessKpiInputSchema,
} from "./responsivenessKpi.js";
export { type SupplierKpis, supplierKpisToMeasurements } from "./supplierKpisToMeasurements.js";
