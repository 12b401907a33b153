import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deriveNotificationTriggers,
  notificationDedupeKey,
  shipmentNotificationTriggerSchema,
  summariseTracking,
} from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";
import { berlinParcelEvents, berlinShipment } from "./fixtures.js";

const common = {
  orderId: "SO-1001",
  shipmentId: "SO-1001-1",
  trackingNumber: "LX123456789CN",
  carrier: "DHL eCommerce",
  promisedDate: "2026-10-14",
};

describe("deriveNotificationTriggers", () => {
  it("emits shipped, customs hold, out for delivery and delivered for the Berlin parcel, nothing for the stray scan", () => {
    const summary = summariseTracking(berlinParcelEvents());
    const triggers = deriveNotificationTriggers({ shipment: berlinShipment, summary, timeZone: "Europe/Berlin" });
    expect(triggers).toEqual([
      {
        ...common,
        type: "shipped",
        at: "2026-10-09T02:00:00.000Z",
        location: "Shenzhen, CN",
        detail: "picked_up",
        dedupeKey: "SO-1001:SO-1001-1:shipped",
      },
      {
        ...common,
        type: "customs_hold",
        at: "2026-10-13T08:00:00.000Z",
        location: "Leipzig, DE",
        detail: "customs_hold",
        dedupeKey: "SO-1001:SO-1001-1:customs_hold:2026-10-13",
      },
      {
        ...common,
        type: "out_for_delivery",
        at: "2026-10-16T06:30:00.000Z",
        location: "Berlin, DE",
        detail: "out_for_delivery",
        dedupeKey: "SO-1001:SO-1001-1:out_for_delivery:2026-10-16",
      },
      {
        ...common,
        type: "delivered",
        at: "2026-10-16T14:00:00.000Z",
        location: "Berlin, DE",
        detail: "signed",
        dedupeKey: "SO-1001:SO-1001-1:delivered",
      },
    ]);
    for (const trigger of triggers) expect(shipmentNotificationTriggerSchema.safeParse(trigger).success).toBe(true);
  });

  it("adds one delayed trigger per promised date, dated now", () => {
    const summary = summariseTracking(berlinParcelEvents().slice(0, 4));
    const triggers = deriveNotificationTriggers({
      shipment: berlinShipment,
      summary,
      timeZone: "Europe/Berlin",
      delay: { state: "late", daysLate: 1 },
      now: new Date("2026-10-15T10:00:00Z"),
    });
    expect(triggers.map((t) => t.type)).toEqual(["shipped", "customs_hold", "delayed"]);
    expect(triggers[2]).toEqual({
      ...common,
      type: "delayed",
      at: "2026-10-15T10:00:00.000Z",
      detail: "late",
      dedupeKey: "SO-1001:SO-1001-1:delayed:2026-10-14",
    });
  });

  it("reports failed attempts and returns as exceptions, one per sub-status and day", () => {
    const summary = summariseTracking([
      { at: "2026-10-09T02:00:00Z", status: "in_transit", subStatus: "picked_up" },
      { at: "2026-10-16T08:00:00Z", status: "failed_attempt", subStatus: "recipient_unavailable" },
      { at: "2026-10-16T09:00:00Z", status: "failed_attempt", subStatus: "recipient_unavailable" },
      { at: "2026-10-20T09:00:00Z", status: "exception", subStatus: "returning_to_sender" },
    ]);
    const keys = deriveNotificationTriggers({ shipment: berlinShipment, summary, timeZone: "UTC" }).map(
      (t) => t.dedupeKey,
    );
    expect(keys).toEqual([
      "SO-1001:SO-1001-1:shipped",
      "SO-1001:SO-1001-1:exception:recipient_unavailable:2026-10-16",
      "SO-1001:SO-1001-1:exception:returning_to_sender:2026-10-20",
    ]);
  });

  it("encodes ids so a ':' in an id cannot collide", () => {
    expect(notificationDedupeKey("A:B", "C", "shipped")).toBe("A%3AB:C:shipped");
    expect(notificationDedupeKey("A", "B:C", "shipped")).not.toBe(notificationDedupeKey("A:B", "C", "shipped"));
  });

  it("property: dedupe keys are stable under re-derivation and input order, and unique", () => {
    const events = berlinParcelEvents();
    const reference = deriveNotificationTriggers({
      shipment: berlinShipment,
      summary: summariseTracking(events),
      timeZone: "Europe/Berlin",
    }).map((t) => t.dedupeKey);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        const keys = deriveNotificationTriggers({
          shipment: berlinShipment,
          summary: summariseTracking(shuffled),
          timeZone: "Europe/Berlin",
        }).map((t) => t.dedupeKey);
        expect(keys).toEqual(reference);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a shipment without a tracking number, and a delay without now", () => {
    const summary = summariseTracking([]);
    expectOpsError(
      () =>
        deriveNotificationTriggers({ shipment: { ...berlinShipment, trackingNumber: "" }, summary, timeZone: "UTC" }),
      "INVALID_ARGUMENT",
      ["input", "shipment", "trackingNumber"],
    );
    expectOpsError(
      () =>
        deriveNotificationTriggers({
          shipment: berlinShipment,
          summary,
          timeZone: "UTC",
          delay: { state: "late", daysLate: 1 },
        }),
      "INVALID_ARGUMENT",
      ["input", "now"],
    );
    expectOpsError(
      () => deriveNotificationTriggers({ shipment: berlinShipment, summary: {} as never, timeZone: "UTC" }),
      "INVALID_ARGUMENT",
      ["input", "summary"],
    );
  });
});
