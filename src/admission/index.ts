/**
 * New-product admission and development: the admission proposal as a traceable workflow, unit economics, supplier
 * screening, samples, compliance review, the review board, stage-gate development with a critical-path plan,
 * engineering changes, and the tie-ins to purchasing and quality. See docs/admission.md.
 *
 * @packageDocumentation
 */

export { type BoardVote, boardVoteSchema, type ReviewBoard, reviewBoardSchema } from "./board/reviewBoard.js";
export { type BoardOutcome, type BoardTally, tallyBoardVotes } from "./board/tallyBoardVotes.js";
export {
  type ComplianceCatalog,
  type ComplianceRequirement,
  complianceCatalogSchema,
  complianceRequirementKindSchema,
  complianceRequirementSchema,
} from "./compliance/complianceCatalog.js";
export {
  type ComplianceEvidence,
  type ComplianceEvidenceInput,
  complianceEvidenceSchema,
  evidenceOutcomeSchema,
} from "./compliance/complianceEvidence.js";
export { complianceGapsOn } from "./compliance/complianceGapsOn.js";
export {
  type ComplianceItemStatus,
  type ComplianceReview,
  type ComplianceReviewItem,
  type ComplianceSubject,
  complianceSubjectSchema,
  reviewCompliance,
} from "./compliance/reviewCompliance.js";
export { SAMPLE_COMPLIANCE_CATALOG } from "./compliance/sampleComplianceCatalog.js";
export { advanceDevelopment, startDevelopment } from "./development/advanceDevelopment.js";
export {
  applyEngineeringChange,
  type EngineeringChangeContext,
  type EngineeringChangeEvent,
  type EngineeringChangeState,
  engineeringChangeMachine,
  nextSpecificationRevision,
  raiseEngineeringChange,
  type Specification,
  specificationSchema,
} from "./development/engineeringChange.js";
export {
  type DevelopmentStage,
  developmentStageSchema,
  evaluateGateReview,
  type GateEvaluation,
  type GateReview,
  gateReviewSchema,
  SAMPLE_STAGE_GATE_TEMPLATE,
} from "./development/gateReview.js";
export {
  type DevelopmentPlan,
  type DevelopmentSchedule,
  developmentPlanSchema,
  type ScheduledTask,
  scheduleDevelopmentPlan,
} from "./development/scheduleDevelopmentPlan.js";
export {
  type DevelopmentContext,
  type DevelopmentEvent,
  type DevelopmentState,
  stageGateMachine,
} from "./development/stageGateMachine.js";
export type { BreakEvenPrice, NoBreakEvenPrice } from "./economics/breakEvenPrice.js";
export {
  computeUnitEconomics,
  type UnitEconomics,
  type UnitEconomicsLine,
  type UnitEconomicsLineKey,
} from "./economics/computeUnitEconomics.js";
export {
  type MarketplaceFeeSchedule,
  marketplaceFeeScheduleSchema,
  type ResolvedReferralFee,
  resolveReferralFee,
  SAMPLE_AMAZON_DE_REFERRAL_FEES,
  SAMPLE_AMAZON_US_REFERRAL_FEES,
} from "./economics/marketplaceFeeSchedule.js";
export {
  type ReferralFeeInput,
  referralFeeSchema,
  type UnitEconomicsInput,
  type UnitLandedCostInput,
  unitEconomicsInputSchema,
  unitLandedCostInputSchema,
} from "./economics/unitEconomicsInput.js";
export { admissionMessages } from "./messages.js";
export { advanceProposal } from "./proposal/advanceProposal.js";
export { type ApprovalBlocker, approvalBlockers } from "./proposal/approvalBlockers.js";
export { createProposal, type NewProposal, newProposalSchema } from "./proposal/createProposal.js";
export { proposalMachine } from "./proposal/proposalMachine.js";
export {
  type ProposalContext,
  type ProposalEvent,
  type ProposalResumeStage,
  type ProposalState,
  proposalEventSchema,
  type RequiredChange,
} from "./proposal/proposalTypes.js";
export { type MarketResearch, type MarketResearchInput, marketResearchSchema } from "./research/marketResearch.js";
export { compareSamples, type SampleComparison, type SampleComparisonRow } from "./samples/compareSamples.js";
export {
  evaluateSample,
  type SampleCheck,
  type SampleCheckResult,
  type SampleEvaluation,
  type SampleEvaluationInput,
  sampleAspectSchema,
  sampleCheckSchema,
  sampleEvaluationInputSchema,
} from "./samples/sampleEvaluation.js";
export {
  requestSample,
  type SampleRequestContext,
  type SampleRequestEvent,
  type SampleRequestState,
  sampleRequestMachine,
} from "./samples/sampleRequestMachine.js";
export {
  ADMISSION_SUPPLIER_CRITERIA,
  type RankedSupplierCandidate,
  rankSupplierCandidates,
  type SupplierCandidate,
  type SupplierScorer,
} from "./screening/rankSupplierCandidates.js";
export {
  type AdmittedProductRef,
  canIssuePurchaseOrder,
  purchaseOrderBlockers,
  type SupplierApprovalRef,
} from "./tieins/purchaseOrderGate.js";
export {
  DEFAULT_ADMISSION_QUALITY_REQUIREMENTS,
  type ProductQualityPlan,
  productQualityPlanSchema,
  type QualityRequirements,
  qualityRequirementsSchema,
} from "./tieins/qualityPlan.js";
