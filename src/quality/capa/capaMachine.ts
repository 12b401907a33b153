import { defineMachine, type Snapshot } from "../../core/index.js";
import type { CapaStep } from "./capaDueDates.js";
import type { CapaEvent, CapaRecord } from "./capaRecord.js";

/**
 * States of a CAPA, one per open 8D step.
 *
 * @example
 * ```ts
 * const s: CapaState = "rootCause";
 * ```
 */
export type CapaState =
  | "team"
  | "containment"
  | "rootCause"
  | "correctiveAction"
  | "verification"
  | "prevention"
  | "closed"
  | "cancelled";

/**
 * A stored CAPA: the machine's snapshot with the {@link CapaRecord} as context.
 *
 * @example
 * ```ts
 * const snap: CapaSnapshot = openCapa(input, calendar);
 * ```
 */
export type CapaSnapshot = Snapshot<CapaState, CapaRecord>;

const done = (record: CapaRecord, step: CapaStep, on: string): CapaRecord => ({
  ...record,
  doneOn: { ...record.doneOn, [step]: on },
});

/**
 * CAPA as an 8D machine: team (D1) → containment (D3) → root cause (D4) → corrective action (D5/D6) →
 * verification → prevention (D7) → closed (D8). A verification that finds the action not effective sends the
 * report back to root cause. The problem description (D2) is given when the CAPA is opened.
 *
 * @example
 * ```ts
 * assertMachineWellFormed(capaMachine);
 * toMermaid(capaMachine);
 * ```
 */
export const capaMachine = defineMachine<CapaState, CapaEvent, CapaRecord>({
  id: "quality.capa",
  initial: "team",
  states: ["team", "containment", "rootCause", "correctiveAction", "verification", "prevention", "closed", "cancelled"],
  final: ["closed", "cancelled"],
  labels: {
    team: "D1 team 成立小组",
    containment: "D3 containment 临时围堵",
    rootCause: "D4 root cause 根本原因",
    correctiveAction: "D5-D6 corrective action 纠正措施",
    verification: "verification 效果验证",
    prevention: "D7 prevention 预防再发",
    closed: "D8 closed 结案",
    cancelled: "cancelled 已取消",
  },
  transitions: [
    {
      from: "team",
      event: "FORM_TEAM",
      to: "containment",
      update: (r, e) =>
        e.type === "FORM_TEAM" ? { ...done(r, "team", e.on), team: { leader: e.leader, members: e.members } } : r,
    },
    {
      from: "containment",
      event: "CONTAIN",
      to: "rootCause",
      update: (r, e) => (e.type === "CONTAIN" ? { ...done(r, "containment", e.on), containment: e.actions } : r),
    },
    {
      from: "rootCause",
      event: "IDENTIFY_ROOT_CAUSE",
      to: "correctiveAction",
      update: (r, e) =>
        e.type === "IDENTIFY_ROOT_CAUSE"
          ? {
              ...done(r, "rootCause", e.on),
              rootCause: {
                cause: e.cause,
                method: e.method,
                ...(e.escapePoint === undefined ? {} : { escapePoint: e.escapePoint }),
              },
            }
          : r,
    },
    {
      from: "correctiveAction",
      event: "PLAN_CORRECTIVE_ACTION",
      to: "verification",
      update: (r, e) =>
        e.type === "PLAN_CORRECTIVE_ACTION"
          ? { ...done(r, "correctiveAction", e.on), correctiveActions: e.actions }
          : r,
    },
    {
      from: "verification",
      event: "VERIFY",
      to: "prevention",
      guard: "effective",
      update: (r, e) =>
        e.type === "VERIFY"
          ? {
              ...done(r, "verification", e.on),
              verifications: [...r.verifications, { on: e.on, effective: e.effective, evidence: e.evidence }],
            }
          : r,
    },
    {
      from: "verification",
      event: "VERIFY",
      to: "rootCause",
      guard: "notEffective",
      update: (r, e) =>
        e.type === "VERIFY"
          ? { ...r, verifications: [...r.verifications, { on: e.on, effective: e.effective, evidence: e.evidence }] }
          : r,
    },
    {
      from: "prevention",
      event: "CLOSE",
      to: "closed",
      guard: "approverIsNotLeader",
      update: (r, e) =>
        e.type === "CLOSE"
          ? {
              ...done(done(r, "prevention", e.on), "closure", e.on),
              preventiveActions: e.preventiveActions,
              closedBy: e.approver,
            }
          : r,
    },
    {
      from: ["team", "containment", "rootCause", "correctiveAction", "verification", "prevention"],
      event: "CANCEL",
      to: "cancelled",
    },
  ],
  guards: {
    effective: (_r, e) => e.type === "VERIFY" && e.effective,
    notEffective: (_r, e) => e.type === "VERIFY" && !e.effective,
    approverIsNotLeader: (r, e) => e.type === "CLOSE" && e.approver !== r.team?.leader,
  },
});
