import type { ScorecardInput } from "./scorecardSchema.js";

const SURVEY_1_TO_5 = {
  kind: "lookup" as const,
  table: [
    { value: 1, points: 0 },
    { value: 2, points: 25 },
    { value: 3, points: 50 },
    { value: 4, points: 75 },
    { value: 5, points: 100 },
  ],
};

/**
 * Preset: the monthly supplier performance scorecard (供应商绩效评估) on the five KPIs the library derives from
 * events: on-time delivery % (交货准时率, 30), quality pass rate % (产品质量合格率, 30), price index vs. benchmark %
 * (价格合理性, 20, lower is better), after-sales response in business hours (售后服务响应速度, 10, lower is better)
 * and the average cooperation survey score 1..5 (合作配合度, 10). Measurement ids match {@link supplierKpisToMeasurements}. A fresh
 * object each call: adjust it freely.
 *
 * @example
 * ```ts
 * scoreSupplier(supplierPerformanceScorecard(), { onTime: 93.5, qualityPassRate: 98.2, priceIndex: 101, responseHours: 20, cooperation: 4 }).total.toFixed(2); // "71.46"
 * ```
 */
export function supplierPerformanceScorecard(): ScorecardInput {
  return {
    id: "supplier-performance",
    name: "Supplier performance",
    nameZh: "供应商绩效评估",
    criteria: [
      {
        id: "onTime",
        name: "On-time delivery %",
        nameZh: "交货准时率",
        weight: 30,
        direction: "higher-better",
        floor: 80,
        target: 98,
      },
      {
        id: "qualityPassRate",
        name: "Quality pass rate %",
        nameZh: "产品质量合格率",
        weight: 30,
        direction: "higher-better",
        floor: 95,
        target: "99.5",
      },
      {
        id: "priceIndex",
        name: "Price vs. benchmark %",
        nameZh: "价格合理性",
        weight: 20,
        direction: "lower-better",
        floor: 110,
        target: 95,
      },
      {
        id: "responseHours",
        name: "After-sales response (business hours)",
        nameZh: "售后服务响应速度",
        weight: 10,
        direction: "lower-better",
        floor: 72,
        target: 8,
      },
      {
        id: "cooperation",
        name: "Cooperation survey 1..5",
        nameZh: "合作配合度",
        weight: 10,
        direction: "higher-better",
        normalization: SURVEY_1_TO_5,
      },
    ],
  };
}

/**
 * Preset: screening of candidate suppliers at product admission (供应商筛选与评估): qualification audit score (20),
 * capacity cover % of the required monthly volume (15), QC system audit score (20), R&D capability score (10),
 * reputation survey 1..5 (10), quoted price vs. benchmark % (15, lower is better), after-sales terms score (10).
 * Audit scores are 0..100 from the host's checklists.
 *
 * @example
 * ```ts
 * scoreSupplier(admissionScreeningScorecard(), { qualification: 95, capacity: 200, qcSystem: 90, rnd: 85, reputation: 5, price: 95, afterSales: 90 }).grade; // "A"
 * ```
 */
export function admissionScreeningScorecard(): ScorecardInput {
  return {
    id: "admission-screening",
    name: "Supplier screening at admission",
    nameZh: "供应商筛选与评估",
    criteria: [
      {
        id: "qualification",
        name: "Qualification audit score",
        nameZh: "资质审核",
        weight: 20,
        direction: "higher-better",
        floor: 60,
        target: 95,
      },
      {
        id: "capacity",
        name: "Capacity cover % of required volume",
        nameZh: "生产能力",
        weight: 15,
        direction: "higher-better",
        floor: 100,
        target: 200,
      },
      {
        id: "qcSystem",
        name: "QC system audit score",
        nameZh: "质量控制体系",
        weight: 20,
        direction: "higher-better",
        floor: 50,
        target: 90,
      },
      {
        id: "rnd",
        name: "R&D capability score",
        nameZh: "研发能力",
        weight: 10,
        direction: "higher-better",
        floor: 40,
        target: 85,
      },
      {
        id: "reputation",
        name: "Reputation survey 1..5",
        nameZh: "信誉",
        weight: 10,
        direction: "higher-better",
        normalization: SURVEY_1_TO_5,
      },
      {
        id: "price",
        name: "Quoted price vs. benchmark %",
        nameZh: "价格",
        weight: 15,
        direction: "lower-better",
        floor: 115,
        target: 95,
      },
      {
        id: "afterSales",
        name: "After-sales terms score",
        nameZh: "售后服务",
        weight: 10,
        direction: "higher-better",
        floor: 50,
        target: 90,
      },
    ],
  };
}

/**
 * Preset: rating of logistics partners (物流服务商评估): on-time % (30), loss and damage % of shipments (20, lower is
 * better), price vs. benchmark % (20, lower is better), customs clearance success % (15), responsiveness in hours
 * (15, lower is better).
 *
 * @example
 * ```ts
 * scoreSupplier(logisticsPartnerRatingScorecard(), { onTime: 98, lossDamage: "0.1", price: 95, clearance: "99.5", responsiveness: 2 }).total.toFixed(2); // "100.00"
 * ```
 */
export function logisticsPartnerRatingScorecard(): ScorecardInput {
  return {
    id: "logistics-partner",
    name: "Logistics partner rating",
    nameZh: "物流服务商评估",
    criteria: [
      {
        id: "onTime",
        name: "On-time %",
        nameZh: "准时率",
        weight: 30,
        direction: "higher-better",
        floor: 85,
        target: 98,
      },
      {
        id: "lossDamage",
        name: "Loss and damage %",
        nameZh: "丢失破损率",
        weight: 20,
        direction: "lower-better",
        floor: "1.0",
        target: "0.1",
      },
      {
        id: "price",
        name: "Price vs. benchmark %",
        nameZh: "价格",
        weight: 20,
        direction: "lower-better",
        floor: 115,
        target: 95,
      },
      {
        id: "clearance",
        name: "Customs clearance success %",
        nameZh: "清关成功率",
        weight: 15,
        direction: "higher-better",
        floor: 95,
        target: "99.5",
      },
      {
        id: "responsiveness",
        name: "Responsiveness (hours)",
        nameZh: "响应速度",
        weight: 15,
        direction: "lower-better",
        floor: 24,
        target: 2,
      },
    ],
  };
}
