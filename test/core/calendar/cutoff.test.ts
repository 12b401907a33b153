import { describe, expect, it } from "vitest";
import {
  applyCutoff,
  type BusinessCalendar,
  CN_2026,
  createBusinessCalendar,
  cutoffTimeSchema,
  localDateIn,
  US_2026,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

describe("localDateIn", () => {
  it.each([
    ["2026-03-12T17:30:00Z", "Asia/Shanghai", "2026-03-13"], // already Friday in Shanghai
    ["2026-03-12T17:30:00Z", "America/New_York", "2026-03-12"],
    ["2026-03-12T15:59:59Z", "Asia/Shanghai", "2026-03-12"],
    ["2026-03-12T16:00:00Z", "Asia/Shanghai", "2026-03-13"],
    ["2026-01-01T03:00:00Z", "America/New_York", "2025-12-31"],
    ["2026-07-01T04:00:00Z", "America/New_York", "2026-07-01"], // midnight EDT
    ["2026-07-01T03:59:00Z", "America/New_York", "2026-06-30"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(localDateIn(new Date(instant), zone)).toBe(expected);
  });

  it("rejects an invalid instant or an unknown zone", () => {
    expectOpsError(() => localDateIn(new Date("nope"), "Asia/Shanghai"), "INVALID_ARGUMENT", ["instant"]);
    expectOpsError(() => localDateIn(new Date(0), "Asia/Beijing"), "INVALID_ARGUMENT", ["timeZone"]);
  });
});

describe("applyCutoff", () => {
  it.each([
    // Asia/Shanghai is UTC+8 all year; cut-off 15:00 local
    ["2026-03-10T06:59:00Z", "2026-03-10"], // Tuesday 14:59
    ["2026-03-10T06:59:59.999Z", "2026-03-10"],
    ["2026-03-10T07:00:00Z", "2026-03-11"], // exactly 15:00 is too late
    ["2026-03-12T17:30:00Z", "2026-03-13"], // Thursday in UTC, Friday 01:30 in Shanghai
    ["2026-03-13T08:00:00Z", "2026-03-16"], // Friday 16:00 → Monday
    ["2026-03-14T02:00:00Z", "2026-03-16"], // Saturday morning → Monday
    ["2026-09-30T09:00:00Z", "2026-10-08"], // after the cut-off before Golden Week
    ["2026-10-02T02:00:00Z", "2026-10-08"], // during Golden Week
    ["2026-10-10T01:00:00Z", "2026-10-10"], // make-up Saturday morning
    ["2026-02-13T08:00:00Z", "2026-02-14"], // Friday 16:00 → make-up Saturday
    ["2026-02-14T08:00:00Z", "2026-02-24"], // make-up Saturday 16:00 → after the Spring Festival
  ])("Shanghai, 15:00 cut-off: %s → %s", (instant, expected) => {
    expect(applyCutoff(cn, instant, "15:00")).toBe(expected);
  });

  it.each([
    // America/New_York is UTC-4 in July (EDT), UTC-5 in November (EST); cut-off 17:00 local
    ["2026-07-02T20:59:00Z", "2026-07-02"], // Thursday 16:59
    ["2026-07-02T21:00:00Z", "2026-07-06"], // Thursday 17:00 → over July 3 (observed) and the weekend
    ["2026-07-03T01:00:00Z", "2026-07-06"], // Friday in UTC, still Thursday 21:00 in New York
    ["2026-11-26T15:00:00Z", "2026-11-27"], // Thanksgiving morning
    ["2026-11-25T21:59:00Z", "2026-11-25"], // Wednesday 16:59 EST
    ["2026-11-25T22:00:00Z", "2026-11-27"], // Wednesday 17:00 EST
  ])("New York, 17:00 cut-off: %s → %s", (instant, expected) => {
    expect(applyCutoff(us, instant, "17:00")).toBe(expected);
  });

  it("accepts a Date as well as a string", () => {
    expect(applyCutoff(cn, new Date("2026-03-10T06:59:00Z"), "15:00")).toBe("2026-03-10");
  });

  it("handles the 00:00 cut-off (everything is next business day)", () => {
    expect(applyCutoff(cn, "2026-03-09T16:00:00Z", "00:00")).toBe("2026-03-11"); // Tuesday 00:00 local
  });

  it.each([["25:00"], ["24:00"], ["9:00"], ["12:60"], ["noon"], [""]])("rejects the cut-off %j", (cutoff) => {
    expectOpsError(() => applyCutoff(cn, "2026-03-10T06:59:00Z", cutoff), "INVALID_ARGUMENT", ["cutoff"]);
  });

  it("rejects an invalid instant", () => {
    expectOpsError(() => applyCutoff(cn, "2026-02-30T10:00:00Z", "15:00"), "INVALID_ARGUMENT", ["instant"]);
    expectOpsError(() => applyCutoff(cn, new Date(Number.NaN), "15:00"), "INVALID_ARGUMENT", ["instant"]);
  });

  it("rejects a host calendar with an unknown time zone", () => {
    const host: BusinessCalendar = {
      id: "HOST",
      timeZone: "Mars/Olympus",
      validFrom: "2026-01-01",
      validTo: "2026-12-31",
      isBusinessDay: () => true,
    };
    expectOpsError(() => applyCutoff(host, "2026-03-10T06:59:00Z", "15:00"), "INVALID_ARGUMENT", [
      "calendar",
      "timeZone",
    ]);
  });

  it("throws CALENDAR_OUT_OF_RANGE when the local day or the answer is not covered", () => {
    // 2026-12-31T16:30Z is already 2027-01-01 in Shanghai
    expectOpsError(() => applyCutoff(cn, "2026-12-31T16:30:00Z", "15:00"), "CALENDAR_OUT_OF_RANGE", ["instant"]);
    expectOpsError(() => applyCutoff(cn, "2026-12-31T08:00:00Z", "15:00"), "CALENDAR_OUT_OF_RANGE", ["instant"]);
  });
});

describe("cutoffTimeSchema", () => {
  it("accepts 00:00 to 23:59 only", () => {
    expect(cutoffTimeSchema.safeParse("00:00").success).toBe(true);
    expect(cutoffTimeSchema.safeParse("23:59").success).toBe(true);
    expect(cutoffTimeSchema.safeParse("24:00").success).toBe(false);
  });
});
