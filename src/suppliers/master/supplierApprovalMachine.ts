import { defineMachine } from "../../core/index.js";

/**
 * States of a supplier's approval: candidate (候选), under evaluation (评估中), approved (合格), conditional
 * (有条件合格, corrective action open), suspended (暂停合作), terminated (终止合作).
 *
 * @example
 * ```ts
 * const s: SupplierApprovalState = "conditional";
 * ```
 */
export type SupplierApprovalState =
  | "candidate"
  | "under-evaluation"
  | "approved"
  | "conditional"
  | "suspended"
  | "terminated";

/**
 * Events of the supplier approval machine. `REQUIRE_CORRECTIVE_ACTION` and `APPROVE_CONDITIONALLY` carry the
 * deadline of the corrective action (限期整改); `CORRECTIVE_ACTION_VERIFIED` brings the supplier back to approved.
 *
 * @example
 * ```ts
 * const e: SupplierApprovalEvent = { type: "REQUIRE_CORRECTIVE_ACTION", dueOn: "2026-05-01", reason: "score 71.46 (C)" };
 * ```
 */
export type SupplierApprovalEvent =
  | { readonly type: "START_EVALUATION" }
  | { readonly type: "APPROVE" }
  | { readonly type: "APPROVE_CONDITIONALLY"; readonly dueOn: string; readonly reason?: string }
  | { readonly type: "REJECT"; readonly reason?: string }
  | { readonly type: "REQUIRE_CORRECTIVE_ACTION"; readonly dueOn: string; readonly reason?: string }
  | { readonly type: "CORRECTIVE_ACTION_VERIFIED" }
  | { readonly type: "SUSPEND"; readonly reason?: string }
  | { readonly type: "REEVALUATE" }
  | { readonly type: "TERMINATE"; readonly reason?: string };

/**
 * Context of the approval machine: the supplier and the open corrective action's deadline, if any.
 *
 * @example
 * ```ts
 * const ctx: SupplierApprovalContext = { supplierId: "SUP-1" };
 * ```
 */
export interface SupplierApprovalContext {
  readonly supplierId: string;
  readonly correctiveActionDueOn?: string;
}

const withDeadline = (ctx: SupplierApprovalContext, event: SupplierApprovalEvent): SupplierApprovalContext =>
  "dueOn" in event ? { ...ctx, correctiveActionDueOn: event.dueOn } : ctx;

const clearDeadline = ({ supplierId }: SupplierApprovalContext): SupplierApprovalContext => ({ supplierId });

/**
 * The supplier approval machine (供应商准入与分级). Corrective action moves an approved supplier to conditional with a
 * deadline; verified corrective action brings a conditional or suspended supplier back to approved; terminated is
 * final. Transitions return effects for the host (notify the supplier, review open purchase orders).
 *
 * @example
 * ```ts
 * let snap = initialSnapshot(supplierApprovalMachine, { supplierId: "SUP-1" });
 * const r = transition(supplierApprovalMachine, snap, { type: "START_EVALUATION" });
 * if (r.ok) snap = r.value.snapshot; // "under-evaluation"
 * ```
 */
export const supplierApprovalMachine = /* @__PURE__ */ defineMachine<
  SupplierApprovalState,
  SupplierApprovalEvent,
  SupplierApprovalContext
>({
  id: "supplier-approval",
  initial: "candidate",
  states: ["candidate", "under-evaluation", "approved", "conditional", "suspended", "terminated"],
  final: ["terminated"],
  labels: {
    candidate: "candidate 候选",
    "under-evaluation": "under-evaluation 评估中",
    approved: "approved 合格",
    conditional: "conditional 有条件合格",
    suspended: "suspended 暂停合作",
    terminated: "terminated 终止合作",
  },
  transitions: [
    { from: "candidate", event: "START_EVALUATION", to: "under-evaluation" },
    {
      from: "under-evaluation",
      event: "APPROVE",
      to: "approved",
      effects: (ctx) => [{ type: "notify-supplier", supplierId: ctx.supplierId, template: "approved" }],
    },
    {
      from: "under-evaluation",
      event: "APPROVE_CONDITIONALLY",
      to: "conditional",
      update: withDeadline,
      effects: (ctx, event) => [
        { type: "request-corrective-action", supplierId: ctx.supplierId, dueOn: "dueOn" in event ? event.dueOn : null },
      ],
    },
    { from: "under-evaluation", event: "REJECT", to: "terminated" },
    {
      from: "approved",
      event: "REQUIRE_CORRECTIVE_ACTION",
      to: "conditional",
      update: withDeadline,
      effects: (ctx, event) => [
        { type: "request-corrective-action", supplierId: ctx.supplierId, dueOn: "dueOn" in event ? event.dueOn : null },
      ],
    },
    { from: ["conditional", "suspended"], event: "CORRECTIVE_ACTION_VERIFIED", to: "approved", update: clearDeadline },
    {
      from: ["approved", "conditional"],
      event: "SUSPEND",
      to: "suspended",
      effects: (ctx) => [{ type: "hold-open-purchase-orders", supplierId: ctx.supplierId }],
    },
    { from: ["approved", "conditional", "suspended"], event: "REEVALUATE", to: "under-evaluation" },
    { from: ["approved", "conditional", "suspended"], event: "TERMINATE", to: "terminated" },
  ],
});
