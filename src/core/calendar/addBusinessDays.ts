import * as z from "zod";
import { parseInput } from "../validation/parseInput.js";
import { isBusinessDayNumber, requireCovered, viewOf } from "./calendarView.js";
import { fromDayNumber, outOfRange, parseLocalDate } from "./dayNumber.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

const daysSchema = z.int({ message: "must be a whole number of business days (negative to go back)" });

/**
 * Moves a number of business days forward (or back, when negative) from a date: `days` = 1 gives the first business
 * day after `date`, -1 the last one before it, 0 gives `date` itself (even when it is not a business day). The result
 * is a business day whenever `days` is not 0.
 *
 * Throws `INVALID_ARGUMENT` for a malformed date (path `["date"]`) or a `days` that is not an integer (path
 * `["days"]`), and `CALENDAR_OUT_OF_RANGE` when `date` (path `["date"]`) or the result (path `["days"]`) falls
 * outside the calendar's data. Calendars built by the library answer in constant time.
 *
 * @param calendar - any implementation of the {@link BusinessCalendar} port
 * @param date - the `YYYY-MM-DD` date to count from
 * @param days - whole business days; may be 0 or negative
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * addBusinessDays(cn, "2026-09-30", 1); // "2026-10-08": Golden Week, 1-7 October, is skipped
 * addBusinessDays(cn, "2026-10-08", 2); // "2026-10-10": a make-up Saturday is a working day
 * addBusinessDays(cn, "2026-02-24", -1); // "2026-02-14": back over the Spring Festival to a make-up Saturday
 * ```
 */
export function addBusinessDays(calendar: BusinessCalendar, date: LocalDate, days: number): LocalDate {
  const view = viewOf(calendar);
  const from = parseLocalDate(date, ["date"]);
  const steps = parseInput(daysSchema, days, ["days"]);
  requireCovered(view, from, ["date"], date);
  if (steps === 0) return date;
  const beyond = () => outOfRange(view.calendar, ["days"], `The date ${steps} business days from ${date}`);
  const { index } = view;
  if (index) {
    const offset = from - view.start;
    const target =
      steps > 0 ? (index.prefix[offset + 1] as number) + steps - 1 : (index.prefix[offset] as number) + steps;
    const position = index.positions[target];
    if (target < 0 || position === undefined) throw beyond();
    return fromDayNumber(view.start + position);
  }
  const step = steps > 0 ? 1 : -1;
  let remaining = Math.abs(steps);
  let day = from;
  while (remaining > 0) {
    day += step;
    if (day < view.start || day > view.end) throw beyond();
    if (isBusinessDayNumber(view, day)) remaining--;
  }
  return fromDayNumber(day);
}
