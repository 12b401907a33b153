import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  type BusinessCalendar,
  businessDaysBetween,
  CN_2026,
  createBusinessCalendar,
  isBusinessDay,
  US_2026,
} from "../../../src/core/index.js";
import { expectOpsError } from "../expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

/** The same answers through the port only, so the library takes its generic (day-by-day) path. */
function hostCalendar(inner: BusinessCalendar): BusinessCalendar {
  return {
    id: `host:${inner.id}`,
    timeZone: inner.timeZone,
    validFrom: inner.validFrom,
    validTo: inner.validTo,
    isBusinessDay: (date) => inner.isBusinessDay(date),
  };
}

const datesOf2026 = fc
  .integer({ min: 0, max: 364 })
  .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));

describe("addBusinessDays", () => {
  describe.each([
    ["in-memory", cn],
    ["host port", hostCalendar(cn)],
  ])("CN 2026 (%s)", (_label, calendar) => {
    it.each([
      // Golden Week: 1-7 October off, Sunday 20 September and Saturday 10 October worked
      ["2026-09-30", 1, "2026-10-08"],
      ["2026-10-08", 2, "2026-10-10"],
      ["2026-10-08", 3, "2026-10-12"],
      ["2026-09-18", 1, "2026-09-20"],
      ["2026-10-08", -1, "2026-09-30"],
      ["2026-10-12", -3, "2026-10-08"],
      // Spring Festival: 15-23 February off, Saturdays 14 and 28 February worked
      ["2026-02-13", 1, "2026-02-14"],
      ["2026-02-14", 1, "2026-02-24"],
      ["2026-02-13", 6, "2026-02-28"],
      ["2026-02-24", -1, "2026-02-14"],
      ["2026-02-24", -2, "2026-02-13"],
      ["2026-02-16", 1, "2026-02-24"], // from a holiday
      ["2026-02-16", -1, "2026-02-14"],
      ["2026-10-03", 0, "2026-10-03"], // 0 returns the date itself
      ["2026-01-01", 1, "2026-01-04"], // Sunday worked after New Year
    ])("%s %i business days → %s", (date, days, expected) => {
      expect(addBusinessDays(calendar, date, days)).toBe(expected);
    });
  });

  it.each([
    ["2026-11-25", 1, "2026-11-27"], // Thanksgiving
    ["2026-07-02", 1, "2026-07-06"], // July 3 observed, then the weekend
    ["2026-07-06", -1, "2026-07-02"],
    ["2026-12-24", 1, "2026-12-28"],
  ])("US 2026: %s %i business days → %s", (date, days, expected) => {
    expect(addBusinessDays(us, date, days)).toBe(expected);
  });

  it("throws CALENDAR_OUT_OF_RANGE when the result or the date is not covered", () => {
    expectOpsError(() => addBusinessDays(cn, "2026-12-30", 5), "CALENDAR_OUT_OF_RANGE", ["days"]);
    expectOpsError(() => addBusinessDays(cn, "2026-01-05", -3), "CALENDAR_OUT_OF_RANGE", ["days"]);
    expectOpsError(() => addBusinessDays(cn, "2027-01-04", 1), "CALENDAR_OUT_OF_RANGE", ["date"]);
    expectOpsError(() => addBusinessDays(hostCalendar(cn), "2026-12-30", 5), "CALENDAR_OUT_OF_RANGE", ["days"]);
  });

  it.each([
    ["2026-02-30", 1, ["date"]],
    ["2026-2-3", 1, ["date"]],
    ["2026-03-02", 1.5, ["days"]],
    ["2026-03-02", Number.NaN, ["days"]],
    ["2026-03-02", Number.POSITIVE_INFINITY, ["days"]],
    ["2026-03-02", "3", ["days"]],
  ])("rejects (%s, %s) at path %j", (date, days, path) => {
    expectOpsError(() => addBusinessDays(cn, date, days as number), "INVALID_ARGUMENT", path);
  });

  it("rejects something that is not a calendar", () => {
    expectOpsError(() => addBusinessDays({} as BusinessCalendar, "2026-03-02", 1), "INVALID_ARGUMENT", ["calendar"]);
    const badCoverage = { ...hostCalendar(cn), validTo: "2026-13-01" };
    expectOpsError(() => addBusinessDays(badCoverage, "2026-03-02", 1), "INVALID_ARGUMENT", ["calendar", "validTo"]);
  });

  it("never loops past a host calendar's coverage, even when it never says yes", () => {
    const closed: BusinessCalendar = { ...hostCalendar(cn), isBusinessDay: () => false };
    expectOpsError(() => addBusinessDays(closed, "2026-06-01", 1), "CALENDAR_OUT_OF_RANGE", ["days"]);
  });

  describe("properties", () => {
    const steps = fc.integer({ min: -60, max: 60 });

    it("lands on a business day for n ≠ 0", () => {
      fc.assert(
        fc.property(datesOf2026, steps, (date, n) => {
          fc.pre(n !== 0);
          try {
            expect(isBusinessDay(cn, addBusinessDays(cn, date, n))).toBe(true);
          } catch (error) {
            expectOpsError(() => {
              throw error;
            }, "CALENDAR_OUT_OF_RANGE");
          }
        }),
      );
    });

    it("businessDaysBetween(d, addBusinessDays(d, n)) === n for a business day d", () => {
      fc.assert(
        fc.property(datesOf2026, steps, (date, n) => {
          fc.pre(isBusinessDay(cn, date) && isBusinessDay(us, date));
          for (const calendar of [cn, us, hostCalendar(cn)]) {
            let target: string;
            try {
              target = addBusinessDays(calendar, date, n);
            } catch {
              continue; // beyond the data
            }
            expect(businessDaysBetween(calendar, date, target)).toBe(n);
          }
        }),
      );
    });

    it("is monotonic in n", () => {
      fc.assert(
        fc.property(datesOf2026, steps, steps, (date, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          let lowDate: string;
          let highDate: string;
          try {
            lowDate = addBusinessDays(cn, date, low);
            highDate = addBusinessDays(cn, date, high);
          } catch {
            return;
          }
          expect(lowDate <= highDate).toBe(true);
          if (low < high && low !== 0 && high !== 0) expect(lowDate < highDate).toBe(true);
        }),
      );
    });

    it("answers the same through the port as in memory", () => {
      const host = hostCalendar(cn);
      fc.assert(
        fc.property(datesOf2026, steps, (date, n) => {
          const run = (calendar: BusinessCalendar) => {
            try {
              return addBusinessDays(calendar, date, n);
            } catch (error) {
              return (error as { code?: string }).code;
            }
          };
          expect(run(host)).toBe(run(cn));
        }),
        { numRuns: 200 },
      );
    });
  });
});
