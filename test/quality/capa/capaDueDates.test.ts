import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar, isCrossborderOpsError, US_2026 } from "../../../src/core/index.js";
import { capaDueDates, defaultCapaDueDatePolicy } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const cn = createBusinessCalendar(CN_2026);

describe("capaDueDates", () => {
  it("skips the National Day Golden Week and counts the 10 October make-up Saturday (CN 2026)", () => {
    // Opened Wed 30 Sep; 1-7 Oct off; 8 Oct = 1, 9 = 2, Sat 10 = 3 (worked), 12 = 4, 13 = 5, 20 = 10,
    // 3 Nov = 20, 10 Nov = 25, 17 Nov = 30.
    expect(capaDueDates(cn, "2026-09-30")).toEqual({
      team: "2026-10-08",
      containment: "2026-10-08",
      rootCause: "2026-10-13",
      correctiveAction: "2026-10-20",
      verification: "2026-11-03",
      prevention: "2026-11-10",
      closure: "2026-11-17",
    });
  });

  it("skips the Spring Festival and counts both make-up Saturdays (CN 2026)", () => {
    // Opened Fri 13 Feb; Sat 14 = 1 (worked); 15-23 off; 24 = 2 ... 27 = 5; Sat 28 = 6 (worked); 2 Mar = 7 ... 5 Mar = 10.
    const due = capaDueDates(cn, "2026-02-13");
    expect(due.containment).toBe("2026-02-14");
    expect(due.rootCause).toBe("2026-02-27");
    expect(due.correctiveAction).toBe("2026-03-05");
  });

  it("uses another calendar and policy when given", () => {
    const us = createBusinessCalendar(US_2026);
    // Wed 25 Nov 2026; Thanksgiving (Thu 26) is off: day 1 is Fri 27 Nov, day 2 Mon 30 Nov; day 20 is Thu 24 Dec,
    // day 21 skips Christmas and the weekend: Mon 28 Dec.
    const policy = {
      team: 1,
      containment: 1,
      rootCause: 2,
      correctiveAction: 5,
      verification: 10,
      prevention: 20,
      closure: 21,
    };
    expect(capaDueDates(us, "2026-11-25", policy)).toEqual({
      team: "2026-11-27",
      containment: "2026-11-27",
      rootCause: "2026-11-30",
      correctiveAction: "2026-12-03",
      verification: "2026-12-10",
      prevention: "2026-12-24",
      closure: "2026-12-28",
    });
  });

  it("refuses bad dates and policies, and dates beyond the calendar", () => {
    expectInvalid(() => capaDueDates(cn, "2026-02-30"), ["openedOn"]);
    expectInvalid(
      () => capaDueDates(cn, "2026-09-30", { ...defaultCapaDueDatePolicy, rootCause: 0 }),
      ["policy", "rootCause"],
    );
    expectInvalid(() => capaDueDates(cn, "2026-09-30", { ...defaultCapaDueDatePolicy, team: -1 }), ["policy", "team"]);
    expectInvalid(
      () => capaDueDates(cn, "2026-09-30", { ...defaultCapaDueDatePolicy, closure: Number.NaN }),
      ["policy", "closure"],
    );
    let caught: unknown;
    try {
      capaDueDates(cn, "2026-12-01");
    } catch (e) {
      caught = e;
    }
    expect(isCrossborderOpsError(caught, "CALENDAR_OUT_OF_RANGE")).toBe(true);
  });
});
