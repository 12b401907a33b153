import type { CalendarData } from "./calendarData.js";

/**
 * United States federal holidays, 2026, on the days they are observed (5 U.S.C. 6103 and OPM's rule: a holiday on a
 * Saturday is observed on the Friday before, one on a Sunday on the Monday after; so Independence Day, Saturday
 * 4 July, is observed on Friday 3 July). Monday to Friday otherwise; no make-up working days. Time zone
 * `America/New_York`. Covers 2026-01-01 to 2026-12-31. State holidays and the day after Thanksgiving are not
 * federal holidays and are not listed.
 *
 * @example
 * ```ts
 * const us = createBusinessCalendar(US_2026);
 * us.isBusinessDay("2026-11-26"); // false: Thanksgiving Day
 * us.isBusinessDay("2026-11-27"); // true
 * ```
 */
export const US_2026: CalendarData = {
  id: "US-2026",
  country: "US",
  timeZone: "America/New_York",
  weekend: [0, 6],
  holidays: [
    { date: "2026-01-01", name: "New Year's Day" },
    { date: "2026-01-19", name: "Birthday of Martin Luther King, Jr." },
    { date: "2026-02-16", name: "Washington's Birthday" },
    { date: "2026-05-25", name: "Memorial Day" },
    { date: "2026-06-19", name: "Juneteenth National Independence Day" },
    { date: "2026-07-03", name: "Independence Day (observed; July 4 is a Saturday)" },
    { date: "2026-09-07", name: "Labor Day" },
    { date: "2026-10-12", name: "Columbus Day" },
    { date: "2026-11-11", name: "Veterans Day" },
    { date: "2026-11-26", name: "Thanksgiving Day" },
    { date: "2026-12-25", name: "Christmas Day" },
  ],
  workingDays: [],
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  sources: [
    "5 U.S.C. 6103 (holidays of federal employees, and observance of holidays falling on a weekend)",
    "U.S. Office of Personnel Management, Federal Holidays: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
  ],
};
