import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  summariseTracking,
  type TrackingEventInput,
  trackingStatusSchema,
  trackingSubStatusSchema,
} from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";
import { berlinParcelEvents } from "./fixtures.js";

describe("summariseTracking", () => {
  it("starts pending with no events", () => {
    expect(summariseTracking([])).toEqual({ status: "pending", subStatus: "awaiting_tracking", timeline: [] });
  });

  it("folds the Berlin parcel to delivered and ignores the stray scan after delivery", () => {
    const s = summariseTracking(berlinParcelEvents());
    expect(s.status).toBe("delivered");
    expect(s.subStatus).toBe("signed");
    expect(s.shippedAt?.toISOString()).toBe("2026-10-09T02:00:00.000Z");
    expect(s.deliveredAt?.toISOString()).toBe("2026-10-16T14:00:00.000Z");
    expect(s.lastEventAt?.toISOString()).toBe("2026-10-17T01:00:00.000Z");
    expect(s.timeline.map((step) => step.applied)).toEqual([true, true, true, true, true, true, true, false]);
    expect(s.timeline[7]?.reason).toBe("after-delivery");
  });

  it("orders events by time whatever the input order", () => {
    const events = berlinParcelEvents().reverse();
    expect(summariseTracking(events).subStatus).toBe("signed");
  });

  it("lets a return move a delivered shipment, and clears deliveredAt", () => {
    const s = summariseTracking([
      { at: "2026-10-16T14:00:00Z", status: "delivered", subStatus: "delivered" },
      { at: "2026-10-18T09:00:00Z", status: "exception", subStatus: "returning_to_sender" },
    ]);
    expect(s.status).toBe("exception");
    expect(s.subStatus).toBe("returning_to_sender");
    expect(s.deliveredAt).toBeUndefined();
  });

  it("never lets an unrecognised code move the status, but counts it as the last event", () => {
    const s = summariseTracking([
      { at: "2026-10-09T02:00:00Z", status: "in_transit", subStatus: "picked_up" },
      { at: "2026-10-10T02:00:00Z", status: "exception", subStatus: "unrecognised_code", mappedBy: "fallback" },
    ]);
    expect(s.status).toBe("in_transit");
    expect(s.lastEventAt?.toISOString()).toBe("2026-10-10T02:00:00.000Z");
    expect(s.timeline[1]).toMatchObject({ applied: false, reason: "unrecognised-code" });
  });

  it("property: a later event never moves a delivered shipment back unless it is a return", () => {
    const eventArb = fc.record({
      at: fc.integer({ min: 0, max: 1_000_000 }).map((m) => new Date(Date.UTC(2026, 9, 1) + m * 60_000)),
      status: fc.constantFrom(...trackingStatusSchema.options),
      subStatus: fc.constantFrom(...trackingSubStatusSchema.options),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), (events: TrackingEventInput[]) => {
        const s = summariseTracking(events);
        let delivered = false;
        for (const step of s.timeline) {
          if (delivered && step.applied)
            expect(["returning_to_sender", "returned_to_sender"]).toContain(step.event.subStatus);
          if (step.applied) delivered = step.event.status === "delivered";
        }
        if (s.status !== "delivered") expect(s.deliveredAt).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("refuses malformed events with the path of the field", () => {
    expectOpsError(
      () => summariseTracking([{ at: "yesterday", status: "in_transit", subStatus: "in_transit" }]),
      "INVALID_ARGUMENT",
      ["events", 0, "at"],
    );
    expectOpsError(
      () => summariseTracking([{ at: "2026-10-01T00:00:00Z", status: "teleported" as never, subStatus: "in_transit" }]),
      "INVALID_ARGUMENT",
      ["events", 0, "status"],
    );
  });
});
