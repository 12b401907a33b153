export {
  type OutsourcedProcurementContext,
  type OutsourcedProcurementEvent,
  type OutsourcedProcurementState,
  outsourcedProcurementMachine,
} from "./outsourcedProcurementMachine.js";
export {
  type MilestoneStatus,
  type ProcurementMilestoneKind,
  type ProcurementPlan,
  type ProcurementPlanDurations,
  planProcurementMilestones,
  procurementMilestoneKindSchema,
  procurementPlanDurationsSchema,
  procurementPlanSchema,
  trackProcurementPlan,
} from "./procurementPlan.js";
export {
  type OutsourcedSettlement,
  type OutsourcedSettlementInput,
  outsourcedSettlementInputSchema,
  settleOutsourcedProcurement,
} from "./settleOutsourcedProcurement.js";
export {
  type OutsourcedDemand,
  outsourcedDemandSchema,
  type SourcingAgreement,
  sourcingAgreementSchema,
} from "./sourcingAgreementSchema.js";
