import * as z from "zod";
import { localDateSchema } from "../../core/index.js";
import { type BoardVote, boardVoteSchema, type ReviewBoard } from "../board/reviewBoard.js";
import type { ComplianceReview } from "../compliance/reviewCompliance.js";
import { type MarketResearch, marketResearchSchema } from "../research/marketResearch.js";
import { nonEmptySchema } from "../shared/schemas.js";
import type { QualityRequirements } from "../tieins/qualityPlan.js";

/**
 * The states of an admission proposal (新品准入): drafted, market research, supplier sourcing, sampling, compliance
 * review, at the review board, then approved, rejected, sent back to improve, or withdrawn.
 *
 * @example
 * ```ts
 * const state: ProposalState = "atReviewBoard";
 * ```
 */
export type ProposalState =
  | "drafted"
  | "researching"
  | "sourcing"
  | "sampling"
  | "complianceReview"
  | "atReviewBoard"
  | "sentBack"
  | "approved"
  | "rejected"
  | "withdrawn";

/**
 * The stages a proposal sent back can resume at.
 *
 * @example
 * ```ts
 * const stage: ProposalResumeStage = "sampling";
 * ```
 */
export type ProposalResumeStage = "researching" | "sourcing" | "sampling" | "complianceReview";

/**
 * Something the board requires to change before a resubmission, and at which stage it is to be done.
 *
 * @example
 * ```ts
 * const change: RequiredChange = { id: "C1", description: "Get a UN38.3 report from an accredited lab", stage: "complianceReview" };
 * ```
 */
export interface RequiredChange {
  readonly id: string;
  readonly description: string;
  readonly stage: ProposalResumeStage;
}

/**
 * What a proposal carries through its workflow. Plain data: store the snapshot as JSON.
 *
 * @example
 * ```ts
 * const ctx: ProposalContext = createProposal(input).context;
 * ```
 */
export interface ProposalContext {
  readonly proposalId: string;
  readonly productId: string;
  readonly productName: string;
  readonly category: string;
  readonly markets: readonly string[];
  readonly board: ReviewBoard;
  readonly qualityRequirements: QualityRequirements;
  /** 1 for the first submission, +1 for each resubmission. */
  readonly round: number;
  readonly research?: MarketResearch;
  readonly shortlist: readonly string[];
  readonly sampleResults: readonly {
    readonly supplierId: string;
    readonly passed: boolean;
    readonly reference?: string;
  }[];
  readonly selectedSupplierId?: string;
  readonly compliance?: ComplianceReview;
  /** Votes of the current round. */
  readonly votes: readonly BoardVote[];
  /** The changes required by the last send-back, with the responses once resubmitted. */
  readonly requiredChanges: readonly RequiredChange[];
  readonly changeResponses: readonly { readonly changeId: string; readonly response: string }[];
  readonly conditions: readonly string[];
  readonly decidedOn?: string;
}

const resumeStageSchema = z.enum(["researching", "sourcing", "sampling", "complianceReview"]);

/**
 * Schema of every event a proposal accepts; {@link advanceProposal} validates events with it.
 *
 * @example
 * ```ts
 * proposalEventSchema.parse({ type: "SHORTLIST", supplierIds: ["SUP-1", "SUP-2"] });
 * ```
 */
export const proposalEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("START_RESEARCH") }),
  z.object({ type: z.literal("RECORD_RESEARCH"), research: marketResearchSchema }),
  z.object({ type: z.literal("START_SOURCING") }),
  z.object({ type: z.literal("SHORTLIST"), supplierIds: z.array(nonEmptySchema).min(1) }),
  z.object({ type: z.literal("REQUEST_SAMPLES") }),
  z.object({
    type: z.literal("RECORD_SAMPLE_RESULT"),
    supplierId: nonEmptySchema,
    passed: z.boolean(),
    reference: z.string().optional(),
  }),
  z.object({ type: z.literal("SELECT_SUPPLIER"), supplierId: nonEmptySchema }),
  z.object({
    type: z.literal("RECORD_COMPLIANCE"),
    review: z.custom<ComplianceReview>(isComplianceReview, { message: "must be a review from reviewCompliance()" }),
  }),
  z.object({ type: z.literal("SUBMIT_TO_BOARD") }),
  z.object({ type: z.literal("VOTE"), vote: boardVoteSchema }),
  z.object({ type: z.literal("APPROVE"), decidedOn: localDateSchema, conditions: z.array(nonEmptySchema).optional() }),
  z.object({ type: z.literal("REJECT"), decidedOn: localDateSchema }),
  z.object({
    type: z.literal("SEND_BACK"),
    changes: z
      .array(z.object({ id: nonEmptySchema, description: nonEmptySchema, stage: resumeStageSchema }))
      .min(1, { message: "say what must change" }),
  }),
  z.object({
    type: z.literal("RESUBMIT"),
    resumeAt: resumeStageSchema,
    responses: z.array(z.object({ changeId: nonEmptySchema, response: nonEmptySchema })),
  }),
  z.object({ type: z.literal("WITHDRAW") }),
]);

/**
 * An event of the proposal machine.
 *
 * @example
 * ```ts
 * const event: ProposalEvent = { type: "APPROVE", decidedOn: "2026-06-10" };
 * ```
 */
export type ProposalEvent = z.output<typeof proposalEventSchema>;

function isComplianceReview(value: unknown): value is ComplianceReview {
  if (typeof value !== "object" || value === null) return false;
  const review = value as Partial<ComplianceReview>;
  return typeof review.asOf === "string" && Array.isArray(review.required) && typeof review.clear === "boolean";
}
