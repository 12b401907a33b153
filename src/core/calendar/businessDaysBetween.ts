import { isBusinessDayNumber, requireCovered, viewOf } from "./calendarView.js";
import { parseLocalDate } from "./dayNumber.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

/**
 * Counts the business days after `from` up to and including `to`: the number of business days it takes to get from
 * one date to the other. Negative when `to` is before `from` (then it counts the business days after `to` up to and
 * including `from`), 0 when they are equal. For a business day `d`,
 * `businessDaysBetween(c, d, addBusinessDays(c, d, n)) === n`.
 *
 * Throws `INVALID_ARGUMENT` for a malformed date and `CALENDAR_OUT_OF_RANGE` for a date outside the calendar's data
 * (paths `["from"]`, `["to"]`).
 *
 * @param calendar - any implementation of the {@link BusinessCalendar} port
 * @param from - the `YYYY-MM-DD` start date (not counted)
 * @param to - the `YYYY-MM-DD` end date (counted when it is a business day)
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * businessDaysBetween(cn, "2026-09-30", "2026-10-12"); // 4: 8, 9, 10 (make-up Saturday) and 12 October
 * businessDaysBetween(cn, "2026-10-12", "2026-09-30"); // -4
 * ```
 */
export function businessDaysBetween(calendar: BusinessCalendar, from: LocalDate, to: LocalDate): number {
  const view = viewOf(calendar);
  const start = parseLocalDate(from, ["from"]);
  const end = parseLocalDate(to, ["to"]);
  requireCovered(view, start, ["from"], from);
  requireCovered(view, end, ["to"], to);
  const { index } = view;
  if (index) {
    return (index.prefix[end - view.start + 1] as number) - (index.prefix[start - view.start + 1] as number);
  }
  const low = Math.min(start, end);
  const high = Math.max(start, end);
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (isBusinessDayNumber(view, day)) count++;
  return end >= start ? count : 0 - count; // never -0
}
