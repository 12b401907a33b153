import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money } from "../../../src/core/index.js";
import { applyRmaEvent, createRma, type RmaEventInput, rmaEventSchema } from "../../../src/service/index.js";

const request = {
  rmaId: "RMA-1",
  orderId: "302-1",
  reason: "defective" as const,
  lines: [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }],
};
const returnless = createRma({ ...request, returnless: true });

function step(snapshot: ReturnType<typeof createRma>, event: RmaEventInput) {
  const r = applyRmaEvent(snapshot, event);
  if (!r.ok) throw new Error(`${event.type}: ${r.error.message}`);
  return r.value;
}

/** Walks a fresh RMA to the state where `event` applies. */
function snapshotFor(type: RmaEventInput["type"]) {
  const requested = createRma({ ...request, returnless: true });
  if (["APPROVE", "DECLINE", "REFUND_WITHOUT_RETURN", "CANCEL"].includes(type)) return requested;
  const approved = step(requested, { type: "APPROVE", shipBy: "2026-03-20" }).snapshot;
  if (["ISSUE_LABEL", "SHIP_BACK", "EXPIRE"].includes(type)) return approved;
  const received = step(step(approved, { type: "SHIP_BACK" }).snapshot, { type: "RECEIVE" }).snapshot;
  if (type === "RECEIVE" || type === "INSPECT") return received;
  return step(received, { type: "INSPECT", outcome: "as-described" }).snapshot;
}

function issueOf(snapshot: ReturnType<typeof createRma>, event: unknown) {
  try {
    applyRmaEvent(snapshot, event as RmaEventInput);
  } catch (e) {
    if (isCrossborderOpsError(e)) return { code: e.code, path: e.issues[0]?.path };
    throw e;
  }
  return undefined;
}

describe("applyRmaEvent", () => {
  it("refuses the integrator's garbage refunds and dates that core transition let through", () => {
    expect(issueOf(returnless, { type: "REFUND_WITHOUT_RETURN", amount: { amount: "abc", currency: "XXX1" } })).toEqual(
      { code: "INVALID_ARGUMENT", path: ["event", "amount", "amount"] },
    );
    expect(
      issueOf(returnless, { type: "REFUND_WITHOUT_RETURN", amount: { amount: "-500.00", currency: "USD" } }),
    ).toEqual({ code: "INVALID_ARGUMENT", path: ["event", "amount", "amount"] });
    expect(issueOf(returnless, { type: "APPROVE", shipBy: "not a date" })).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["event", "shipBy"],
    });
  });

  const bad: [string, unknown, (string | number)[]][] = [
    ["APPROVE without shipBy", { type: "APPROVE" }, ["event", "shipBy"]],
    ["APPROVE on 30 February", { type: "APPROVE", shipBy: "2026-02-30" }, ["event", "shipBy"]],
    ["APPROVE with an instant", { type: "APPROVE", shipBy: "2026-03-20T00:00:00Z" }, ["event", "shipBy"]],
    ["DECLINE with an empty reason", { type: "DECLINE", reason: "  " }, ["event", "reason"]],
    ["ISSUE_LABEL without carrier", { type: "ISSUE_LABEL", trackingNumber: "1Z999" }, ["event", "carrier"]],
    [
      "ISSUE_LABEL with empty tracking",
      { type: "ISSUE_LABEL", carrier: "UPS", trackingNumber: "" },
      ["event", "trackingNumber"],
    ],
    ["SHIP_BACK with empty tracking", { type: "SHIP_BACK", trackingNumber: "" }, ["event", "trackingNumber"]],
    ["INSPECT with an unknown outcome", { type: "INSPECT", outcome: "fine" }, ["event", "outcome"]],
    ["INSPECT with empty notes", { type: "INSPECT", outcome: "as-described", notes: "" }, ["event", "notes"]],
    ["REFUND of zero", { type: "REFUND", amount: { amount: "0.00", currency: "USD" } }, ["event", "amount", "amount"]],
    [
      "REFUND of a thousandth of a dollar",
      { type: "REFUND", amount: { amount: "1.005", currency: "USD" } },
      ["event", "amount", "amount"],
    ],
    [
      "REFUND of a JSON number",
      { type: "REFUND", amount: { amount: 20.91, currency: "USD" } },
      ["event", "amount", "amount"],
    ],
    [
      "REFUND in lower-case currency",
      { type: "REFUND", amount: { amount: "20.91", currency: "usd" } },
      ["event", "amount", "currency"],
    ],
    ["REFUND without amount", { type: "REFUND" }, ["event", "amount"]],
    [
      "REFUND_WITHOUT_RETURN of NaN",
      { type: "REFUND_WITHOUT_RETURN", amount: { amount: "NaN", currency: "USD" } },
      ["event", "amount", "amount"],
    ],
    [
      "REFUND_WITHOUT_RETURN in an unknown currency",
      { type: "REFUND_WITHOUT_RETURN", amount: { amount: "5", currency: "XXX1" } },
      ["event", "amount", "currency"],
    ],
    ["EXCHANGE without lines", { type: "EXCHANGE", lines: [] }, ["event", "lines"]],
    [
      "EXCHANGE of 0 units",
      { type: "EXCHANGE", lines: [{ sku: "LAMP-01", quantity: 0 }] },
      ["event", "lines", 0, "quantity"],
    ],
    [
      "EXCHANGE of 1.5 units",
      { type: "EXCHANGE", lines: [{ sku: "LAMP-01", quantity: 1.5 }] },
      ["event", "lines", 0, "quantity"],
    ],
    ["EXCHANGE of an empty SKU", { type: "EXCHANGE", lines: [{ sku: "", quantity: 1 }] }, ["event", "lines", 0, "sku"]],
    [
      "ISSUE_STORE_CREDIT negative",
      { type: "ISSUE_STORE_CREDIT", amount: { amount: "-1", currency: "EUR" } },
      ["event", "amount", "amount"],
    ],
    [
      "ISSUE_STORE_CREDIT of ¥0.5",
      { type: "ISSUE_STORE_CREDIT", amount: { amount: "0.5", currency: "JPY" } },
      ["event", "amount", "amount"],
    ],
    ["CLOSE without reason", { type: "CLOSE" }, ["event", "reason"]],
    ["EXPIRE with a non-date", { type: "EXPIRE", at: "tomorrow" }, ["event", "at"]],
    ["EXPIRE with an invalid Date", { type: "EXPIRE", at: new Date(Number.NaN) }, ["event", "at"]],
    ["an unknown event type", { type: "REFUND_TWICE" }, ["event", "type"]],
  ];
  it.each(bad)("refuses %s", (_, event, path) => {
    // each event is sent in a state where it would apply, so only the validation can refuse it
    const snapshot = snapshotFor((event as { type: RmaEventInput["type"] }).type);
    expect(issueOf(snapshot, event)).toEqual({ code: "INVALID_ARGUMENT", path });
  });
  it("refuses a non-object event", () => {
    expect(issueOf(returnless, "APPROVE")).toEqual({ code: "INVALID_ARGUMENT", path: ["event"] });
  });

  it("walks a defective return to a refund with exact effects and normalised money", () => {
    let snapshot = createRma({ ...request, description: "switch does not work" });
    const effects: unknown[][] = [];
    for (const event of [
      { type: "APPROVE", shipBy: "2026-03-20" },
      { type: "ISSUE_LABEL", carrier: "UPS", trackingNumber: "1Z999" },
      { type: "SHIP_BACK" },
      { type: "RECEIVE" },
      { type: "INSPECT", outcome: "defect-confirmed", notes: "switch broken" },
      { type: "REFUND", amount: money("20.9", "USD") },
    ] satisfies RmaEventInput[]) {
      const r = applyRmaEvent(snapshot, event, { actor: "agent.sun", at: "2026-03-10T02:00:00Z" });
      if (!r.ok) throw new Error(r.error.message);
      snapshot = r.value.snapshot;
      effects.push([...r.value.effects]);
    }
    expect(snapshot.state).toBe("refunded");
    expect(snapshot.context.resolution).toEqual({ type: "refund", amount: { amount: "20.90", currency: "USD" } });
    expect(effects).toEqual([
      [{ type: "send-return-instructions", rmaId: "RMA-1", shipBy: "2026-03-20" }],
      [{ type: "send-return-label", rmaId: "RMA-1", carrier: "UPS", trackingNumber: "1Z999" }],
      [],
      [],
      [
        {
          type: "open-nonconformance",
          source: "customer-return",
          rmaId: "RMA-1",
          orderId: "302-1",
          reason: "defective",
          verified: true,
          lines: [{ sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }],
          description: "switch broken",
        },
      ],
      [
        {
          type: "issue-refund",
          rmaId: "RMA-1",
          orderId: "302-1",
          amount: { amount: "20.90", currency: "USD" },
          returnless: false,
        },
      ],
    ]);
    expect(snapshot.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      "requested>approved",
      "approved>label-issued",
      "label-issued>in-transit",
      "in-transit>received",
      "received>inspected",
      "inspected>refunded",
    ]);
    expect(snapshot.history[0]).toEqual({
      from: "requested",
      to: "approved",
      event: "APPROVE",
      at: "2026-03-10T02:00:00Z",
      actor: "agent.sun",
    });
  });
  it("refunds without return in JPY and keeps an EXPIRE instant as written", () => {
    const r = applyRmaEvent(returnless, {
      type: "REFUND_WITHOUT_RETURN",
      amount: { amount: "1500", currency: "JPY" },
    });
    expect(r.ok && r.value.effects[0]).toEqual({
      type: "issue-refund",
      rmaId: "RMA-1",
      orderId: "302-1",
      amount: { amount: "1500", currency: "JPY" },
      returnless: true,
    });
    const approved = snapshotFor("EXPIRE");
    const early = applyRmaEvent(approved, { type: "EXPIRE", at: "2026-03-20T23:00:00Z" });
    expect(!early.ok && early.error.blockedBy).toEqual(["pastShipBy"]);
    const expired = applyRmaEvent(approved, { type: "EXPIRE", at: new Date("2026-03-21T00:00:00Z") });
    expect(expired.ok && expired.value.effects).toEqual([
      { type: "notify-buyer", rmaId: "RMA-1", template: "return-expired" },
    ]);
  });
  it("returns ILLEGAL_TRANSITION (not a throw) for a valid event in the wrong state", () => {
    const r = applyRmaEvent(returnless, { type: "RECEIVE" });
    expect(!r.ok && r.error).toMatchObject({ code: "ILLEGAL_TRANSITION", state: "requested", event: "RECEIVE" });
  });
  it("never returns ok for an event that fails the schema", () => {
    const states = ["APPROVE", "SHIP_BACK", "INSPECT", "REFUND"] as const;
    const snapshots = states.map(snapshotFor);
    const amount = fc.record({
      amount: fc.oneof(fc.string(), fc.constantFrom("-500.00", "0", "1.001", "abc", "NaN", "1e3"), fc.integer()),
      currency: fc.oneof(fc.string(), fc.constantFrom("USD", "JPY", "XXX1", "usd")),
    });
    const event = fc.oneof(
      fc.record({ type: fc.constantFrom("REFUND", "REFUND_WITHOUT_RETURN", "ISSUE_STORE_CREDIT"), amount }),
      fc.record({ type: fc.constant("APPROVE"), shipBy: fc.oneof(fc.string(), fc.constant("2026-02-30")) }),
      fc.record({ type: fc.constant("EXPIRE"), at: fc.oneof(fc.string(), fc.constant("2026-13-01T00:00:00Z")) }),
      fc.record({
        type: fc.constant("EXCHANGE"),
        lines: fc.array(fc.record({ sku: fc.string(), quantity: fc.double() }), { maxLength: 2 }),
      }),
      fc.record({ type: fc.string(), reason: fc.string() }),
    );
    fc.assert(
      fc.property(event, fc.constantFrom(...snapshots), (e, snapshot) => {
        fc.pre(!rmaEventSchema.safeParse(e).success);
        try {
          applyRmaEvent(snapshot, e as RmaEventInput);
        } catch (error) {
          return (
            isCrossborderOpsError(error) && error.code === "INVALID_ARGUMENT" && error.issues[0]?.path[0] === "event"
          );
        }
        return false; // neither ok nor ILLEGAL_TRANSITION: a schema failure must throw
      }),
      { numRuns: 300 },
    );
  });
});
