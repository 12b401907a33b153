import { describe, expectTypeOf, it } from "vitest";
import type { Money, Result, Snapshot } from "../../src/core/index.js";
import {
  type AutoReply,
  applyRmaEvent,
  type Conversation,
  type ConversationInput,
  checkReturnEligibility,
  chooseAutoReply,
  computeSlaStatus,
  createRma,
  defaultReturnPolicy,
  type ReturnPolicyInput,
  type RmaContext,
  type RmaEvent,
  type RmaEventInput,
  type RmaState,
  routeConversation,
  type SlaPolicyInput,
  type SlaReport,
  type SlaTargetState,
  type SupportHoursInput,
  type SupportState,
  serviceKpis,
  type TrackingTriggerInput,
} from "../../src/service/index.js";

describe("service types", () => {
  it("computeSlaStatus returns a report whose statuses are a closed union", () => {
    expectTypeOf(computeSlaStatus).returns.toEqualTypeOf<SlaReport>();
    expectTypeOf<SlaTargetState>().toEqualTypeOf<"met" | "breached" | "at-risk" | "on-track">();
  });
  it("auto-replies never answer the open state", () => {
    expectTypeOf<AutoReply["state"]>().toEqualTypeOf<Exclude<SupportState, "open">>();
    expectTypeOf(chooseAutoReply).returns.toExtend<Result<AutoReply, { code: string; message: string }>>();
  });
  it("createRma returns an RMA snapshot", () => {
    expectTypeOf(createRma).returns.toEqualTypeOf<Snapshot<RmaState, RmaContext>>();
    // @ts-expect-error: an RMA has no "shipped" state
    const state: RmaState = "shipped";
    void state;
  });
  it("input types take what integrators write (ISO strings, omitted defaults); output types are parsed", () => {
    // The integrator's report: a conversation written with ISO strings, annotated with the exported type.
    const conversation: ConversationInput = {
      id: "CONV-77",
      channel: "marketplace",
      language: "en",
      category: "return",
      priority: "normal",
      events: [{ type: "customer-message", at: "2026-09-26T02:00:00Z" }],
    };
    // @ts-expect-error: Conversation is the parsed output, its instants are Dates
    const parsed: Conversation = conversation;
    void parsed;
    expectTypeOf<Conversation["events"][number]["at"]>().toEqualTypeOf<Date>();
    expectTypeOf<ConversationInput["events"][number]["at"]>().toEqualTypeOf<string | Date>();
    computeSlaStatus({
      conversation,
      policy: { id: "p", clock: "calendar", targets: {} },
      now: "2026-09-27T00:00:00Z",
    });
    routeConversation([{ id: "all", when: {}, queue: "q", slaPolicyId: "p" }], conversation);
    serviceKpis({ conversations: [conversation], orders: 1, complaints: 0, returns: [], unitsSold: [] });
    const policy: SlaPolicyInput = { id: "chat", clock: "calendar", targets: { urgent: { firstReplyMinutes: 5 } } };
    const hours: SupportHoursInput = { id: "desk", hours: [{ from: "09:00", to: "18:00" }] };
    const trigger: TrackingTriggerInput = {
      type: "customs_hold",
      orderId: "1",
      shipmentId: "S",
      trackingNumber: "T",
      carrier: "UPS",
      at: "2026-03-02T08:00:00Z",
    };
    const returns: ReturnPolicyInput = {
      ...defaultReturnPolicy,
      reasons: { defective: { returnShippingPaidBy: "seller", refundOriginalShipping: true } },
    };
    checkReturnEligibility(returns, {
      category: "x",
      reason: "defective",
      deliveredOn: "2026-03-02",
      requestedOn: "2026-03-03",
    });
    void [policy, hours, trigger];
  });
  it("applyRmaEvent takes Money or JSON amounts; RmaEvent carries JSON", () => {
    expectTypeOf<Extract<RmaEventInput, { type: "REFUND" }>["amount"]>().toExtend<
      Money | { amount: string; currency: string }
    >();
    expectTypeOf<Extract<RmaEvent, { type: "REFUND" }>["amount"]>().toEqualTypeOf<{
      readonly amount: string;
      readonly currency: string;
    }>();
    const rma = createRma({
      rmaId: "R",
      orderId: "O",
      reason: "style",
      lines: [{ lineId: "1", sku: "S", quantity: 1 }],
    });
    // @ts-expect-error: an unknown event type
    applyRmaEvent(rma, { type: "REFUND_TWICE" });
  });
});
