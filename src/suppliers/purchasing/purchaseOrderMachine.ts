import { defineMachine } from "../../core/index.js";

/**
 * States of a purchase order (采购订单).
 *
 * @example
 * ```ts
 * const s: PurchaseOrderState = "partially-received";
 * ```
 */
export type PurchaseOrderState =
  | "draft"
  | "pending-approval"
  | "approved"
  | "sent"
  | "confirmed"
  | "in-production"
  | "partially-received"
  | "received"
  | "closed"
  | "cancelled";

/**
 * Events of the PO machine. `CONFIRM` and `REVISE` carry the revision number produced by `revisePurchaseOrder`;
 * `GOODS_RECEIVED` carries whether every line is now complete (see `isReceivingComplete` and the guide on what to
 * check first when lots were rejected).
 *
 * @example
 * ```ts
 * const e: PurchaseOrderEvent = { type: "GOODS_RECEIVED", complete: false };
 * ```
 */
export type PurchaseOrderEvent =
  | { readonly type: "SUBMIT" }
  | { readonly type: "APPROVE" }
  | { readonly type: "REJECT"; readonly reason?: string }
  | { readonly type: "SEND" }
  | { readonly type: "CONFIRM"; readonly revision: number }
  | { readonly type: "REVISE"; readonly revision: number }
  | { readonly type: "START_PRODUCTION" }
  | { readonly type: "GOODS_RECEIVED"; readonly complete: boolean }
  | { readonly type: "CLOSE"; readonly reason?: string }
  | { readonly type: "CANCEL"; readonly reason?: string };

/**
 * Context of the PO machine.
 *
 * @example
 * ```ts
 * const ctx: PurchaseOrderContext = { purchaseOrderId: "PO-1", revision: 0 };
 * ```
 */
export interface PurchaseOrderContext {
  readonly purchaseOrderId: string;
  /** The revision the supplier last confirmed. */
  readonly revision: number;
}

const takeRevision = (ctx: PurchaseOrderContext, event: PurchaseOrderEvent): PurchaseOrderContext =>
  "revision" in event ? { ...ctx, revision: event.revision } : ctx;

const CANCELLABLE: readonly PurchaseOrderState[] = [
  "draft",
  "pending-approval",
  "approved",
  "sent",
  "confirmed",
  "in-production",
];

/**
 * The purchase order machine: draft → pending approval → approved → sent → confirmed by the supplier (revisions
 * kept) → in production → partially received / received → closed; cancelled before any goods arrive. A partially
 * received PO can be short-closed.
 *
 * @example
 * ```ts
 * const snap = initialSnapshot(purchaseOrderMachine, { purchaseOrderId: "PO-1", revision: 0 });
 * transition(purchaseOrderMachine, snap, { type: "SUBMIT" }); // → pending-approval
 * ```
 */
export const purchaseOrderMachine = /* @__PURE__ */ defineMachine<
  PurchaseOrderState,
  PurchaseOrderEvent,
  PurchaseOrderContext
>({
  id: "purchase-order",
  initial: "draft",
  states: [
    "draft",
    "pending-approval",
    "approved",
    "sent",
    "confirmed",
    "in-production",
    "partially-received",
    "received",
    "closed",
    "cancelled",
  ],
  final: ["closed", "cancelled"],
  labels: {
    draft: "draft 草稿",
    "pending-approval": "pending-approval 待审批",
    approved: "approved 已审批",
    sent: "sent 已下单",
    confirmed: "confirmed 供应商已确认",
    "in-production": "in-production 生产中",
    "partially-received": "partially-received 部分收货",
    received: "received 已收货",
    closed: "closed 已关闭",
    cancelled: "cancelled 已取消",
  },
  guards: {
    complete: (_ctx, event) => event.type === "GOODS_RECEIVED" && event.complete,
    incomplete: (_ctx, event) => event.type === "GOODS_RECEIVED" && !event.complete,
  },
  transitions: [
    { from: "draft", event: "SUBMIT", to: "pending-approval" },
    { from: "pending-approval", event: "APPROVE", to: "approved" },
    { from: "pending-approval", event: "REJECT", to: "draft" },
    {
      from: "approved",
      event: "SEND",
      to: "sent",
      effects: (ctx) => [{ type: "send-purchase-order", purchaseOrderId: ctx.purchaseOrderId }],
    },
    { from: "sent", event: "CONFIRM", to: "confirmed", update: takeRevision },
    { from: ["confirmed", "in-production"], event: "REVISE", to: "confirmed", update: takeRevision },
    { from: "confirmed", event: "START_PRODUCTION", to: "in-production" },
    {
      from: ["confirmed", "in-production", "partially-received"],
      event: "GOODS_RECEIVED",
      to: "received",
      guard: "complete",
    },
    {
      from: ["confirmed", "in-production", "partially-received"],
      event: "GOODS_RECEIVED",
      to: "partially-received",
      guard: "incomplete",
    },
    { from: ["received", "partially-received"], event: "CLOSE", to: "closed" },
    {
      from: CANCELLABLE,
      event: "CANCEL",
      to: "cancelled",
      effects: (ctx) => [{ type: "notify-supplier-cancellation", purchaseOrderId: ctx.purchaseOrderId }],
    },
  ],
});
