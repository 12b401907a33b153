/**
 * Quality: ISO 2859-1 / ANSI/ASQ Z1.4 sampling plans and operating characteristics, IQC / IPQC / OQC inspections,
 * nonconformance reports, CAPA and quality events. See docs/quality.md.
 *
 * @packageDocumentation
 */

export {
  applyCapaEvent,
  type CapaStepTiming,
  capaTimeliness,
  openCapa,
} from "./capa/applyCapaEvent.js";
export {
  type CapaDueDatePolicy,
  type CapaStep,
  capaDueDatePolicySchema,
  capaDueDates,
  capaSteps,
  defaultCapaDueDatePolicy,
} from "./capa/capaDueDates.js";
export { type CapaSnapshot, type CapaState, capaMachine } from "./capa/capaMachine.js";
export {
  type CapaEvent,
  type CapaRecord,
  capaEventSchema,
  capaInputSchema,
  capaRecordSchema,
} from "./capa/capaRecord.js";
export {
  type ChecklistItem,
  checklistItemSchema,
  checklistSchema,
  type SpecLimits,
  specLimitsSchema,
} from "./checklist/checklistItem.js";
export { judgeMeasurement, type MeasurementVerdict, measuredValueSchema } from "./checklist/judgeMeasurement.js";
export {
  createDefectCatalog,
  type DefectCatalog,
  type DefectClass,
  type DefectType,
  defectCatalogSchema,
  defectClassSchema,
  defectTypeSchema,
  standardDefectClasses,
} from "./defects/defectCatalog.js";
export { parseQualityEvents, type QualityEvent, qualityEventSchema } from "./events/qualityEvent.js";
export { qualityEventsOf } from "./events/qualityEventsOf.js";
export { applyInspectionEvent, createInspection, inspectionEventSchema } from "./inspection/applyInspectionEvent.js";
export {
  type InspectionEvent,
  type InspectionSnapshot,
  type InspectionState,
  inspectionMachine,
  inspectionQualityEvents,
} from "./inspection/inspectionMachine.js";
export {
  type Finding,
  findingSchema,
  type InspectionLot,
  type InspectionRecord,
  inspectionInputSchema,
  inspectionLotSchema,
  inspectionRecordSchema,
  type Measurement,
  measurementSchema,
  type NonconformityCounting,
} from "./inspection/inspectionRecord.js";
export { type InspectionVerdict, judgeInspection } from "./inspection/inspectionVerdict.js";
export { overduePatrolRounds, type PatrolRound, planPatrolRounds } from "./inspection/patrolRounds.js";
export {
  type ClassPlan,
  type ClassVerdict,
  classPlanSchema,
  classVerdictSchema,
  type InspectionPlan,
  inspectionPlanSchema,
} from "./inspection/planData.js";
export { type PlannedInspectionClass, planInspectionClasses } from "./inspection/samplingSeam.js";
export {
  type ClassTally,
  type DefectTally,
  type InspectionTally,
  tallyInspection,
} from "./inspection/tallyInspection.js";
export { defectPareto, type ParetoRow } from "./metrics/defectPareto.js";
export { firstPassYield } from "./metrics/firstPassYield.js";
export { lotAcceptanceRate } from "./metrics/lotAcceptanceRate.js";
export { inspectionPpm, partsPerMillion } from "./metrics/partsPerMillion.js";
export { type QualityEventFilter, qualityEventFilterSchema } from "./metrics/selectQualityEvents.js";
export { applyNcrEvent, openNcr } from "./ncr/applyNcrEvent.js";
export {
  checkDispositions,
  type DispositionAction,
  type DispositionLine,
  type DispositionMismatch,
  type DispositionSummary,
  dispositionActions,
  dispositionLineSchema,
} from "./ncr/disposition.js";
export { type NcrEvent, ncrEventSchema } from "./ncr/ncrEvent.js";
export { type NcrSnapshot, type NcrState, ncrMachine } from "./ncr/ncrMachine.js";
export { type NcrRecord, ncrInputSchema, ncrRecordSchema } from "./ncr/ncrRecord.js";
export { type NcrRequest, ncrRequestOf } from "./ncr/ncrRequestOf.js";
export { qualityMessages } from "./qualityMessages.js";
export * from "./sampling/index.js";
