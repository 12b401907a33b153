import { describe, expect, it } from "vitest";
import {
  type CalendarData,
  CN_2026,
  calendarDataSchema,
  createBusinessCalendar,
  ianaTimeZoneSchema,
  US_2026,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const base: CalendarData = {
  id: "TEST-2026",
  timeZone: "Europe/Berlin",
  weekend: [0, 6],
  holidays: [{ date: "2026-12-24", name: "Christmas Eve" }],
  workingDays: [{ date: "2026-12-19", name: "Saturday shift" }],
  validFrom: "2026-12-01",
  validTo: "2026-12-31",
};

describe("createBusinessCalendar", () => {
  it("exposes the data's id, zone and coverage", () => {
    const calendar = createBusinessCalendar(base);
    expect(calendar).toMatchObject({
      id: "TEST-2026",
      timeZone: "Europe/Berlin",
      validFrom: "2026-12-01",
      validTo: "2026-12-31",
    });
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it("applies weekend, holidays and make-up working days", () => {
    const calendar = createBusinessCalendar(base);
    expect(calendar.isBusinessDay("2026-12-18")).toBe(true); // Friday
    expect(calendar.isBusinessDay("2026-12-19")).toBe(true); // Saturday, worked
    expect(calendar.isBusinessDay("2026-12-20")).toBe(false); // Sunday
    expect(calendar.isBusinessDay("2026-12-24")).toBe(false); // Thursday, holiday
  });

  it("honours a custom weekend (Friday and Saturday)", () => {
    const calendar = createBusinessCalendar({ ...base, weekend: [5, 6], holidays: [], workingDays: [] });
    expect(calendar.isBusinessDay("2026-12-04")).toBe(false); // Friday
    expect(calendar.isBusinessDay("2026-12-06")).toBe(true); // Sunday
  });

  it("does not mutate its argument", () => {
    const data = structuredClone(base);
    createBusinessCalendar(data);
    expect(data).toEqual(base);
  });

  it("throws CALENDAR_OUT_OF_RANGE outside its coverage", () => {
    const calendar = createBusinessCalendar(base);
    expectOpsError(() => calendar.isBusinessDay("2026-11-30"), "CALENDAR_OUT_OF_RANGE", ["date"]);
    expectOpsError(() => calendar.isBusinessDay("2027-01-01"), "CALENDAR_OUT_OF_RANGE", ["date"]);
  });

  it("rejects a malformed date with the path", () => {
    const calendar = createBusinessCalendar(base);
    expectOpsError(() => calendar.isBusinessDay("2026-02-30"), "INVALID_ARGUMENT", ["date"]);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, ["data", "timeZone"]],
    [
      "a holiday outside the coverage",
      { holidays: [{ date: "2027-01-01", name: "x" }] },
      ["data", "holidays", 0, "date"],
    ],
    [
      "a date both holiday and working day",
      { workingDays: [{ date: "2026-12-24", name: "x" }] },
      ["data", "workingDays", 0, "date"],
    ],
    ["validTo before validFrom", { validTo: "2026-11-30" }, ["data", "validTo"]],
    ["a weekday out of 0..6", { weekend: [7] }, ["data", "weekend", 0]],
    ["an invalid date", { validFrom: "2026-02-30" }, ["data", "validFrom"]],
    ["a coverage above a century", { validFrom: "1900-01-01" }, ["data", "validTo"]],
    ["an empty id", { id: "" }, ["data", "id"]],
  ])("rejects %s", (_label, patch, path) => {
    expectOpsError(() => createBusinessCalendar({ ...base, ...patch } as CalendarData), "INVALID_ARGUMENT", path);
  });

  it("rejects data without a single business day", () => {
    const data: CalendarData = { ...base, weekend: [0, 1, 2, 3, 4, 5, 6], workingDays: [] };
    expectOpsError(() => createBusinessCalendar(data), "INVALID_ARGUMENT", ["data"]);
  });
});

describe("ianaTimeZoneSchema", () => {
  it("accepts known zones and rejects others", () => {
    expect(ianaTimeZoneSchema.safeParse("Asia/Shanghai").success).toBe(true);
    expect(ianaTimeZoneSchema.safeParse("America/New_York").success).toBe(true);
    expect(ianaTimeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
    expect(ianaTimeZoneSchema.safeParse("").success).toBe(false);
  });
});

describe("CN_2026", () => {
  const cn = createBusinessCalendar(CN_2026);

  it("is valid data with its source", () => {
    expect(calendarDataSchema.safeParse(CN_2026).success).toBe(true);
    expect(CN_2026.timeZone).toBe("Asia/Shanghai");
    expect(CN_2026.sources?.[0]).toContain("国务院办公厅关于2026年部分节假日安排的通知");
  });

  it("has the State Council's 33 holiday dates and 6 make-up working days", () => {
    expect(CN_2026.holidays).toHaveLength(33);
    expect(CN_2026.workingDays.map((day) => day.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
  });

  it.each([
    ["2026-01-02", false], // Friday, New Year holiday
    ["2026-01-04", true], // Sunday worked
    ["2026-02-13", true], // Friday before the Spring Festival
    ["2026-02-14", true], // Saturday worked
    ["2026-02-16", false], // Monday, Spring Festival
    ["2026-02-23", false], // Monday, last day of the Spring Festival
    ["2026-02-24", true],
    ["2026-02-28", true], // Saturday worked
    ["2026-04-06", false], // Monday, Qingming
    ["2026-05-05", false], // Tuesday, Labour Day
    ["2026-05-09", true], // Saturday worked
    ["2026-06-19", false], // Friday, Dragon Boat
    ["2026-09-20", true], // Sunday worked
    ["2026-09-25", false], // Friday, Mid-Autumn
    ["2026-10-07", false], // Wednesday, National Day
    ["2026-10-08", true],
    ["2026-10-10", true], // Saturday worked
    ["2026-10-11", false], // Sunday
  ])("%s is a business day: %s", (date, expected) => {
    expect(cn.isBusinessDay(date)).toBe(expected);
  });
});

describe("US_2026", () => {
  const us = createBusinessCalendar(US_2026);

  it("is valid data with its sources", () => {
    expect(calendarDataSchema.safeParse(US_2026).success).toBe(true);
    expect(US_2026.timeZone).toBe("America/New_York");
    expect(US_2026.holidays).toHaveLength(11);
    expect(US_2026.sources?.join(" ")).toContain("opm.gov");
  });

  it.each([
    ["2026-01-01", false],
    ["2026-01-19", false], // Martin Luther King, Jr.
    ["2026-02-16", false], // Washington's Birthday
    ["2026-05-25", false], // Memorial Day
    ["2026-06-19", false], // Juneteenth
    ["2026-07-02", true],
    ["2026-07-03", false], // Independence Day observed
    ["2026-07-04", false], // Saturday
    ["2026-07-06", true],
    ["2026-09-07", false], // Labor Day
    ["2026-10-12", false], // Columbus Day
    ["2026-11-11", false], // Veterans Day
    ["2026-11-26", false], // Thanksgiving
    ["2026-11-27", true], // not a federal holiday
    ["2026-12-25", false],
  ])("%s is a business day: %s", (date, expected) => {
    expect(us.isBusinessDay(date)).toBe(expected);
  });
});
