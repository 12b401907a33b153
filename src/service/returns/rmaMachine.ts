import * as z from "zod";
import {
  defineMachine,
  type Effect,
  initialSnapshot,
  moneySchema,
  moneyToJson,
  parseInput,
  type Snapshot,
} from "../../core/index.js";
import { isProductDefectReason, type ReturnNonconformance } from "./returnNonconformance.js";
import { returnReasonSchema } from "./returnReasons.js";
import type { RmaEvent } from "./rmaEvent.js";

/**
 * States of a return (RMA).
 *
 * @example
 * ```ts
 * const state: RmaState = "label-issued";
 * ```
 */
export type RmaState =
  | "requested"
  | "approved"
  | "declined"
  | "label-issued"
  | "in-transit"
  | "received"
  | "inspected"
  | "refunded"
  | "exchanged"
  | "store-credited"
  | "closed"
  | "cancelled"
  | "expired";

/**
 * Money as JSON in a snapshot: `{ amount: "20.91", currency: "USD" }`.
 *
 * @example
 * ```ts
 * const amount: RmaAmount = moneyToJson(money("20.91", "USD"));
 * ```
 */
export interface RmaAmount {
  readonly amount: string;
  readonly currency: string;
}

const rmaLineSchema = z.object({
  lineId: z.string().min(1),
  sku: z.string().min(1),
  quantity: z.number().int().positive(),
  /** Production lot, for tracing a defect back (quality). */
  lotId: z.string().min(1).optional(),
  supplierId: z.string().min(1).optional(),
});

/**
 * Schema of {@link RmaInput}.
 *
 * @example
 * ```ts
 * rmaInputSchema.parse({ rmaId: "R1", orderId: "O1", reason: "style", lines: [{ lineId: "1", sku: "TEE", quantity: 1 }] });
 * ```
 */
export const rmaInputSchema = z.object({
  rmaId: z.string().min(1),
  orderId: z.string().min(1),
  reason: returnReasonSchema,
  lines: z.array(rmaLineSchema).min(1),
  /** The buyer's words, kept for the NCR. */
  description: z.string().optional(),
  /** Whether the returnless rule allowed a refund without the item coming back (see `decideReturnless`). */
  returnless: z.boolean().default(false),
});

/**
 * What an RMA carries: the order, reason and lines (with lot and supplier), then what happened to it.
 *
 * @example
 * ```ts
 * const ctx: RmaContext = { rmaId: "RMA-1", orderId: "302-1", reason: "defective", returnless: false,
 *   lines: [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-31", supplierId: "SUP-7" }] };
 * ```
 */
export interface RmaContext {
  readonly rmaId: string;
  readonly orderId: string;
  readonly reason: z.infer<typeof returnReasonSchema>;
  readonly lines: readonly z.infer<typeof rmaLineSchema>[];
  readonly description?: string;
  readonly returnless: boolean;
  readonly shipBy?: string;
  readonly declineReason?: string;
  readonly label?: { readonly carrier: string; readonly trackingNumber: string };
  readonly inspection?: { readonly outcome: string; readonly notes?: string };
  readonly resolution?: {
    readonly type: "refund" | "exchange" | "store-credit" | "closed";
    readonly amount?: RmaAmount;
    readonly reason?: string;
  };
}

function nonconformance(ctx: RmaContext, verified: boolean, notes?: string): ReturnNonconformance {
  const description = notes ?? ctx.description;
  return {
    type: "open-nonconformance",
    source: "customer-return",
    rmaId: ctx.rmaId,
    orderId: ctx.orderId,
    reason: ctx.reason,
    verified,
    lines: ctx.lines.map(({ sku, quantity, lotId, supplierId }) => ({
      sku,
      quantity,
      ...(lotId === undefined ? {} : { lotId }),
      ...(supplierId === undefined ? {} : { supplierId }),
    })),
    ...(description === undefined ? {} : { description }),
  };
}

type Ev<T extends RmaEvent["type"]> = Extract<RmaEvent, { type: T }>;

/**
 * The RMA machine: requested → approved (or declined with a reason) → label issued → in transit → received →
 * inspected → refunded, exchanged, store credit or closed; the buyer can cancel before shipping; an approval
 * expires when nothing is shipped by the ship-by date; a returnless refund goes straight from requested to
 * refunded when the returnless rule allowed it. Effects, as data: return instructions, the label, the buyer
 * notices, the refund or store credit, a new outbound shipment for an exchange, and an `open-nonconformance`
 * (with lot and supplier) when a product defect is confirmed or refunded without return.
 *
 * @example
 * ```ts
 * const snap = createRma({ rmaId: "RMA-1", orderId: "302-1", reason: "defective",
 *   lines: [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-31", supplierId: "SUP-7" }] });
 * const step = applyRmaEvent(snap, { type: "APPROVE", shipBy: "2026-03-20" }); // validates, then core transition
 * ```
 */
export const rmaMachine = defineMachine<RmaState, RmaEvent, RmaContext>({
  id: "rma",
  initial: "requested",
  states: [
    "requested",
    "approved",
    "declined",
    "label-issued",
    "in-transit",
    "received",
    "inspected",
    "refunded",
    "exchanged",
    "store-credited",
    "closed",
    "cancelled",
    "expired",
  ],
  final: ["declined", "refunded", "exchanged", "store-credited", "closed", "cancelled", "expired"],
  labels: {
    requested: "requested 已申请",
    approved: "approved 已批准",
    declined: "declined 已拒绝",
    "label-issued": "label-issued 已发退货标签",
    "in-transit": "in-transit 退回途中",
    received: "received 已收货",
    inspected: "inspected 已检验",
    refunded: "refunded 已退款",
    exchanged: "exchanged 已换货",
    "store-credited": "store-credited 店铺余额",
    closed: "closed 已关闭",
    cancelled: "cancelled 已取消",
    expired: "expired 已过期",
  },
  guards: {
    returnlessAllowed: (ctx) => ctx.returnless,
    pastShipBy: (ctx, event) => {
      const at = (event as Ev<"EXPIRE">).at;
      return ctx.shipBy !== undefined && typeof at === "string" && at.slice(0, 10) > ctx.shipBy;
    },
    inspectionAccepted: (ctx) =>
      ctx.inspection?.outcome === "as-described" || ctx.inspection?.outcome === "defect-confirmed",
  },
  transitions: [
    {
      from: "requested",
      event: "APPROVE",
      to: "approved",
      update: (ctx, e) => ({ ...ctx, shipBy: (e as Ev<"APPROVE">).shipBy }),
      effects: (ctx, e) => [
        { type: "send-return-instructions", rmaId: ctx.rmaId, shipBy: (e as Ev<"APPROVE">).shipBy },
      ],
    },
    {
      from: "requested",
      event: "DECLINE",
      to: "declined",
      update: (ctx, e) => ({ ...ctx, declineReason: (e as Ev<"DECLINE">).reason }),
      effects: (ctx, e) => [
        { type: "notify-buyer", rmaId: ctx.rmaId, template: "return-declined", reason: (e as Ev<"DECLINE">).reason },
      ],
    },
    {
      from: "requested",
      event: "REFUND_WITHOUT_RETURN",
      to: "refunded",
      guard: "returnlessAllowed",
      update: (ctx, e) => ({
        ...ctx,
        resolution: { type: "refund", amount: (e as Ev<"REFUND_WITHOUT_RETURN">).amount },
      }),
      effects: (ctx, e) => [
        {
          type: "issue-refund",
          rmaId: ctx.rmaId,
          orderId: ctx.orderId,
          amount: (e as Ev<"REFUND_WITHOUT_RETURN">).amount,
          returnless: true,
        },
        ...(isProductDefectReason(ctx.reason) ? [nonconformance(ctx, false)] : []),
      ],
    },
    {
      from: "approved",
      event: "ISSUE_LABEL",
      to: "label-issued",
      update: (ctx, e) => {
        const { carrier, trackingNumber } = e as Ev<"ISSUE_LABEL">;
        return { ...ctx, label: { carrier, trackingNumber } };
      },
      effects: (ctx, e) => {
        const { carrier, trackingNumber } = e as Ev<"ISSUE_LABEL">;
        return [{ type: "send-return-label", rmaId: ctx.rmaId, carrier, trackingNumber }];
      },
    },
    { from: ["approved", "label-issued"], event: "SHIP_BACK", to: "in-transit" },
    { from: ["label-issued", "in-transit"], event: "RECEIVE", to: "received" },
    {
      from: "received",
      event: "INSPECT",
      to: "inspected",
      update: (ctx, e) => {
        const { outcome, notes } = e as Ev<"INSPECT">;
        return { ...ctx, inspection: notes === undefined ? { outcome } : { outcome, notes } };
      },
      effects: (ctx, e) => {
        const { outcome, notes } = e as Ev<"INSPECT">;
        return outcome === "defect-confirmed" && isProductDefectReason(ctx.reason)
          ? [nonconformance(ctx, true, notes)]
          : [];
      },
    },
    {
      from: "inspected",
      event: "REFUND",
      to: "refunded",
      guard: "inspectionAccepted",
      update: (ctx, e) => ({ ...ctx, resolution: { type: "refund", amount: (e as Ev<"REFUND">).amount } }),
      effects: (ctx, e) => [
        {
          type: "issue-refund",
          rmaId: ctx.rmaId,
          orderId: ctx.orderId,
          amount: (e as Ev<"REFUND">).amount,
          returnless: false,
        },
      ],
    },
    {
      from: "inspected",
      event: "EXCHANGE",
      to: "exchanged",
      guard: "inspectionAccepted",
      update: (ctx) => ({ ...ctx, resolution: { type: "exchange" } }),
      effects: (ctx, e): Effect[] => [
        {
          type: "create-outbound-shipment",
          rmaId: ctx.rmaId,
          orderId: ctx.orderId,
          lines: (e as Ev<"EXCHANGE">).lines.map((line) => ({ sku: line.sku, quantity: line.quantity })),
        },
      ],
    },
    {
      from: "inspected",
      event: "ISSUE_STORE_CREDIT",
      to: "store-credited",
      guard: "inspectionAccepted",
      update: (ctx, e) => ({
        ...ctx,
        resolution: { type: "store-credit", amount: (e as Ev<"ISSUE_STORE_CREDIT">).amount },
      }),
      effects: (ctx, e) => [
        { type: "issue-store-credit", rmaId: ctx.rmaId, amount: (e as Ev<"ISSUE_STORE_CREDIT">).amount },
      ],
    },
    {
      from: "inspected",
      event: "CLOSE",
      to: "closed",
      update: (ctx, e) => ({ ...ctx, resolution: { type: "closed", reason: (e as Ev<"CLOSE">).reason } }),
      effects: (ctx, e) => [
        { type: "notify-buyer", rmaId: ctx.rmaId, template: "return-closed", reason: (e as Ev<"CLOSE">).reason },
      ],
    },
    { from: ["requested", "approved", "label-issued"], event: "CANCEL", to: "cancelled" },
    {
      from: ["approved", "label-issued"],
      event: "EXPIRE",
      to: "expired",
      guard: "pastShipBy",
      effects: (ctx) => [{ type: "notify-buyer", rmaId: ctx.rmaId, template: "return-expired" }],
    },
  ],
});

/**
 * Input of {@link createRma}.
 *
 * @example
 * ```ts
 * const input: RmaInput = { rmaId: "RMA-1", orderId: "302-1", reason: "wrong-size", lines: [{ lineId: "A", sku: "TEE-M", quantity: 1 }] };
 * ```
 */
export type RmaInput = z.input<typeof rmaInputSchema>;

/**
 * Opens a return: validates the request and returns the RMA machine's first snapshot (state `requested`).
 *
 * @throws `INVALID_ARGUMENT` for a malformed request
 * @example
 * ```ts
 * const snap = createRma({ rmaId: "RMA-1", orderId: "302-1", reason: "defective", returnless: true,
 *   lines: [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-31", supplierId: "SUP-7" }] });
 * snap.state; // "requested"
 * ```
 */
export function createRma(input: RmaInput): Snapshot<RmaState, RmaContext> {
  const parsed = parseInput(rmaInputSchema, input, ["input"]);
  const context: RmaContext = {
    rmaId: parsed.rmaId,
    orderId: parsed.orderId,
    reason: parsed.reason,
    lines: parsed.lines,
    returnless: parsed.returnless,
    ...(parsed.description === undefined ? {} : { description: parsed.description }),
  };
  return initialSnapshot(rmaMachine, context);
}

/**
 * Builds an RMA event's money amount from a Money (or its JSON), validated.
 *
 * @example
 * ```ts
 * transition(rmaMachine, snap, { type: "REFUND", amount: rmaAmount(refund.total) });
 * ```
 */
export function rmaAmount(value: unknown): RmaAmount {
  return moneyToJson(parseInput(moneySchema, value, ["value"]));
}
