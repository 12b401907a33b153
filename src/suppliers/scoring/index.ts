export {
  type AhpComparisons,
  type AhpInconsistent,
  type AhpWeights,
  ahpComparisonsSchema,
  deriveAhpWeights,
  saatyRandomIndex,
} from "./ahpWeights.js";
export {
  admissionScreeningScorecard,
  logisticsPartnerRatingScorecard,
  supplierPerformanceScorecard,
} from "./presets.js";
export * from "./scorecardSchema.js";
export {
  type CriterionScore,
  type ScoreSupplierOptions,
  type SupplierScore,
  scoreSupplier,
  scoreSuppliers,
} from "./scoreSupplier.js";
