import { defineMachine, type Machine } from "../../../core/index.js";

/**
 * The states of one shipment's fulfilment (an order ships as one shipment, or as several after a split).
 * Exceptions: `backordered` (stock check failed), `address_problem`, `customs_hold`, `lost`, `damaged`,
 * `returned_to_sender`. Final: `delivered`, `cancelled`, `closed` (an exception settled: refunded, reshipped
 * under a new shipment, or a claim paid).
 *
 * @example
 * ```ts
 * const state: FulfilmentState = "labelled";
 * ```
 */
export type FulfilmentState =
  | "received"
  | "backordered"
  | "reviewed"
  | "picked"
  | "packed"
  | "labelled"
  | "handed_to_carrier"
  | "in_transit"
  | "delivered"
  | "address_problem"
  | "customs_hold"
  | "lost"
  | "damaged"
  | "returned_to_sender"
  | "cancelled"
  | "closed";

/**
 * The events that move a shipment. `REVIEW` carries the results of the host's address and stock checks (the
 * library never does I/O: the host validates the address and reserves stock, then reports the outcome).
 *
 * @example
 * ```ts
 * const e: FulfilmentEvent = { type: "REVIEW", addressValid: true, stockAvailable: false };
 * ```
 */
export type FulfilmentEvent =
  | { readonly type: "REVIEW"; readonly addressValid: boolean; readonly stockAvailable: boolean }
  | { readonly type: "STOCK_ARRIVED" }
  | { readonly type: "PICK" }
  | { readonly type: "PACK" }
  | { readonly type: "LABEL"; readonly trackingNumber: string; readonly carrier: string }
  | { readonly type: "HAND_OVER" }
  | { readonly type: "CARRIER_SCAN" }
  | { readonly type: "DELIVER" }
  | { readonly type: "ADDRESS_ISSUE" }
  | { readonly type: "ADDRESS_CORRECTED" }
  | { readonly type: "CUSTOMS_HOLD" }
  | { readonly type: "CUSTOMS_RELEASED" }
  | { readonly type: "REPORT_LOST" }
  | { readonly type: "FOUND" }
  | { readonly type: "REPORT_DAMAGED" }
  | { readonly type: "RETURN_TO_SENDER" }
  | { readonly type: "RESHIP" }
  | { readonly type: "CANCEL" }
  | { readonly type: "CLOSE"; readonly resolution: "refunded" | "reshipped" | "claim_settled" | "written_off" };

/**
 * What a shipment's snapshot carries: ids, whether the carrier has had the parcel (decides where a corrected
 * address goes back to), the label, and how many times it was re-dispatched.
 *
 * @example
 * ```ts
 * const ctx: FulfilmentContext = { orderId: "SO-1001", shipmentId: "SO-1001-1", handedOver: false, dispatchCount: 0 };
 * ```
 */
export interface FulfilmentContext {
  readonly orderId: string;
  readonly shipmentId: string;
  readonly handedOver: boolean;
  readonly dispatchCount: number;
  readonly trackingNumber?: string;
  readonly carrier?: string;
  readonly resolution?: "refunded" | "reshipped" | "claim_settled" | "written_off";
}

const BEFORE_HANDOVER = ["received", "backordered", "reviewed", "picked", "packed", "labelled"] as const;
const WITH_CARRIER = ["handed_to_carrier", "in_transit"] as const;

/**
 * The fulfilment machine of one shipment, as data. The happy path is received → reviewed → picked → packed →
 * labelled → handed_to_carrier → in_transit → delivered; every exception has a way out:
 *
 * | exception | ways out |
 * |---|---|
 * | backordered | `STOCK_ARRIVED` → received (review again), `CANCEL` |
 * | address_problem | `ADDRESS_CORRECTED` → received before hand-over, → in_transit after; `DELIVER` or `RETURN_TO_SENDER` after hand-over; `CANCEL` before |
 * | customs_hold | `CUSTOMS_RELEASED` or a `CARRIER_SCAN` → in_transit; `DELIVER`; `RETURN_TO_SENDER`; `REPORT_LOST` (seized); `CLOSE` |
 * | lost | `FOUND` or a `CARRIER_SCAN` → in_transit; `DELIVER`; `CLOSE` (claim settled, reshipped, refunded) |
 * | damaged | `DELIVER` (buyer accepts it); `RETURN_TO_SENDER`; `CLOSE` |
 * | returned_to_sender | `RESHIP` → received (same parcel, new dispatch); `CLOSE` |
 *
 * Guards: `reviewPassed`, `addressInvalid`, `stockShort` read the `REVIEW` payload; `notHandedOver` and
 * `handedOver` read the context. Effects ask the host to act (confirm an address, send customs documents,
 * open a carrier claim) and are returned as data.
 *
 * @example
 * ```ts
 * let snap = initialSnapshot(fulfilmentMachine, { orderId: "SO-1", shipmentId: "SO-1-1", handedOver: false, dispatchCount: 0 });
 * const r = transition(fulfilmentMachine, snap, { type: "REVIEW", addressValid: true, stockAvailable: true });
 * if (r.ok) snap = r.value.snapshot; // state "reviewed"
 * ```
 */
export const fulfilmentMachine: Machine<FulfilmentState, FulfilmentEvent, FulfilmentContext> = defineMachine<
  FulfilmentState,
  FulfilmentEvent,
  FulfilmentContext
>({
  id: "logistics.fulfilment",
  initial: "received",
  states: [
    "received",
    "backordered",
    "reviewed",
    "picked",
    "packed",
    "labelled",
    "handed_to_carrier",
    "in_transit",
    "delivered",
    "address_problem",
    "customs_hold",
    "lost",
    "damaged",
    "returned_to_sender",
    "cancelled",
    "closed",
  ],
  final: ["delivered", "cancelled", "closed"],
  labels: {
    received: "received 已接单",
    backordered: "backordered 缺货",
    reviewed: "reviewed 已审核",
    picked: "picked 已拣货",
    packed: "packed 已包装",
    labelled: "labelled 已打单",
    handed_to_carrier: "handed to carrier 已交运",
    in_transit: "in transit 运输中",
    delivered: "delivered 已签收",
    address_problem: "address problem 地址异常",
    customs_hold: "customs hold 海关扣留",
    lost: "lost 丢件",
    damaged: "damaged 破损",
    returned_to_sender: "returned to sender 退回",
    cancelled: "cancelled 已取消",
    closed: "closed 已结案",
  },
  guards: {
    reviewPassed: (_ctx, event) => event.type === "REVIEW" && event.addressValid && event.stockAvailable,
    addressInvalid: (_ctx, event) => event.type === "REVIEW" && !event.addressValid,
    stockShort: (_ctx, event) => event.type === "REVIEW" && event.addressValid && !event.stockAvailable,
    notHandedOver: (ctx) => !ctx.handedOver,
    handedOver: (ctx) => ctx.handedOver,
  },
  transitions: [
    { from: "received", event: "REVIEW", to: "reviewed", guard: "reviewPassed" },
    {
      from: "received",
      event: "REVIEW",
      to: "address_problem",
      guard: "addressInvalid",
      effects: [{ type: "request-address-confirmation" }],
    },
    {
      from: "received",
      event: "REVIEW",
      to: "backordered",
      guard: "stockShort",
      effects: [{ type: "notify-buyer-backorder" }],
    },
    { from: "backordered", event: "STOCK_ARRIVED", to: "received" },
    { from: "reviewed", event: "PICK", to: "picked" },
    { from: "picked", event: "PACK", to: "packed" },
    {
      from: "packed",
      event: "LABEL",
      to: "labelled",
      update: (ctx, event) =>
        event.type === "LABEL" ? { ...ctx, trackingNumber: event.trackingNumber, carrier: event.carrier } : ctx,
    },
    {
      from: "labelled",
      event: "HAND_OVER",
      to: "handed_to_carrier",
      update: (ctx) => ({ ...ctx, handedOver: true, dispatchCount: ctx.dispatchCount + 1 }),
    },
    { from: [...WITH_CARRIER], event: "CARRIER_SCAN", to: "in_transit" },
    {
      from: ["customs_hold", "lost"],
      event: "CARRIER_SCAN",
      to: "in_transit",
      description: "a later carrier scan proves the parcel was released or found",
    },
    { from: [...WITH_CARRIER, "damaged", "customs_hold", "lost"], event: "DELIVER", to: "delivered" },
    { from: "address_problem", event: "DELIVER", to: "delivered", guard: "handedOver" },
    {
      from: [...WITH_CARRIER],
      event: "ADDRESS_ISSUE",
      to: "address_problem",
      effects: [{ type: "request-address-confirmation" }],
    },
    { from: "address_problem", event: "ADDRESS_CORRECTED", to: "received", guard: "notHandedOver" },
    { from: "address_problem", event: "ADDRESS_CORRECTED", to: "in_transit", guard: "handedOver" },
    {
      from: [...WITH_CARRIER],
      event: "CUSTOMS_HOLD",
      to: "customs_hold",
      effects: [{ type: "send-customs-documents" }],
    },
    { from: "customs_hold", event: "CUSTOMS_RELEASED", to: "in_transit" },
    {
      from: [...WITH_CARRIER, "customs_hold"],
      event: "REPORT_LOST",
      to: "lost",
      effects: [{ type: "open-carrier-claim", reason: "lost" }],
    },
    { from: "lost", event: "FOUND", to: "in_transit" },
    {
      from: [...WITH_CARRIER],
      event: "REPORT_DAMAGED",
      to: "damaged",
      effects: [{ type: "open-carrier-claim", reason: "damaged" }],
    },
    {
      from: [...WITH_CARRIER, "address_problem", "customs_hold", "damaged"],
      event: "RETURN_TO_SENDER",
      to: "returned_to_sender",
      guard: "handedOver",
    },
    {
      from: "returned_to_sender",
      event: "RESHIP",
      to: "received",
      update: (ctx) => ({ ...ctx, handedOver: false }),
    },
    { from: [...BEFORE_HANDOVER], event: "CANCEL", to: "cancelled" },
    { from: "address_problem", event: "CANCEL", to: "cancelled", guard: "notHandedOver" },
    {
      from: ["customs_hold", "lost", "damaged", "returned_to_sender"],
      event: "CLOSE",
      to: "closed",
      update: (ctx, event) => (event.type === "CLOSE" ? { ...ctx, resolution: event.resolution } : ctx),
    },
  ],
});
