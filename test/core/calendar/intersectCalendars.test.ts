import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  type BusinessCalendar,
  type CalendarData,
  CN_2026,
  createBusinessCalendar,
  intersectCalendars,
  US_2026,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

/** A forwarder that works six days a week, with data for the second half of 2026 only. */
const forwarderData: CalendarData = {
  id: "FORWARDER-2026H2",
  timeZone: "Asia/Shanghai",
  weekend: [0],
  holidays: [{ date: "2026-10-01", name: "National Day", nameZh: "国庆节" }],
  workingDays: [],
  validFrom: "2026-07-01",
  validTo: "2026-12-31",
};

describe("intersectCalendars", () => {
  it("is a business day only when every calendar works", () => {
    const both = intersectCalendars("CN+US-2026", [cn, us]);
    expect(both).toMatchObject({ id: "CN+US-2026", timeZone: "Asia/Shanghai", validFrom: "2026-01-01" });
    expect(both.isBusinessDay("2026-10-08")).toBe(true);
    expect(both.isBusinessDay("2026-10-10")).toBe(false); // worked in China, Saturday in the US
    expect(both.isBusinessDay("2026-10-12")).toBe(false); // Columbus Day
    expect(both.isBusinessDay("2026-11-26")).toBe(false); // Thanksgiving
    expect(addBusinessDays(both, "2026-09-30", 1)).toBe("2026-10-08");
    expect(addBusinessDays(both, "2026-10-09", 1)).toBe("2026-10-13");
  });

  it("covers only the overlap", () => {
    const factoryAndForwarder = intersectCalendars("FACTORY+FORWARDER", [cn, createBusinessCalendar(forwarderData)]);
    expect(factoryAndForwarder.validFrom).toBe("2026-07-01");
    expect(factoryAndForwarder.validTo).toBe("2026-12-31");
    expect(factoryAndForwarder.isBusinessDay("2026-10-10")).toBe(true); // both work that Saturday
    expect(factoryAndForwarder.isBusinessDay("2026-10-02")).toBe(false); // factory closed
    expectOpsError(() => factoryAndForwarder.isBusinessDay("2026-06-30"), "CALENDAR_OUT_OF_RANGE", ["date"]);
  });

  it("accepts a host implementation of the port", () => {
    const host: BusinessCalendar = {
      id: "HOST",
      timeZone: "UTC",
      validFrom: "2026-01-01",
      validTo: "2026-12-31",
      isBusinessDay: (date) => date !== "2026-10-08",
    };
    const combined = intersectCalendars("CN+HOST", [cn, host]);
    expect(combined.isBusinessDay("2026-10-08")).toBe(false);
    expect(combined.isBusinessDay("2026-10-09")).toBe(true);
  });

  it("rejects bad input with its path", () => {
    expectOpsError(() => intersectCalendars("X", []), "INVALID_ARGUMENT", ["calendars"]);
    expectOpsError(() => intersectCalendars("", [cn]), "INVALID_ARGUMENT", ["id"]);
    expectOpsError(() => intersectCalendars("X", [cn, {} as BusinessCalendar]), "INVALID_ARGUMENT", ["calendars", 1]);
    const later = createBusinessCalendar({
      ...forwarderData,
      validFrom: "2027-01-01",
      validTo: "2027-12-31",
      holidays: [],
    });
    expectOpsError(() => intersectCalendars("X", [cn, later]), "INVALID_ARGUMENT", ["calendars"]);
  });

  it("refuses a combination without any business day", () => {
    const weekdays = createBusinessCalendar({ ...forwarderData, weekend: [0, 6], holidays: [] });
    const weekends = createBusinessCalendar({ ...forwarderData, weekend: [1, 2, 3, 4, 5], holidays: [] });
    expectOpsError(() => intersectCalendars("NEVER", [weekdays, weekends]), "INVALID_ARGUMENT", ["calendars"]);
  });
});
