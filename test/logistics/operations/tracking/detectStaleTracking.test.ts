import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar } from "../../../../src/core/index.js";
import { detectStaleTracking } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const base = {
  lastEventAt: "2026-09-30T10:00:00+08:00",
  status: "in_transit" as const,
  thresholdDays: 3,
  timeZone: "Asia/Shanghai",
};

describe("detectStaleTracking across the 2026 National Day holiday (1-7 Oct, 10 Oct worked)", () => {
  it("counts 9 silent calendar days from 30 Sep to 9 Oct: stale", () => {
    expect(detectStaleTracking({ ...base, now: "2026-10-09T10:00:00+08:00" })).toEqual({
      stale: true,
      silentDays: 9,
      thresholdDays: 3,
      basis: "calendar",
      lastEventDate: "2026-09-30",
      today: "2026-10-09",
    });
  });
  it("counts only 8 and 9 Oct as business days: not yet stale on a 3-business-day threshold", () => {
    const r = detectStaleTracking({ ...base, now: "2026-10-09T10:00:00+08:00", basis: "business", calendar: cn });
    expect(r.silentDays).toBe(2);
    expect(r.stale).toBe(false);
  });
  it("becomes stale on Saturday 10 Oct, a make-up working day", () => {
    const r = detectStaleTracking({ ...base, now: "2026-10-10T10:00:00+08:00", basis: "business", calendar: cn });
    expect(r.silentDays).toBe(3);
    expect(r.stale).toBe(true);
  });
  it("reads dates in the given time zone (23:30 UTC on 30 Sep is 1 Oct in Shanghai)", () => {
    const r = detectStaleTracking({ ...base, lastEventAt: "2026-09-30T23:30:00Z", now: "2026-10-02T01:00:00Z" });
    expect(r.lastEventDate).toBe("2026-10-01");
    expect(r.silentDays).toBe(1);
  });
  it("never flags a delivered parcel", () => {
    expect(detectStaleTracking({ ...base, status: "delivered", now: "2026-11-30T10:00:00+08:00" }).stale).toBe(false);
  });
  it("never flags a parcel back with the sender", () => {
    const r = detectStaleTracking({
      ...base,
      status: "exception",
      subStatus: "returned_to_sender",
      now: "2026-11-30T10:00:00+08:00",
    });
    expect(r.stale).toBe(false);
  });
});

describe("detectStaleTracking: bad input", () => {
  it("needs a calendar for business days", () => {
    expectOpsError(
      () => detectStaleTracking({ ...base, now: "2026-10-09T10:00:00+08:00", basis: "business" }),
      "INVALID_ARGUMENT",
      ["input", "calendar"],
    );
  });
  it("refuses now before the last event", () => {
    expectOpsError(() => detectStaleTracking({ ...base, now: "2026-09-29T10:00:00+08:00" }), "INVALID_ARGUMENT", [
      "input",
      "now",
    ]);
  });
  it("refuses an unknown time zone and a zero threshold", () => {
    expectOpsError(
      () => detectStaleTracking({ ...base, now: "2026-10-09T10:00:00+08:00", timeZone: "Mars/Olympus" }),
      "INVALID_ARGUMENT",
      ["input", "timeZone"],
    );
    expectOpsError(
      () => detectStaleTracking({ ...base, now: "2026-10-09T10:00:00+08:00", thresholdDays: 0 }),
      "INVALID_ARGUMENT",
      ["input", "thresholdDays"],
    );
  });
  it("lets the calendar's CALENDAR_OUT_OF_RANGE through", () => {
    expectOpsError(
      () =>
        detectStaleTracking({
          ...base,
          now: "2027-01-05T10:00:00+08:00",
          lastEventAt: "2026-12-30T10:00:00+08:00",
          basis: "business",
          calendar: cn,
        }),
      "CALENDAR_OUT_OF_RANGE",
    );
  });
});
