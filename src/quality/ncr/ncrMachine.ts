import { defineMachine, type Effect, type Snapshot } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { balanceDispositions, type DispositionLine } from "./disposition.js";
import type { NcrEvent } from "./ncrEvent.js";
import type { NcrRecord } from "./ncrRecord.js";

/**
 * States of an NCR.
 *
 * @example
 * ```ts
 * const s: NcrState = "awaitingApproval";
 * ```
 */
export type NcrState = "open" | "awaitingApproval" | "inExecution" | "closed" | "cancelled";

/**
 * A stored NCR: the machine's snapshot with the {@link NcrRecord} as context.
 *
 * @example
 * ```ts
 * const snap: NcrSnapshot = openNcr(input);
 * ```
 */
export type NcrSnapshot = Snapshot<NcrState, NcrRecord>;

const needsApproval = (lines: readonly DispositionLine[]) =>
  lines.some((l) => l.action === "concession" && l.approvedBy === undefined);

/** @internal the disposition lines after an event, or undefined when the event does not change them. */
export function linesAfter(record: NcrRecord, event: NcrEvent): readonly DispositionLine[] | undefined {
  if (event.type === "PROPOSE_DISPOSITION") return event.lines;
  if (event.type === "RECORD_SORT_RESULT") {
    const lines = record.dispositions.map((l, i) =>
      i === event.line ? { ...l, result: { passed: event.passed, failed: event.failed } } : l,
    );
    return [...lines, ...event.followUp.map((l) => ({ ...l, from: event.line }))];
  }
  return undefined;
}

const withLines = (record: NcrRecord, event: NcrEvent): NcrRecord => {
  const lines = linesAfter(record, event);
  if (lines === undefined) return record;
  const proposedBy = event.type === "PROPOSE_DISPOSITION" ? event.by : record.proposedBy;
  return { ...record, dispositions: [...lines], ...(proposedBy === undefined ? {} : { proposedBy }) };
};

const balanced = (r: NcrRecord, e: NcrEvent) => {
  const lines = linesAfter(r, e);
  return lines !== undefined && balanceDispositions(r.quantity, lines).ok;
};

function claimEvent(record: NcrRecord, event: NcrEvent): QualityEvent[] {
  const supplierId = record.lot.supplierId;
  if (supplierId === undefined) return [];
  const base = { schemaVersion: 1 as const, supplierId, sku: record.lot.sku };
  if (event.type === "OPEN_CLAIM")
    return [
      {
        ...base,
        id: `${event.claimId}:opened`,
        type: "claim-opened",
        at: event.at,
        claimId: event.claimId,
        ncrId: record.id,
        reason: event.reason,
        quantity: record.quantity,
        ...(event.amount === undefined ? {} : { amount: event.amount }),
      },
    ];
  if (event.type === "RECORD_CLAIM_ANSWER" && record.claim)
    return [
      {
        ...base,
        id: `${record.claim.claimId}:answered`,
        type: "claim-answered",
        at: event.at,
        claimId: record.claim.claimId,
        answer: event.answer,
        ...(event.note === undefined ? {} : { note: event.note }),
      },
    ];
  return [];
}

const claimEffects = (record: NcrRecord, event: NcrEvent): readonly Effect[] => [
  { type: "emit-quality-events", events: claimEvent(record, event) },
];

const claimRowsFrom: readonly NcrState[] = ["open", "awaitingApproval", "inExecution"];

/**
 * The NCR as a machine: open → (disposition proposed) → awaiting approval when a concession needs one → in
 * execution (sort results recorded, follow-up lines for the units a sort rejects) → closed once every unit is
 * accounted for. A supplier claim can be opened and answered along the way; both emit quality events.
 *
 * @example
 * ```ts
 * assertMachineWellFormed(ncrMachine);
 * toMermaid(ncrMachine);
 * ```
 */
export const ncrMachine = defineMachine<NcrState, NcrEvent, NcrRecord>({
  id: "quality.ncr",
  initial: "open",
  states: ["open", "awaitingApproval", "inExecution", "closed", "cancelled"],
  final: ["closed", "cancelled"],
  labels: {
    open: "open 待处理",
    awaitingApproval: "awaiting approval 待审批",
    inExecution: "in execution 处理中",
    closed: "closed 已关闭",
    cancelled: "cancelled 已取消",
  },
  transitions: [
    {
      from: ["open", "inExecution"],
      event: "PROPOSE_DISPOSITION",
      to: "awaitingApproval",
      guard: "balancedWithConcession",
      update: withLines,
    },
    {
      from: ["open", "inExecution"],
      event: "PROPOSE_DISPOSITION",
      to: "inExecution",
      guard: "balanced",
      update: withLines,
    },
    {
      from: "inExecution",
      event: "RECORD_SORT_RESULT",
      to: "awaitingApproval",
      guard: "balancedWithConcession",
      update: withLines,
    },
    { from: "inExecution", event: "RECORD_SORT_RESULT", to: "inExecution", guard: "balanced", update: withLines },
    {
      from: "awaitingApproval",
      event: "APPROVE_CONCESSION",
      to: "inExecution",
      guard: "approverIsNotProposer",
      update: (r, e) =>
        e.type === "APPROVE_CONCESSION"
          ? {
              ...r,
              dispositions: r.dispositions.map((l) =>
                l.action === "concession" && l.approvedBy === undefined ? { ...l, approvedBy: e.approver } : l,
              ),
            }
          : r,
    },
    {
      from: "awaitingApproval",
      event: "REJECT_CONCESSION",
      to: "open",
      update: (r) => {
        const { proposedBy: _p, ...rest } = r;
        return { ...rest, dispositions: [] };
      },
    },
    ...claimRowsFrom.map((state) => ({
      from: state,
      event: "OPEN_CLAIM" as const,
      to: state,
      guard: "claimCanOpen",
      update: openClaim,
      effects: claimEffects,
    })),
    ...claimRowsFrom.map((state) => ({
      from: state,
      event: "RECORD_CLAIM_ANSWER" as const,
      to: state,
      guard: "claimAwaitsAnswer",
      update: (r: NcrRecord, e: NcrEvent) =>
        e.type === "RECORD_CLAIM_ANSWER" && r.claim
          ? { ...r, claim: { ...r.claim, answeredAt: e.at, answer: e.answer } }
          : r,
      effects: claimEffects,
    })),
    {
      from: "inExecution",
      event: "CLOSE",
      to: "closed",
      guard: "everyUnitDisposed",
      update: (r, e) => (e.type === "CLOSE" ? { ...r, closedAt: e.at } : r),
    },
    { from: "open", event: "CANCEL", to: "cancelled" },
  ],
  guards: {
    balancedWithConcession: (r, e) => balanced(r, e) && needsApproval(linesAfter(r, e) ?? []),
    balanced: (r, e) => balanced(r, e) && !needsApproval(linesAfter(r, e) ?? []),
    approverIsNotProposer: (r, e) => e.type === "APPROVE_CONCESSION" && e.approver !== r.proposedBy,
    claimCanOpen: (r) => r.claim === undefined && r.lot.supplierId !== undefined,
    claimAwaitsAnswer: (r) => r.claim !== undefined && r.claim.answeredAt === undefined,
    everyUnitDisposed: (r) => {
      const summary = balanceDispositions(r.quantity, r.dispositions);
      return summary.ok && summary.value.awaitingSort === 0 && !needsApproval(r.dispositions);
    },
  },
});

function openClaim(record: NcrRecord, event: NcrEvent): NcrRecord {
  if (event.type !== "OPEN_CLAIM") return record;
  return {
    ...record,
    claim: {
      claimId: event.claimId,
      openedAt: event.at,
      reason: event.reason,
      ...(event.amount === undefined ? {} : { amount: event.amount }),
    },
  };
}
