import { defineMachine, type Effect, type Machine } from "../../core/index.js";
import { tallyBoardVotes } from "../board/tallyBoardVotes.js";
import { approvalBlockers } from "./approvalBlockers.js";
import type { ProposalContext, ProposalEvent, ProposalResumeStage, ProposalState } from "./proposalTypes.js";

type Ev<T extends ProposalEvent["type"]> = Extract<ProposalEvent, { type: T }>;
const is = <T extends ProposalEvent["type"]>(event: ProposalEvent, type: T): event is Ev<T> => event.type === type;

const ACTIVE: ProposalState[] = [
  "drafted",
  "researching",
  "sourcing",
  "sampling",
  "complianceReview",
  "atReviewBoard",
  "sentBack",
];
const RESUME_STAGES: ProposalResumeStage[] = ["researching", "sourcing", "sampling", "complianceReview"];

const resumeGuard = (stage: ProposalResumeStage) => (ctx: ProposalContext, event: ProposalEvent) => {
  if (!is(event, "RESUBMIT") || event.resumeAt !== stage) return false;
  const answered = new Set(event.responses.map((r) => r.changeId));
  return ctx.requiredChanges.every((change) => answered.has(change.id));
};

const resumeGuardName = (stage: ProposalResumeStage) => `resumesAt${stage[0]?.toUpperCase()}${stage.slice(1)}`;

const boardSays = (outcome: string) => (ctx: ProposalContext) =>
  tallyBoardVotes(ctx.board, ctx.votes).outcome === outcome;

/**
 * The admission proposal workflow (新品准入流程) as data. Every step is recorded in the snapshot's history with who,
 * when and why (pass a `StepMeta`; {@link advanceProposal} requires it).
 *
 * Guards: `researchRecorded` (to start sourcing), `hasShortlist` (to request samples), `onShortlist` (sample results
 * and selection concern shortlisted suppliers), `sampleApproved` (the selected supplier's sample passed),
 * `complianceRecorded` (to go to the board), `isBoardMember` (to vote), `approvalClear` (no
 * {@link approvalBlockers} on the decision date: compliance clear, board approves), `boardRejects`, `boardSendsBack`,
 * and `resumesAt<Stage>` (a resubmission answers every required change).
 *
 * Effects: `proposal-approved` (with the quality plan for the quality area), `proposal-rejected`, `proposal-sent-back`.
 *
 * @example
 * ```ts
 * assertMachineWellFormed(proposalMachine);
 * toMermaid(proposalMachine); // the diagram in docs/admission.md
 * ```
 */
export const proposalMachine: Machine<ProposalState, ProposalEvent, ProposalContext> = defineMachine<
  ProposalState,
  ProposalEvent,
  ProposalContext
>({
  id: "admission-proposal",
  initial: "drafted",
  states: [...ACTIVE, "approved", "rejected", "withdrawn"],
  final: ["approved", "rejected", "withdrawn"],
  labels: {
    drafted: "drafted 草拟",
    researching: "researching 市场调研",
    sourcing: "sourcing 供应商筛选",
    sampling: "sampling 样品评估",
    complianceReview: "complianceReview 合规审查",
    atReviewBoard: "atReviewBoard 评审会议",
    sentBack: "sentBack 退回改进",
    approved: "approved 批准准入",
    rejected: "rejected 拒绝准入",
    withdrawn: "withdrawn 撤回",
  },
  transitions: [
    { from: "drafted", event: "START_RESEARCH", to: "researching" },
    {
      from: "researching",
      event: "RECORD_RESEARCH",
      to: "researching",
      update: (ctx, e) => (is(e, "RECORD_RESEARCH") ? { ...ctx, research: e.research } : ctx),
    },
    { from: "researching", event: "START_SOURCING", to: "sourcing", guard: "researchRecorded" },
    {
      from: "sourcing",
      event: "SHORTLIST",
      to: "sourcing",
      update: (ctx, e) => (is(e, "SHORTLIST") ? { ...ctx, shortlist: [...new Set(e.supplierIds)] } : ctx),
    },
    { from: "sourcing", event: "REQUEST_SAMPLES", to: "sampling", guard: "hasShortlist" },
    {
      from: "sampling",
      event: "RECORD_SAMPLE_RESULT",
      to: "sampling",
      guard: "onShortlist",
      update: (ctx, e) => {
        if (!is(e, "RECORD_SAMPLE_RESULT")) return ctx;
        const result = {
          supplierId: e.supplierId,
          passed: e.passed,
          ...(e.reference ? { reference: e.reference } : {}),
        };
        return { ...ctx, sampleResults: [...ctx.sampleResults.filter((r) => r.supplierId !== e.supplierId), result] };
      },
    },
    {
      from: "sampling",
      event: "SELECT_SUPPLIER",
      to: "complianceReview",
      guard: "sampleApproved",
      update: (ctx, e) => (is(e, "SELECT_SUPPLIER") ? { ...ctx, selectedSupplierId: e.supplierId } : ctx),
    },
    { from: "complianceReview", event: "RECORD_COMPLIANCE", to: "complianceReview", update: recordCompliance },
    { from: "atReviewBoard", event: "RECORD_COMPLIANCE", to: "atReviewBoard", update: recordCompliance },
    { from: "complianceReview", event: "SUBMIT_TO_BOARD", to: "atReviewBoard", guard: "complianceRecorded" },
    {
      from: "atReviewBoard",
      event: "VOTE",
      to: "atReviewBoard",
      guard: "isBoardMember",
      update: (ctx, e) =>
        is(e, "VOTE") ? { ...ctx, votes: [...ctx.votes.filter((v) => v.memberId !== e.vote.memberId), e.vote] } : ctx,
    },
    {
      from: "atReviewBoard",
      event: "APPROVE",
      to: "approved",
      guard: "approvalClear",
      update: (ctx, e) => {
        return is(e, "APPROVE") ? { ...ctx, decidedOn: e.decidedOn, conditions: approvalConditions(ctx, e) } : ctx;
      },
      effects: (ctx, e) => approvedEffects(ctx, e),
    },
    {
      from: "atReviewBoard",
      event: "REJECT",
      to: "rejected",
      guard: "boardRejects",
      update: (ctx, e) => (is(e, "REJECT") ? { ...ctx, decidedOn: e.decidedOn } : ctx),
      effects: (ctx) => [{ type: "proposal-rejected", proposalId: ctx.proposalId }],
    },
    {
      from: "atReviewBoard",
      event: "SEND_BACK",
      to: "sentBack",
      guard: "boardSendsBack",
      update: (ctx, e) => (is(e, "SEND_BACK") ? { ...ctx, requiredChanges: e.changes, changeResponses: [] } : ctx),
      effects: (ctx, e) => [
        { type: "proposal-sent-back", proposalId: ctx.proposalId, changes: is(e, "SEND_BACK") ? e.changes : [] },
      ],
    },
    ...RESUME_STAGES.map((stage) => ({
      from: "sentBack" as const,
      event: "RESUBMIT" as const,
      to: stage,
      guard: resumeGuardName(stage),
      update: (ctx: ProposalContext, e: ProposalEvent) =>
        is(e, "RESUBMIT") ? { ...ctx, round: ctx.round + 1, votes: [], changeResponses: e.responses } : ctx,
    })),
    { from: ACTIVE, event: "WITHDRAW", to: "withdrawn" },
  ],
  guards: {
    researchRecorded: (ctx) => ctx.research !== undefined,
    hasShortlist: (ctx) => ctx.shortlist.length > 0,
    onShortlist: (ctx, e) => is(e, "RECORD_SAMPLE_RESULT") && ctx.shortlist.includes(e.supplierId),
    sampleApproved: (ctx, e) =>
      is(e, "SELECT_SUPPLIER") && ctx.sampleResults.some((r) => r.supplierId === e.supplierId && r.passed),
    complianceRecorded: (ctx) => ctx.compliance !== undefined,
    isBoardMember: (ctx, e) => is(e, "VOTE") && ctx.board.members.some((m) => m.id === e.vote.memberId),
    approvalClear: (ctx, e) => is(e, "APPROVE") && approvalBlockers(ctx, e.decidedOn).length === 0,
    boardRejects: boardSays("reject"),
    boardSendsBack: boardSays("improve"),
    ...Object.fromEntries(RESUME_STAGES.map((stage) => [resumeGuardName(stage), resumeGuard(stage)])),
  },
});

function recordCompliance(ctx: ProposalContext, e: ProposalEvent): ProposalContext {
  return is(e, "RECORD_COMPLIANCE") ? { ...ctx, compliance: e.review } : ctx;
}

function approvalConditions(ctx: ProposalContext, e: Ev<"APPROVE">): string[] {
  return [...new Set([...tallyBoardVotes(ctx.board, ctx.votes).conditions, ...(e.conditions ?? [])])];
}

function approvedEffects(ctx: ProposalContext, e: ProposalEvent): Effect[] {
  if (!is(e, "APPROVE") || ctx.selectedSupplierId === undefined) return [];
  const conditions = approvalConditions(ctx, e);
  const qualityPlan = {
    productId: ctx.productId,
    supplierId: ctx.selectedSupplierId,
    approvedOn: e.decidedOn,
    ...ctx.qualityRequirements,
    conditions,
  };
  return [
    {
      type: "proposal-approved",
      proposalId: ctx.proposalId,
      productId: ctx.productId,
      supplierId: ctx.selectedSupplierId,
    },
    { type: "quality-plan-issued", plan: qualityPlan },
  ];
}
