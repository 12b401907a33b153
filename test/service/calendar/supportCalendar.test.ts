import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar, isCrossborderOpsError } from "../../../src/core/index.js";
import {
  addSupportTime,
  createSupportCalendar,
  nextSupportOpening,
  supportCalendarState,
  supportTimeBetween,
} from "../../../src/service/index.js";
import { shanghaiHours } from "../fixtures.js";

const shanghai = () => createSupportCalendar(shanghaiHours, CN_2026);
const berlin = () =>
  createSupportCalendar({ id: "de-support", timeZone: "Europe/Berlin", hours: [{ from: "09:00", to: "17:00" }] });

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("addSupportTime", () => {
  it("skips the night: Monday 20:00 Shanghai + 120 min = Tuesday 11:00", () => {
    expect(addSupportTime(shanghai(), "2026-03-02T12:00:00Z", 120).toISOString()).toBe("2026-03-03T03:00:00.000Z");
  });
  it("skips the lunch break: Tuesday 11:00 + 120 min = 14:30", () => {
    expect(addSupportTime(shanghai(), "2026-03-03T03:00:00Z", 120).toISOString()).toBe("2026-03-03T06:30:00.000Z");
  });
  it("skips the weekend: Friday 17:00 + 120 min = Monday 10:00", () => {
    expect(addSupportTime(shanghai(), "2026-03-06T09:00:00Z", 120).toISOString()).toBe("2026-03-09T02:00:00.000Z");
  });
  it("works the make-up Saturday before Spring Festival and ends at 12:00, not after lunch", () => {
    // Fri 13 Feb 17:00 + 240 min: 60 on Friday, 180 on Saturday 14 Feb (a working day) = 12:00 exactly
    expect(addSupportTime(shanghai(), "2026-02-13T09:00:00Z", 240).toISOString()).toBe("2026-02-14T04:00:00.000Z");
  });
  it("skips the nine Spring Festival days: Sat 14 Feb 17:00 + 120 min = Tue 24 Feb 10:00", () => {
    expect(addSupportTime(shanghai(), "2026-02-14T09:00:00Z", 120).toISOString()).toBe("2026-02-24T02:00:00.000Z");
  });
  it("skips Golden Week and works the make-up Saturday 10 October", () => {
    // Wed 30 Sep 17:00 + 120: 60 on 30 Sep, then 1-7 Oct off, Thu 8 Oct 09:00 + 60 = 10:00
    expect(addSupportTime(shanghai(), "2026-09-30T09:00:00Z", 120).toISOString()).toBe("2026-10-08T02:00:00.000Z");
    // Fri 9 Oct 17:00 + 120: 60 on Friday, Saturday 10 Oct is a working day: 10:00
    expect(addSupportTime(shanghai(), "2026-10-09T09:00:00Z", 120).toISOString()).toBe("2026-10-10T02:00:00.000Z");
  });
  it("counts a Berlin buyer's Monday 09:00 message in Shanghai hours: 16:00 CST + 240 min = Tuesday 11:00 CST", () => {
    expect(addSupportTime(shanghai(), "2026-03-02T08:00:00Z", 240).toISOString()).toBe("2026-03-03T03:00:00.000Z");
  });
  it("follows Berlin's change to summer time on 29 March 2026", () => {
    // Fri 27 Mar 16:00 CET + 120: 60 on Friday, Monday 30 Mar 09:00 CEST (07:00Z) + 60 = 08:00Z
    expect(addSupportTime(berlin(), "2026-03-27T15:00:00Z", 120).toISOString()).toBe("2026-03-30T08:00:00.000Z");
  });
  it("uses hours by weekday and by date", () => {
    const support = createSupportCalendar({
      ...shanghaiHours,
      byWeekday: { "5": [{ from: "09:00", to: "12:00" }] }, // Friday
      byDate: { "2026-03-02": [] },
    });
    // Friday 6 March closes at 12:00: Friday 11:00 + 120 = 60 + Monday 9 March 09:00 + 60
    expect(addSupportTime(support, "2026-03-06T03:00:00Z", 120).toISOString()).toBe("2026-03-09T02:00:00.000Z");
    expect(support.openWindows("2026-03-02")).toEqual([]);
  });
  it("refuses negative minutes and a calendar that never opens", () => {
    const e = thrown(() => addSupportTime(shanghai(), "2026-03-02T00:00:00Z", -1));
    expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
    expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["minutes"]);
    const closed = createSupportCalendar({ id: "x", timeZone: "UTC", hours: [], weekend: [] });
    const e2 = thrown(() => addSupportTime(closed, "2026-03-02T00:00:00Z", 1));
    expect(isCrossborderOpsError(e2) && e2.code).toBe("SUPPORT_CALENDAR_NEVER_OPENS");
  });
});

describe("supportTimeBetween", () => {
  it("counts open minutes only", () => {
    expect(supportTimeBetween(shanghai(), "2026-03-06T09:00:00Z", "2026-03-09T02:00:00Z")).toBe(120);
    // a full working day is 7.5 hours
    expect(supportTimeBetween(shanghai(), "2026-03-02T16:00:00Z", "2026-03-03T16:00:00Z")).toBe(450);
    expect(supportTimeBetween(shanghai(), "2026-03-03T00:00:00Z", "2026-03-02T00:00:00Z")).toBe(0);
  });
  it("is the inverse of addSupportTime", () => {
    const support = shanghai();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-05T00:00:00Z"), max: Date.parse("2026-11-30T00:00:00Z") }),
        fc.integer({ min: 1, max: 5000 }),
        (start, minutes) => {
          const end = addSupportTime(support, new Date(start), minutes);
          expect(supportTimeBetween(support, new Date(start), end)).toBe(minutes);
        },
      ),
      { numRuns: 200 },
    );
  });
  it("is monotonic in the amount", () => {
    const support = shanghai();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-05T00:00:00Z"), max: Date.parse("2026-11-30T00:00:00Z") }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (start, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const from = new Date(start);
          expect(addSupportTime(support, from, low).getTime()).toBeLessThanOrEqual(
            addSupportTime(support, from, high).getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("supportCalendarState and nextSupportOpening", () => {
  const cases: [string, string, string, string][] = [
    ["2026-03-02T02:00:00Z", "open", "2026-03-02", "2026-03-02T02:00:00.000Z"],
    ["2026-03-02T04:30:00Z", "break", "2026-03-02", "2026-03-02T05:30:00.000Z"],
    ["2026-03-02T12:00:00Z", "night", "2026-03-02", "2026-03-03T01:00:00.000Z"],
    ["2026-03-01T20:00:00Z", "night", "2026-03-02", "2026-03-02T01:00:00.000Z"],
    ["2026-03-08T02:00:00Z", "weekend", "2026-03-08", "2026-03-09T01:00:00.000Z"],
    ["2026-02-16T02:00:00Z", "holiday", "2026-02-16", "2026-02-24T01:00:00.000Z"],
    ["2026-02-22T02:00:00Z", "holiday", "2026-02-22", "2026-02-24T01:00:00.000Z"],
    ["2026-10-03T02:00:00Z", "holiday", "2026-10-03", "2026-10-08T01:00:00.000Z"],
    ["2026-02-14T02:00:00Z", "open", "2026-02-14", "2026-02-14T02:00:00.000Z"],
  ];
  it.each(cases)("at %s support is %s (local %s), opens %s", (at, state, localDate, opening) => {
    const status = supportCalendarState(shanghai(), at);
    expect(status.state).toBe(state);
    expect(status.localDate).toBe(localDate);
    expect(status.nextOpening.toISOString()).toBe(opening);
    expect(nextSupportOpening(shanghai(), at).toISOString()).toBe(opening);
  });
});

describe("createSupportCalendar over core calendars", () => {
  it("accepts a ready BusinessCalendar and tells a Golden Week Saturday from a weekend by its weekdays", () => {
    const support = createSupportCalendar(shanghaiHours, createBusinessCalendar(CN_2026));
    expect(support.isListedHoliday("2026-10-03")).toBe(false);
    expect(supportCalendarState(support, "2026-10-03T02:00:00Z").state).toBe("holiday");
    expect(supportCalendarState(support, "2026-03-07T02:00:00Z").state).toBe("weekend");
  });
  it("reads listed holidays from the data", () => {
    expect(shanghai().isListedHoliday("2026-10-03")).toBe(true);
    expect(shanghai().isWorkingDay("2026-02-28")).toBe(true);
  });
  it("passes CALENDAR_OUT_OF_RANGE through beyond the data", () => {
    const e = thrown(() => addSupportTime(shanghai(), "2026-12-31T09:00:00Z", 600));
    expect(isCrossborderOpsError(e) && e.code).toBe("CALENDAR_OUT_OF_RANGE");
  });
});

describe("createSupportCalendar bad input", () => {
  it("refuses overlapping intervals with the path of the offending one", () => {
    const e = thrown(() =>
      createSupportCalendar({
        id: "x",
        timeZone: "UTC",
        hours: [
          { from: "09:00", to: "13:00" },
          { from: "12:00", to: "18:00" },
        ],
      }),
    );
    expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
    expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["hours", "hours", 1, "from"]);
  });
  it("refuses an unknown zone, a bad clock time and a missing zone", () => {
    const e = thrown(() => createSupportCalendar({ id: "x", timeZone: "Mars/Olympus", hours: [] }));
    expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["hours", "timeZone"]);
    const e2 = thrown(() =>
      createSupportCalendar({ id: "x", timeZone: "UTC", hours: [{ from: "9:00", to: "18:00" }] }),
    );
    expect(isCrossborderOpsError(e2) && e2.issues[0]?.path).toEqual(["hours", "hours", 0, "from"]);
    const e3 = thrown(() => createSupportCalendar({ id: "x", hours: [] }));
    expect(isCrossborderOpsError(e3) && e3.issues[0]?.path).toEqual(["hours", "timeZone"]);
  });
});
