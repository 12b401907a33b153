import * as z from "zod";
import { parseInput } from "../validation/parseInput.js";
import type { CalendarData, CalendarDay } from "./calendarData.js";
import { dayNumberOf, fromDayNumber, weekdayOf } from "./dayNumber.js";
import {
  type HolidayDateRule,
  US_FEDERAL_HOLIDAY_RULES,
  type UsFederalHolidayRule,
  usFederalHolidayRuleSchema,
} from "./usFederalHolidayRules.js";

const yearSchema = z
  .number()
  .int({ message: "must be a whole year" })
  .min(1971, { message: "must be 1971 or later (the Uniform Monday Holiday Act)" })
  .max(9998, { message: "must be 9998 or earlier" });

/**
 * Options of {@link usFederalCalendarData}: the years to cover (`toYear` defaults to `fromYear`, at most a century)
 * and, to override the preset, your own holiday rules.
 *
 * @example
 * ```ts
 * usFederalCalendarOptionsSchema.parse({ fromYear: 2027 });
 * ```
 */
export const usFederalCalendarOptionsSchema = z
  .object({
    fromYear: yearSchema,
    toYear: yearSchema.optional(),
    rules: z.array(usFederalHolidayRuleSchema).optional(),
  })
  .refine((options) => options.toYear === undefined || options.toYear >= options.fromYear, {
    path: ["toYear"],
    message: "must not be before fromYear",
  })
  .refine((options) => options.toYear === undefined || options.toYear - options.fromYear < 100, {
    path: ["toYear"],
    message: "must be less than 100 years after fromYear",
  });

/**
 * Options of {@link usFederalCalendarData}.
 *
 * @example
 * ```ts
 * const options: UsFederalCalendarOptions = { fromYear: 2027, toYear: 2028 };
 * ```
 */
export type UsFederalCalendarOptions = z.input<typeof usFederalCalendarOptionsSchema>;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Day number of the date a rule gives in a year, before any weekend shift. */
function dateInYear(rule: HolidayDateRule, year: number): number {
  if (rule.kind === "fixed") return dayNumberOf(year, rule.month - 1, rule.day);
  if (rule.nth === -1) {
    const last = dayNumberOf(year, rule.month, 0);
    return last - ((weekdayOf(last) - rule.weekday + 7) % 7);
  }
  const first = dayNumberOf(year, rule.month - 1, 1);
  return first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1);
}

/**
 * The day a holiday is observed on: a Saturday holiday on the Friday before (5 U.S.C. 6103(b)), a Sunday one on the
 * Monday after (Executive Order 11582, section 3(a)).
 */
function observedDay(rule: UsFederalHolidayRule, year: number): CalendarDay {
  const actual = dateInYear(rule.date, year);
  const weekday = weekdayOf(actual);
  if (weekday !== 0 && weekday !== 6) {
    return {
      date: fromDayNumber(actual),
      name: rule.name,
      ...(rule.nameZh === undefined ? {} : { nameZh: rule.nameZh }),
    };
  }
  const date = fromDayNumber(actual);
  const observed = fromDayNumber(weekday === 6 ? actual - 1 : actual + 1);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const otherYear = observed.slice(0, 4) !== date.slice(0, 4);
  const when = `${MONTH_NAMES[month - 1]} ${day}${otherYear ? `, ${year}` : ""}`;
  const whenZh = `${otherYear ? `${year}年` : ""}${month}月${day}日`;
  return {
    date: observed,
    name: `${rule.name} (observed; ${when} is a ${weekday === 6 ? "Saturday" : "Sunday"})`,
    ...(rule.nameZh === undefined
      ? {}
      : { nameZh: `${rule.nameZh}（${whenZh}为${weekday === 6 ? "周六，提前至周五" : "周日，顺延至周一"}）` }),
  };
}

/**
 * Builds the {@link CalendarData} of United States federal holidays for whole years from the rules of 5 U.S.C. 6103
 * ({@link US_FEDERAL_HOLIDAY_RULES}, or your own `rules`): each holiday on the day it is observed — a Saturday
 * holiday on the Friday before (5 U.S.C. 6103(b)), a Sunday one on the Monday after (Executive Order 11582), even
 * across a year end (1 January 2028 is a Saturday, so Friday 31 December 2027 is a holiday). Monday to Friday
 * otherwise, time zone `America/New_York`. Use it for years no preset covers; add Inauguration Day or
 * executive-order closures to the data yourself.
 * Throws `INVALID_ARGUMENT` (path under `["options"]`) for a year before 1971 or after 9998, a range of 100 years or
 * more, or a malformed rule.
 *
 * @example
 * ```ts
 * const us2027 = createBusinessCalendar(usFederalCalendarData({ fromYear: 2027 }));
 * us2027.isBusinessDay("2027-07-05"); // false: Independence Day, observed on Monday
 * us2027.isBusinessDay("2027-12-31"); // false: New Year's Day 2028, observed on Friday
 * ```
 */
export function usFederalCalendarData(options: UsFederalCalendarOptions): CalendarData {
  const {
    fromYear,
    toYear = fromYear,
    rules = US_FEDERAL_HOLIDAY_RULES,
  } = parseInput(usFederalCalendarOptionsSchema, options, ["options"]);
  const validFrom = `${fromYear}-01-01`;
  const validTo = `${toYear}-12-31`;
  const holidays: CalendarDay[] = [];
  // A year's holiday can be observed in the year before (Saturday 1 January) or after (a Sunday 31 December rule).
  for (let year = fromYear - 1; year <= toYear + 1; year += 1) {
    for (const rule of rules) {
      if (year < rule.since || (rule.until !== undefined && year > rule.until)) continue;
      const day = observedDay(rule, year);
      if (day.date >= validFrom && day.date <= validTo) holidays.push(day);
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    id: fromYear === toYear ? `US-${fromYear}` : `US-${fromYear}-${toYear}`,
    country: "US",
    timeZone: "America/New_York",
    weekend: [0, 6],
    holidays,
    workingDays: [],
    validFrom,
    validTo,
    sources: [
      "5 U.S.C. 6103 (holidays of federal employees; 6103(b): a Saturday holiday is observed on the Friday before)",
      "Executive Order 11582, section 3(a) (a Sunday holiday is observed on the Monday after)",
      "U.S. Office of Personnel Management, Federal Holidays: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
    ],
  };
}
