import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createBusinessCalendar,
  US_2026,
  US_2027,
  US_FEDERAL_HOLIDAY_RULES,
  usFederalCalendarData,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const datesOf = (fromYear: number, toYear?: number) =>
  usFederalCalendarData(toYear === undefined ? { fromYear } : { fromYear, toYear }).holidays.map((day) => day.date);

describe("usFederalCalendarData", () => {
  it("reproduces the 2026 and 2027 presets", () => {
    expect(usFederalCalendarData({ fromYear: 2026 })).toEqual(US_2026);
    expect(usFederalCalendarData({ fromYear: 2027 })).toEqual(US_2027);
  });

  // Dates as published by the U.S. Office of Personnel Management for each year.
  it.each([
    [
      2021,
      [
        "2021-01-01",
        "2021-01-18",
        "2021-02-15",
        "2021-05-31",
        "2021-06-18",
        "2021-07-05",
        "2021-09-06",
        "2021-10-11",
        "2021-11-11",
        "2021-11-25",
        "2021-12-24",
        "2021-12-31",
      ],
    ],
    [
      2022,
      [
        "2022-01-17",
        "2022-02-21",
        "2022-05-30",
        "2022-06-20",
        "2022-07-04",
        "2022-09-05",
        "2022-10-10",
        "2022-11-11",
        "2022-11-24",
        "2022-12-26",
      ],
    ],
    [
      2023,
      [
        "2023-01-02",
        "2023-01-16",
        "2023-02-20",
        "2023-05-29",
        "2023-06-19",
        "2023-07-04",
        "2023-09-04",
        "2023-10-09",
        "2023-11-10",
        "2023-11-23",
        "2023-12-25",
      ],
    ],
  ])("observes the %i holidays on OPM's days", (year, expected) => {
    expect(datesOf(year)).toEqual(expected);
  });

  it("applies each rule only in the years it held", () => {
    expect(datesOf(1985)).not.toContain("1985-01-21"); // no Martin Luther King Jr. Day before 1986
    expect(datesOf(1986)).toContain("1986-01-20"); // first observed on the third Monday of January 1986
    expect(datesOf(1975)).toContain("1975-10-27"); // Veterans Day on the fourth Monday of October, 1971–1977
    expect(datesOf(1975)).not.toContain("1975-11-11");
    expect(datesOf(1978)).toContain("1978-11-10"); // back on 11 November (a Saturday in 1978)
    expect(datesOf(2020)).not.toContain("2020-06-19"); // Juneteenth from 2021
  });

  it("names a shifted holiday after the day it replaces, in English and Chinese", () => {
    const newYear2028 = usFederalCalendarData({ fromYear: 2027 }).holidays.at(-1);
    expect(newYear2028).toEqual({
      date: "2027-12-31",
      name: "New Year's Day (observed; January 1, 2028 is a Saturday)",
      nameZh: "元旦（2028年1月1日为周六，提前至周五）",
    });
  });

  it("covers several years with an id naming them, and a Saturday New Year's Day of the first year stays out", () => {
    const data = usFederalCalendarData({ fromYear: 2022, toYear: 2023 });
    expect(data.id).toBe("US-2022-2023");
    expect(data.validFrom).toBe("2022-01-01");
    expect(data.validTo).toBe("2023-12-31");
    expect(data.holidays).toHaveLength(21);
    expect(createBusinessCalendar(data).isBusinessDay("2023-01-02")).toBe(false);
  });

  it("takes the caller's rules instead of the preset", () => {
    const data = usFederalCalendarData({
      fromYear: 2027,
      rules: [
        ...US_FEDERAL_HOLIDAY_RULES,
        { name: "Company day", date: { kind: "nth-weekday", month: 11, weekday: 5, nth: 4 }, since: 2027 },
      ],
    });
    expect(data.holidays.find((day) => day.name === "Company day")).toEqual({
      date: "2027-11-26",
      name: "Company day",
    });
  });

  it("is valid calendar data whose holidays fall on weekdays, in order, one per rule in force", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2400 }), (year) => {
        const data = usFederalCalendarData({ fromYear: year });
        const calendar = createBusinessCalendar(data);
        const dates = data.holidays.map((day) => day.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const date of dates) {
          expect(calendar.isBusinessDay(date)).toBe(false);
          expect([1, 2, 3, 4, 5]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
        }
        const inForce = US_FEDERAL_HOLIDAY_RULES.filter(
          (rule) => rule.since <= year && (rule.until === undefined || year <= rule.until),
        ).length;
        // New Year's Day may move into the year before (out) and the next one's into this year (in).
        expect(dates.length).toBeGreaterThanOrEqual(inForce - 1);
        expect(dates.length).toBeLessThanOrEqual(inForce + 1);
      }),
      { numRuns: 200 },
    );
  });

  it("gives over a range exactly the holidays of its single years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2300 }), fc.integer({ min: 0, max: 5 }), (from, span) => {
        const singles = Array.from({ length: span + 1 }, (_, i) => datesOf(from + i)).flat();
        expect(datesOf(from, from + span)).toEqual(singles);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    [{ fromYear: 1970 }, ["options", "fromYear"]],
    [{ fromYear: 2027.5 }, ["options", "fromYear"]],
    [{ fromYear: Number.NaN }, ["options", "fromYear"]],
    [{ fromYear: 2027, toYear: 2026 }, ["options", "toYear"]],
    [{ fromYear: 2000, toYear: 2100 }, ["options", "toYear"]],
    [
      { fromYear: 2027, rules: [{ name: "", date: { kind: "fixed", month: 1, day: 1 }, since: 2027 }] },
      ["options", "rules", 0, "name"],
    ],
  ])("rejects %j", (options, path) => {
    expectOpsError(() => usFederalCalendarData(options as never), "INVALID_ARGUMENT", path);
  });
});
