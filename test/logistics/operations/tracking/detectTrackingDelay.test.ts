import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar } from "../../../../src/core/index.js";
import { detectTrackingDelay } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

const berlin = { promisedDate: "2026-10-12", timeZone: "Europe/Berlin" };

describe("detectTrackingDelay", () => {
  it("is on time up to and including the promised date", () => {
    expect(detectTrackingDelay({ ...berlin, now: "2026-10-12T21:00:00+02:00" })).toEqual({
      state: "on_time",
      daysLate: 0,
      promisedDate: "2026-10-12",
      today: "2026-10-12",
      basis: "calendar",
    });
  });
  it("is late 2 days on 14 Oct", () => {
    const r = detectTrackingDelay({ ...berlin, now: "2026-10-14T09:00:00+02:00" });
    expect(r.state).toBe("late");
    expect(r.daysLate).toBe(2);
  });
  it("is at risk when the carrier expects 15 Oct for a 12 Oct promise", () => {
    const r = detectTrackingDelay({ ...berlin, expectedDate: "2026-10-15", now: "2026-10-10T09:00:00+02:00" });
    expect(r).toMatchObject({ state: "at_risk", daysLate: 3, expectedDate: "2026-10-15" });
  });
  it("judges delivery by the buyer's local date (23:30 UTC on 12 Oct is 13 Oct in Berlin)", () => {
    const r = detectTrackingDelay({ ...berlin, deliveredAt: "2026-10-12T23:30:00Z", now: "2026-10-20T00:00:00Z" });
    expect(r).toMatchObject({ state: "delivered_late", daysLate: 1 });
    const utc = detectTrackingDelay({
      ...berlin,
      timeZone: "UTC",
      deliveredAt: "2026-10-12T23:30:00Z",
      now: "2026-10-20T00:00:00Z",
    });
    expect(utc).toMatchObject({ state: "delivered_on_time", daysLate: 0 });
  });
  it("counts late business days through the CN National Day holiday", () => {
    const cn = createBusinessCalendar(CN_2026);
    const input = { promisedDate: "2026-09-30", now: "2026-10-09T12:00:00+08:00", timeZone: "Asia/Shanghai" };
    expect(detectTrackingDelay({ ...input, basis: "business", calendar: cn }).daysLate).toBe(2);
    expect(detectTrackingDelay(input).daysLate).toBe(9);
  });
  it("keeps the state late even when no business day has passed yet (promise on the eve of a holiday)", () => {
    const cn = createBusinessCalendar(CN_2026);
    const r = detectTrackingDelay({
      promisedDate: "2026-09-30",
      now: "2026-10-03T12:00:00+08:00",
      timeZone: "Asia/Shanghai",
      basis: "business",
      calendar: cn,
    });
    expect(r).toMatchObject({ state: "late", daysLate: 0 });
  });
  it("refuses a malformed promised date", () => {
    expectOpsError(
      () => detectTrackingDelay({ promisedDate: "2026-02-30", now: "2026-10-01T00:00:00Z", timeZone: "UTC" }),
      "INVALID_ARGUMENT",
      ["input", "promisedDate"],
    );
  });
});
