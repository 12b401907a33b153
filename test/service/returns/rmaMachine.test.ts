import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  isCrossborderOpsError,
  money,
  replay,
  toMermaid,
  transition,
} from "../../../src/core/index.js";
import { createRma, type RmaEvent, rmaAmount, rmaMachine } from "../../../src/service/index.js";

const lines = [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }];
const base = {
  rmaId: "RMA-1",
  orderId: "302-1",
  reason: "defective" as const,
  lines,
  description: "switch does not work",
};
const run = (events: RmaEvent[], input = base) => {
  const start = createRma(input);
  return replay(
    rmaMachine,
    start.context,
    events.map((event) => ({ event })),
  );
};

describe("rmaMachine", () => {
  it("is well formed and drawn", () => {
    expect(() => assertMachineWellFormed(rmaMachine)).not.toThrow();
    expect(toMermaid(rmaMachine)).toContain("inspected --> exchanged : EXCHANGE [inspectionAccepted]");
  });
  it("walks a defective return to a refund and opens a nonconformance with lot and supplier", () => {
    const r = run([
      { type: "APPROVE", shipBy: "2026-03-20" },
      { type: "ISSUE_LABEL", carrier: "UPS", trackingNumber: "1Z999" },
      { type: "SHIP_BACK" },
      { type: "RECEIVE" },
      { type: "INSPECT", outcome: "defect-confirmed", notes: "switch broken" },
      { type: "REFUND", amount: rmaAmount(money("20.91", "USD")) },
    ]);
    expect(r.ok && r.value.snapshot.state).toBe("refunded");
    const effects = r.ok ? r.value.effects : [];
    expect(effects.map((e) => e.type)).toEqual([
      "send-return-instructions",
      "send-return-label",
      "open-nonconformance",
      "issue-refund",
    ]);
    expect(effects[2]).toEqual({
      type: "open-nonconformance",
      source: "customer-return",
      rmaId: "RMA-1",
      orderId: "302-1",
      reason: "defective",
      verified: true,
      lines: [{ sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }],
      description: "switch broken",
    });
    expect(effects[3]).toMatchObject({ amount: { amount: "20.91", currency: "USD" }, returnless: false });
  });
  it("turns an exchange into a new outbound shipment request", () => {
    const r = run(
      [
        { type: "APPROVE", shipBy: "2026-03-20" },
        { type: "SHIP_BACK" },
        { type: "RECEIVE" },
        { type: "INSPECT", outcome: "as-described" },
        { type: "EXCHANGE", lines: [{ sku: "TEE-L", quantity: 1 }] },
      ],
      { ...base, reason: "wrong-size" as never },
    );
    expect(r.ok && r.value.snapshot.state).toBe("exchanged");
    expect(r.ok && r.value.effects.at(-1)).toEqual({
      type: "create-outbound-shipment",
      rmaId: "RMA-1",
      orderId: "302-1",
      lines: [{ sku: "TEE-L", quantity: 1 }],
    });
  });
  it("refunds without return only when the rule allowed it, and reports the unverified defect", () => {
    const refused = run([{ type: "REFUND_WITHOUT_RETURN", amount: rmaAmount(money("20.91", "USD")) }]);
    expect(!refused.ok && refused.error.blockedBy).toEqual(["returnlessAllowed"]);
    const allowed = run([{ type: "REFUND_WITHOUT_RETURN", amount: rmaAmount(money("20.91", "USD")) }], {
      ...base,
      returnless: true,
    } as never);
    expect(allowed.ok && allowed.value.snapshot.state).toBe("refunded");
    expect(allowed.ok && allowed.value.effects.map((e) => [e.type, e.verified])).toEqual([
      ["issue-refund", undefined],
      ["open-nonconformance", false],
    ]);
  });
  it("declines with a reason, expires after the ship-by date, cancels before shipping only", () => {
    const declined = run([{ type: "DECLINE", reason: "outside the window" }]);
    expect(declined.ok && declined.value.snapshot.context.declineReason).toBe("outside the window");
    const early = run([
      { type: "APPROVE", shipBy: "2026-03-20" },
      { type: "EXPIRE", at: "2026-03-20T23:00:00Z" },
    ]);
    expect(!early.ok && early.error.code).toBe("ILLEGAL_TRANSITION");
    const expired = run([
      { type: "APPROVE", shipBy: "2026-03-20" },
      { type: "EXPIRE", at: "2026-03-21T00:00:00Z" },
    ]);
    expect(expired.ok && expired.value.snapshot.state).toBe("expired");
    const late = run([{ type: "APPROVE", shipBy: "2026-03-20" }, { type: "SHIP_BACK" }, { type: "CANCEL" }]);
    expect(!late.ok && late.error.state).toBe("in-transit");
  });
  it("closes a return whose inspection failed; refund is refused there", () => {
    const start = run([
      { type: "APPROVE", shipBy: "2026-03-20" },
      { type: "SHIP_BACK" },
      { type: "RECEIVE" },
      { type: "INSPECT", outcome: "damaged-by-buyer" },
    ]);
    if (!start.ok) throw new Error("setup");
    const refund = transition(rmaMachine, start.value.snapshot, {
      type: "REFUND",
      amount: rmaAmount(money("1", "USD")),
    });
    expect(!refund.ok && refund.error.blockedBy).toEqual(["inspectionAccepted"]);
    const close = transition(rmaMachine, start.value.snapshot, { type: "CLOSE", reason: "used and damaged" });
    expect(close.ok && close.value.snapshot.state).toBe("closed");
  });
  it("refuses a malformed RMA", () => {
    try {
      createRma({ ...base, lines: [] });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "lines"]);
    }
  });
});
