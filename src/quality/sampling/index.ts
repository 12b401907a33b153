export { aqlIndex, normalizeAql } from "./aql.js";
export {
  judgeLot,
  type LotAccepted,
  type LotJudgement,
  type LotRejected,
  type SecondSampleNeeded,
} from "./judgeLot.js";
export { samplingMessages } from "./messages.js";
export {
  type DefectClassPlan,
  type DefectClassRequirement,
  type DefectClassVerdict,
  judgeMultiClassLot,
  MULTI_CLASS_AQL_CHOICES,
  type MultiClassJudgement,
  type MultiClassPlanRequest,
  type MultiClassSamplingPlan,
  multiClassSamplingPlan,
} from "./multiClass.js";
export { type OcCurveSvgOptions, ocCurveSvg } from "./ocCurveSvg.js";
export {
  type AcceptanceBreakdown,
  acceptanceBreakdown,
  averageOutgoingQuality,
  averageOutgoingQualityLimit,
  averageSampleNumber,
  averageTotalInspection,
  limitingQuality,
  type OcCurveOptions,
  type OcModel,
  type OcOptions,
  type OcPlan,
  type OcPoint,
  operatingCharacteristicCurve,
  probabilityOfAcceptance,
  producersRisk,
} from "./operatingCharacteristics.js";
export { sampleSizeCodeLetter } from "./sampleSizeCodeLetter.js";
export {
  type DoubleSamplingPlan,
  type SamplingPlan,
  type SamplingPlanBasis,
  type SamplingPlanRequest,
  type SamplingStage,
  type SingleSamplingPlan,
  samplingPlan,
} from "./samplingPlan.js";
export { type SwitchingEvent, type SwitchingState, samplingSwitchingMachine } from "./switchingMachine.js";
export {
  createSwitchingContext,
  type InspectedLotOutcome,
  inspectedLotOutcome,
  type LimitNumberRow,
  reducedConditionsMet,
  type SwitchingContext,
  type SwitchingLotRecord,
  type SwitchingOptions,
} from "./switchingRules.js";
export { CODE_LETTER_TABLE } from "./tables/codeLetterTable.js";
export {
  DOUBLE_NORMAL_TABLE,
  DOUBLE_REDUCED_Z14_TABLE,
  DOUBLE_TIGHTENED_TABLE,
} from "./tables/doubleSamplingTables.js";
export type { MasterTable, MasterTableCell } from "./tables/masterTable.js";
export { masterTableCell, type ResolvedCell, resolveMasterTable } from "./tables/resolveMasterTable.js";
export {
  SINGLE_NORMAL_TABLE,
  SINGLE_REDUCED_ISO_TABLE,
  SINGLE_REDUCED_Z14_TABLE,
  SINGLE_TIGHTENED_TABLE,
} from "./tables/singleSamplingTables.js";
export {
  AQL_SERIES,
  type AqlValue,
  INSPECTION_LEVELS,
  type InspectionLevel,
  type InspectionSeverity,
  inspectionLevelSchema,
  inspectionSeveritySchema,
  type PlanCodeLetter,
  SAMPLE_SIZE_CODE_LETTERS,
  type SampleSizeCodeLetter,
  type SamplingEdition,
  type SamplingScheme,
  samplingEditionSchema,
  samplingSchemeSchema,
} from "./vocabulary.js";
