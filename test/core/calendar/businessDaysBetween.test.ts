import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessDaysBetween, CN_2026, createBusinessCalendar, US_2026 } from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

describe("businessDaysBetween", () => {
  it.each([
    ["2026-09-30", "2026-10-12", 4], // 8, 9, 10 (Saturday worked), 12 October
    ["2026-10-12", "2026-09-30", -4],
    ["2026-09-30", "2026-09-30", 0],
    ["2026-02-13", "2026-02-28", 6], // 14 (Saturday worked), 24-27, 28 (Saturday worked)
    ["2026-02-14", "2026-02-23", 0], // all holiday
    ["2026-09-19", "2026-09-20", 1], // Sunday worked
    ["2026-01-01", "2026-12-31", 248], // 365 - 104 weekend days - 19 weekday holidays + 6 make-up days
  ])("CN 2026: %s → %s is %i", (from, to, expected) => {
    expect(businessDaysBetween(cn, from, to)).toBe(expected);
  });

  it.each([
    ["2026-11-25", "2026-11-27", 1], // Thanksgiving
    ["2026-07-02", "2026-07-06", 1], // July 3 observed
    ["2026-07-06", "2026-07-02", -1],
    ["2026-01-01", "2026-12-31", 250], // 261 weekdays - 11 holidays, none on a weekend as observed
  ])("US 2026: %s → %s is %i", (from, to, expected) => {
    expect(businessDaysBetween(us, from, to)).toBe(expected);
  });

  it("is antisymmetric and additive", () => {
    const date = fc
      .integer({ min: 0, max: 364 })
      .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(businessDaysBetween(cn, a, b) + businessDaysBetween(cn, b, a)).toBe(0);
        expect(businessDaysBetween(cn, a, b) + businessDaysBetween(cn, b, c)).toBe(businessDaysBetween(cn, a, c));
      }),
    );
  });

  it("never answers -0, through the port either", () => {
    const host = { ...us, isBusinessDay: (date: string) => us.isBusinessDay(date) };
    expect(Object.is(businessDaysBetween(host, "2026-07-05", "2026-07-03"), 0)).toBe(true);
    expect(Object.is(businessDaysBetween(us, "2026-07-05", "2026-07-03"), 0)).toBe(true);
  });

  it("rejects bad or uncovered dates with their path", () => {
    expectOpsError(() => businessDaysBetween(cn, "2026-02-30", "2026-03-02"), "INVALID_ARGUMENT", ["from"]);
    expectOpsError(() => businessDaysBetween(cn, "2026-03-02", "tomorrow"), "INVALID_ARGUMENT", ["to"]);
    expectOpsError(() => businessDaysBetween(cn, "2025-12-31", "2026-03-02"), "CALENDAR_OUT_OF_RANGE", ["from"]);
    expectOpsError(() => businessDaysBetween(cn, "2026-03-02", "2027-01-01"), "CALENDAR_OUT_OF_RANGE", ["to"]);
  });
});
