import { isBusinessDayNumber, requireCovered, viewOf } from "./calendarView.js";
import { parseLocalDate } from "./dayNumber.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

/**
 * Whether a date is a business day in a calendar. Throws `INVALID_ARGUMENT` (path `["date"]`) for a malformed date
 * and `CALENDAR_OUT_OF_RANGE` for a date the calendar's data does not cover.
 *
 * @param calendar - any implementation of the {@link BusinessCalendar} port
 * @param date - a `YYYY-MM-DD` date
 * @example
 * ```ts
 * const us = createBusinessCalendar(US_2026);
 * isBusinessDay(us, "2026-07-03"); // false: Independence Day observed (July 4 is a Saturday)
 * isBusinessDay(us, "2026-07-06"); // true
 * ```
 */
export function isBusinessDay(calendar: BusinessCalendar, date: LocalDate): boolean {
  const view = viewOf(calendar);
  const dayNumber = parseLocalDate(date, ["date"]);
  requireCovered(view, dayNumber, ["date"], date);
  return isBusinessDayNumber(view, dayNumber);
}
