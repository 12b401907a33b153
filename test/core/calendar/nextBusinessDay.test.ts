import { describe, expect, it } from "vitest";
import {
  CN_2026,
  createBusinessCalendar,
  isBusinessDay,
  type NextBusinessDayOptions,
  nextBusinessDay,
  US_2026,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

describe("nextBusinessDay", () => {
  it.each([
    ["2026-11-25", undefined, "2026-11-27"],
    ["2026-11-25", { inclusive: true }, "2026-11-25"],
    ["2026-11-26", { inclusive: true }, "2026-11-27"],
    ["2026-07-02", { inclusive: false }, "2026-07-06"],
  ] as const)("US: %s %j → %s", (date, options, expected) => {
    expect(nextBusinessDay(us, date, options)).toBe(expected);
  });

  it.each([
    ["2026-09-30", undefined, "2026-10-08"],
    ["2026-10-01", { inclusive: true }, "2026-10-08"],
    ["2026-10-09", undefined, "2026-10-10"], // make-up Saturday
    ["2026-10-10", { inclusive: true }, "2026-10-10"],
    ["2026-02-13", undefined, "2026-02-14"],
    ["2026-02-14", undefined, "2026-02-24"],
  ] as const)("CN: %s %j → %s", (date, options, expected) => {
    expect(nextBusinessDay(cn, date, options)).toBe(expected);
  });

  it("throws CALENDAR_OUT_OF_RANGE past the end of the data", () => {
    expectOpsError(() => nextBusinessDay(cn, "2026-12-31"), "CALENDAR_OUT_OF_RANGE", ["date"]);
    expectOpsError(() => nextBusinessDay(cn, "2027-01-04"), "CALENDAR_OUT_OF_RANGE", ["date"]);
    expect(nextBusinessDay(cn, "2026-12-31", { inclusive: true })).toBe("2026-12-31");
  });

  it("rejects bad input with its path", () => {
    expectOpsError(() => nextBusinessDay(cn, "2026-02-30"), "INVALID_ARGUMENT", ["date"]);
    const options = { inclusive: "yes" } as unknown as NextBusinessDayOptions;
    expectOpsError(() => nextBusinessDay(cn, "2026-03-02", options), "INVALID_ARGUMENT", ["options", "inclusive"]);
  });
});

describe("isBusinessDay", () => {
  it("answers from the calendar", () => {
    expect(isBusinessDay(cn, "2026-09-20")).toBe(true);
    expect(isBusinessDay(us, "2026-07-03")).toBe(false);
  });

  it("rejects bad or uncovered dates", () => {
    expectOpsError(() => isBusinessDay(cn, "2026-02-30"), "INVALID_ARGUMENT", ["date"]);
    expectOpsError(() => isBusinessDay(cn, "2025-12-31"), "CALENDAR_OUT_OF_RANGE", ["date"]);
    const host = { ...us, validFrom: "2026-01-01", isBusinessDay: () => true };
    expectOpsError(() => isBusinessDay(host, "2027-01-01"), "CALENDAR_OUT_OF_RANGE", ["date"]);
  });
});
