import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  type CalendarData,
  CN_2026,
  createBusinessCalendar,
  joinCalendarData,
  US_2026,
  US_2027,
  usFederalCalendarData,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

describe("joinCalendarData", () => {
  it("runs business days across the year end", () => {
    const joined = joinCalendarData("US-2026-2027", [US_2026, US_2027]);
    expect(joined).toMatchObject({ id: "US-2026-2027", validFrom: "2026-01-01", validTo: "2027-12-31" });
    expect(joined.holidays).toHaveLength(23);
    const us = createBusinessCalendar(joined);
    expect(addBusinessDays(us, "2026-12-30", 3)).toBe("2027-01-05"); // 31 Dec, then 4 and 5 Jan
    expect(us.isBusinessDay("2027-12-31")).toBe(false);
  });

  it("equals the data built for both years at once", () => {
    const joined = joinCalendarData("US-2026-2027", [US_2026, US_2027]);
    expect(joined).toEqual({ ...usFederalCalendarData({ fromYear: 2026, toYear: 2027 }), id: "US-2026-2027" });
  });

  it("does not share or change its arguments", () => {
    const before = structuredClone(US_2026);
    const joined = joinCalendarData("X", [US_2026, US_2027]);
    (joined.holidays[0] as { name: string }).name = "changed";
    expect(US_2026).toEqual(before);
  });

  it("joins any run of consecutive years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2300 }), fc.integer({ min: 1, max: 4 }), (from, count) => {
        const parts = Array.from({ length: count }, (_, i) => usFederalCalendarData({ fromYear: from + i }));
        const joined = joinCalendarData("J", parts);
        expect(joined.holidays).toEqual(parts.flatMap((part) => part.holidays));
        expect(joined.validTo).toBe(`${from + count - 1}-12-31`);
      }),
      { numRuns: 100 },
    );
  });

  const gap: CalendarData = usFederalCalendarData({ fromYear: 2028 });
  it.each([
    ["", [US_2026], ["id"]],
    ["X", [], ["parts"]],
    ["X", [US_2027, US_2026], ["parts", 1, "validFrom"]],
    ["X", [US_2026, gap], ["parts", 1, "validFrom"]],
    ["X", [US_2026, { ...US_2027, timeZone: "America/Chicago" }], ["parts", 1, "timeZone"]],
    ["X", [US_2026, { ...US_2027, country: "CA" }], ["parts", 1, "country"]],
    ["X", [US_2026, { ...US_2027, weekend: [5, 6] }], ["parts", 1, "weekend"]],
    ["X", [CN_2026, US_2027], ["parts", 1, "timeZone"]],
  ] as const)("refuses %j with parts that do not follow each other", (id, parts, path) => {
    expectOpsError(() => joinCalendarData(id, parts as never), "INVALID_ARGUMENT", path);
  });
});
