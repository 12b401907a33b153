import { invalidArgument } from "../errors/invalidArgument.js";
import { parseInput } from "../validation/parseInput.js";
import { type CalendarData, calendarDataSchema } from "./calendarData.js";
import { buildDayIndex, createIndexedCalendar } from "./calendarView.js";
import { fromDayNumber, toDayNumber, weekdayOf } from "./dayNumber.js";
import type { BusinessCalendar } from "./types.js";

/**
 * Reference adapter of the {@link BusinessCalendar} port over {@link CalendarData}: validates the data, then answers
 * from memory. A make-up working day is a business day even on a weekend; a holiday is not, even on a weekday.
 * Throws `INVALID_ARGUMENT` (path under `["data"]`) for bad data or data without a single business day.
 *
 * @param data - the calendar's data, e.g. the preset {@link CN_2026}
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * cn.isBusinessDay("2026-10-01"); // false: National Day
 * cn.isBusinessDay("2026-10-10"); // true: a Saturday worked to make up for Golden Week
 * ```
 */
export function createBusinessCalendar(data: CalendarData): BusinessCalendar {
  const parsed = parseInput(calendarDataSchema, data, ["data"]);
  const start = toDayNumber(parsed.validFrom);
  const end = toDayNumber(parsed.validTo);
  const weekend = new Set(parsed.weekend);
  const holidays = new Set(parsed.holidays.map((day) => day.date));
  const workingDays = new Set(parsed.workingDays.map((day) => day.date));
  const index = buildDayIndex(start, end, (dayNumber) => {
    const date = fromDayNumber(dayNumber);
    if (workingDays.has(date)) return true;
    return !holidays.has(date) && !weekend.has(weekdayOf(dayNumber));
  });
  if (index.positions.length === 0) {
    throw invalidArgument(
      ["data"],
      `calendar ${parsed.id} has no business day from ${parsed.validFrom} to ${parsed.validTo}; check weekend and holidays`,
    );
  }
  return createIndexedCalendar(parsed, start, end, index);
}
