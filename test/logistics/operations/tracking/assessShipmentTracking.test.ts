import { describe, expect, it } from "vitest";
import { assessShipmentTracking } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";
import { berlinParcelEvents, berlinShipment } from "./fixtures.js";

describe("assessShipmentTracking", () => {
  it("finds the Berlin parcel held in customs, late against its 14 Oct promise", () => {
    const a = assessShipmentTracking({
      shipment: berlinShipment,
      events: berlinParcelEvents().slice(0, 4),
      now: "2026-10-15T12:00:00+02:00",
      timeZone: "Europe/Berlin",
      staleAfterDays: 3,
    });
    expect(a.summary.subStatus).toBe("customs_hold");
    expect(a.delay).toMatchObject({ state: "late", daysLate: 1, today: "2026-10-15" });
    expect(a.stale).toMatchObject({ stale: false, silentDays: 2 });
    expect(a.triggers.map((t) => t.type)).toEqual(["shipped", "customs_hold", "delayed"]);
  });

  it("reports a delivered-late parcel without a delayed trigger", () => {
    const a = assessShipmentTracking({
      shipment: berlinShipment,
      events: berlinParcelEvents(),
      now: "2026-10-17T12:00:00+02:00",
      timeZone: "Europe/Berlin",
    });
    expect(a.delay).toMatchObject({ state: "delivered_late", daysLate: 2 });
    expect(a.stale?.stale).toBe(false);
    expect(a.triggers.map((t) => t.type)).toEqual(["shipped", "customs_hold", "out_for_delivery", "delivered"]);
  });

  it("has no stale verdict before the first event and no delay verdict without a promise", () => {
    const { promisedDate: _omit, ...noPromise } = berlinShipment;
    const a = assessShipmentTracking({ shipment: noPromise, events: [], now: "2026-10-15T12:00:00Z", timeZone: "UTC" });
    expect(a.stale).toBeUndefined();
    expect(a.delay).toBeUndefined();
    expect(a.triggers).toEqual([]);
  });

  it("refuses a bad time zone and a non-object", () => {
    expectOpsError(
      () =>
        assessShipmentTracking({
          shipment: berlinShipment,
          events: [],
          now: "2026-10-15T12:00:00Z",
          timeZone: "Berlin",
        }),
      "INVALID_ARGUMENT",
      ["input", "timeZone"],
    );
    expectOpsError(() => assessShipmentTracking(null as never), "INVALID_ARGUMENT", ["input"]);
  });
});
