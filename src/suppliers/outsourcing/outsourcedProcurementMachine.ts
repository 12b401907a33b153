import { defineMachine } from "../../core/index.js";

/**
 * States of a supplier-assisted (outsourced) procurement (协助外采).
 *
 * @example
 * ```ts
 * const s: OutsourcedProcurementState = "in-progress";
 * ```
 */
export type OutsourcedProcurementState =
  | "demand"
  | "agreed"
  | "planned"
  | "in-progress"
  | "delivered"
  | "accepted"
  | "settled"
  | "cancelled";

/**
 * Events of the outsourced procurement machine. `MILESTONE_DONE` records progress without changing state;
 * `REJECT_DELIVERY` sends the goods back for rework or replacement.
 *
 * @example
 * ```ts
 * const e: OutsourcedProcurementEvent = { type: "MILESTONE_DONE", milestone: "inspected", on: "2026-05-28" };
 * ```
 */
export type OutsourcedProcurementEvent =
  | { readonly type: "SIGN_AGREEMENT"; readonly agreementId: string }
  | { readonly type: "APPROVE_PLAN"; readonly planId: string }
  | { readonly type: "START" }
  | { readonly type: "MILESTONE_DONE"; readonly milestone: string; readonly on: string }
  | { readonly type: "DELIVER" }
  | { readonly type: "ACCEPT" }
  | { readonly type: "REJECT_DELIVERY"; readonly reason?: string }
  | { readonly type: "SETTLE" }
  | { readonly type: "CANCEL"; readonly reason?: string };

/**
 * Context of the outsourced procurement machine.
 *
 * @example
 * ```ts
 * const ctx: OutsourcedProcurementContext = { demandId: "D-1", milestonesDone: [] };
 * ```
 */
export interface OutsourcedProcurementContext {
  readonly demandId: string;
  readonly agreementId?: string;
  readonly planId?: string;
  readonly milestonesDone: readonly { readonly milestone: string; readonly on: string }[];
}

/**
 * The outsourced procurement machine: demand → agreement signed → plan approved → in progress (milestones recorded)
 * → delivered → accepted (or rejected back to in progress) → settled; cancellable until delivery.
 *
 * @example
 * ```ts
 * const snap = initialSnapshot(outsourcedProcurementMachine, { demandId: "D-1", milestonesDone: [] });
 * transition(outsourcedProcurementMachine, snap, { type: "SIGN_AGREEMENT", agreementId: "AG-1" });
 * ```
 */
export const outsourcedProcurementMachine = /* @__PURE__ */ defineMachine<
  OutsourcedProcurementState,
  OutsourcedProcurementEvent,
  OutsourcedProcurementContext
>({
  id: "outsourced-procurement",
  initial: "demand",
  states: ["demand", "agreed", "planned", "in-progress", "delivered", "accepted", "settled", "cancelled"],
  final: ["settled", "cancelled"],
  labels: {
    demand: "demand 外采需求",
    agreed: "agreed 协议已签",
    planned: "planned 计划已定",
    "in-progress": "in-progress 执行中",
    delivered: "delivered 已到货",
    accepted: "accepted 已验收",
    settled: "settled 已结算",
    cancelled: "cancelled 已取消",
  },
  transitions: [
    {
      from: "demand",
      event: "SIGN_AGREEMENT",
      to: "agreed",
      update: (ctx, e) => (e.type === "SIGN_AGREEMENT" ? { ...ctx, agreementId: e.agreementId } : ctx),
    },
    {
      from: "agreed",
      event: "APPROVE_PLAN",
      to: "planned",
      update: (ctx, e) => (e.type === "APPROVE_PLAN" ? { ...ctx, planId: e.planId } : ctx),
    },
    { from: "planned", event: "START", to: "in-progress" },
    {
      from: "in-progress",
      event: "MILESTONE_DONE",
      to: "in-progress",
      update: (ctx, e) =>
        e.type === "MILESTONE_DONE"
          ? { ...ctx, milestonesDone: [...ctx.milestonesDone, { milestone: e.milestone, on: e.on }] }
          : ctx,
    },
    { from: "in-progress", event: "DELIVER", to: "delivered" },
    { from: "delivered", event: "ACCEPT", to: "accepted" },
    {
      from: "delivered",
      event: "REJECT_DELIVERY",
      to: "in-progress",
      effects: (ctx) => [{ type: "request-rework", demandId: ctx.demandId }],
    },
    { from: "accepted", event: "SETTLE", to: "settled" },
    { from: ["demand", "agreed", "planned", "in-progress"], event: "CANCEL", to: "cancelled" },
  ],
});
