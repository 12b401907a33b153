import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  initialSnapshot,
  replay,
  type Snapshot,
  toMermaid,
  transition,
} from "../../../../src/core/index.js";
import {
  type FulfilmentContext,
  type FulfilmentEvent,
  type FulfilmentState,
  fulfilmentMachine,
} from "../../../../src/logistics/operations/index.js";

const context: FulfilmentContext = { orderId: "SO-1001", shipmentId: "SO-1001-1", handedOver: false, dispatchCount: 0 };
const passReview: FulfilmentEvent = { type: "REVIEW", addressValid: true, stockAvailable: true };
const toCarrier: FulfilmentEvent[] = [
  passReview,
  { type: "PICK" },
  { type: "PACK" },
  { type: "LABEL", trackingNumber: "LX123456789CN", carrier: "DHL" },
  { type: "HAND_OVER" },
  { type: "CARRIER_SCAN" },
];

function run(events: readonly FulfilmentEvent[]): Snapshot<FulfilmentState, FulfilmentContext> {
  const r = replay(
    fulfilmentMachine,
    context,
    events.map((event) => ({ event })),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.snapshot;
}

function step(snapshot: Snapshot<FulfilmentState, FulfilmentContext>, event: FulfilmentEvent) {
  return transition(fulfilmentMachine, snapshot, event);
}

describe("fulfilmentMachine", () => {
  it("is well formed", () => {
    expect(() => assertMachineWellFormed(fulfilmentMachine)).not.toThrow();
  });

  it("runs the happy path and records the label and the hand-over", () => {
    const snap = run([...toCarrier, { type: "DELIVER" }]);
    expect(snap.state).toBe("delivered");
    expect(snap.context).toEqual({
      ...context,
      trackingNumber: "LX123456789CN",
      carrier: "DHL",
      handedOver: true,
      dispatchCount: 1,
    });
    expect(snap.history.map((h) => h.to)).toEqual([
      "reviewed",
      "picked",
      "packed",
      "labelled",
      "handed_to_carrier",
      "in_transit",
      "delivered",
    ]);
  });

  it("guards the review on the host's address and stock results", () => {
    const start = initialSnapshot(fulfilmentMachine, context);
    const bad = step(start, { type: "REVIEW", addressValid: false, stockAvailable: true });
    expect(bad.ok && bad.value.snapshot.state).toBe("address_problem");
    expect(bad.ok && bad.value.effects).toEqual([{ type: "request-address-confirmation" }]);
    const short = step(start, { type: "REVIEW", addressValid: true, stockAvailable: false });
    expect(short.ok && short.value.snapshot.state).toBe("backordered");
    const both = step(start, { type: "REVIEW", addressValid: false, stockAvailable: false });
    expect(both.ok && both.value.snapshot.state).toBe("address_problem");
  });

  it("backordered: stock arrives → review again; or cancel", () => {
    expect(
      run([{ type: "REVIEW", addressValid: true, stockAvailable: false }, { type: "STOCK_ARRIVED" }, passReview]).state,
    ).toBe("reviewed");
    expect(run([{ type: "REVIEW", addressValid: true, stockAvailable: false }, { type: "CANCEL" }]).state).toBe(
      "cancelled",
    );
  });

  it("address problem before hand-over: corrected → received, or cancelled; never returned to sender", () => {
    const badAddress: FulfilmentEvent = { type: "REVIEW", addressValid: false, stockAvailable: true };
    expect(run([badAddress, { type: "ADDRESS_CORRECTED" }]).state).toBe("received");
    expect(run([badAddress, { type: "CANCEL" }]).state).toBe("cancelled");
    const r = step(run([badAddress]), { type: "RETURN_TO_SENDER" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.blockedBy).toEqual(["handedOver"]);
  });

  it("address problem in transit: corrected → in transit, or returned to sender; not cancellable", () => {
    expect(run([...toCarrier, { type: "ADDRESS_ISSUE" }, { type: "ADDRESS_CORRECTED" }]).state).toBe("in_transit");
    expect(run([...toCarrier, { type: "ADDRESS_ISSUE" }, { type: "RETURN_TO_SENDER" }]).state).toBe(
      "returned_to_sender",
    );
    expect(step(run([...toCarrier, { type: "ADDRESS_ISSUE" }]), { type: "CANCEL" }).ok).toBe(false);
  });

  it("customs hold: released, returned, seized (lost) or closed", () => {
    const held = run([...toCarrier, { type: "CUSTOMS_HOLD" }]);
    expect(held.state).toBe("customs_hold");
    expect(run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "CUSTOMS_RELEASED" }]).state).toBe("in_transit");
    expect(run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "RETURN_TO_SENDER" }]).state).toBe(
      "returned_to_sender",
    );
    expect(run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "REPORT_LOST" }]).state).toBe("lost");
    const closed = run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "CLOSE", resolution: "written_off" }]);
    expect(closed.state).toBe("closed");
    expect(closed.context.resolution).toBe("written_off");
  });

  it("accepts the carrier's word: a scan after a hold or a loss, a delivery from any exception with the carrier", () => {
    expect(run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "CARRIER_SCAN" }]).state).toBe("in_transit");
    expect(run([...toCarrier, { type: "REPORT_LOST" }, { type: "CARRIER_SCAN" }]).state).toBe("in_transit");
    expect(run([...toCarrier, { type: "CUSTOMS_HOLD" }, { type: "DELIVER" }]).state).toBe("delivered");
    expect(run([...toCarrier, { type: "REPORT_LOST" }, { type: "DELIVER" }]).state).toBe("delivered");
    expect(run([...toCarrier, { type: "ADDRESS_ISSUE" }, { type: "DELIVER" }]).state).toBe("delivered");
    const early = step(run([{ type: "REVIEW", addressValid: false, stockAvailable: true }]), { type: "DELIVER" });
    expect(early.ok).toBe(false);
  });

  it("lost: found → in transit, or closed with a claim", () => {
    const lost = step(run(toCarrier), { type: "REPORT_LOST" });
    expect(lost.ok && lost.value.effects).toEqual([{ type: "open-carrier-claim", reason: "lost" }]);
    expect(run([...toCarrier, { type: "REPORT_LOST" }, { type: "FOUND" }]).state).toBe("in_transit");
    expect(run([...toCarrier, { type: "REPORT_LOST" }, { type: "CLOSE", resolution: "claim_settled" }]).state).toBe(
      "closed",
    );
  });

  it("damaged: delivered anyway, returned, or closed", () => {
    expect(run([...toCarrier, { type: "REPORT_DAMAGED" }, { type: "DELIVER" }]).state).toBe("delivered");
    expect(run([...toCarrier, { type: "REPORT_DAMAGED" }, { type: "RETURN_TO_SENDER" }]).state).toBe(
      "returned_to_sender",
    );
    expect(run([...toCarrier, { type: "REPORT_DAMAGED" }, { type: "CLOSE", resolution: "refunded" }]).state).toBe(
      "closed",
    );
  });

  it("returned to sender: reshipped (a second dispatch) or closed", () => {
    const reshipped = run([
      ...toCarrier,
      { type: "RETURN_TO_SENDER" },
      { type: "RESHIP" },
      ...toCarrier,
      { type: "DELIVER" },
    ]);
    expect(reshipped.state).toBe("delivered");
    expect(reshipped.context.dispatchCount).toBe(2);
    expect(run([...toCarrier, { type: "RETURN_TO_SENDER" }, { type: "CLOSE", resolution: "refunded" }]).state).toBe(
      "closed",
    );
  });

  it("cannot be cancelled once with the carrier, nor moved once delivered", () => {
    const r = step(run(toCarrier), { type: "CANCEL" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("ILLEGAL_TRANSITION");
    expect(step(run([...toCarrier, { type: "DELIVER" }]), { type: "RETURN_TO_SENDER" }).ok).toBe(false);
  });

  it("draws every state in Mermaid with its Chinese label", () => {
    const drawing = toMermaid(fulfilmentMachine);
    expect(drawing).toContain("customs_hold : customs hold 海关扣留");
    expect(drawing).toContain("received --> reviewed : REVIEW [reviewPassed]");
    expect(drawing).toContain("delivered --> [*]");
  });
});
