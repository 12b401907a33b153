import * as z from "zod";
import { parseInput } from "../validation/parseInput.js";
import { type CalendarView, isBusinessDayNumber, requireCovered, viewOf } from "./calendarView.js";
import { fromDayNumber, outOfRange, parseLocalDate } from "./dayNumber.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

/**
 * Options of {@link nextBusinessDay}.
 *
 * @example
 * ```ts
 * const options: NextBusinessDayOptions = { inclusive: true };
 * ```
 */
export interface NextBusinessDayOptions {
  /** When true, `date` itself is returned if it is a business day. Default false: strictly after `date`. */
  readonly inclusive?: boolean;
}

const optionsSchema = z.object({ inclusive: z.boolean().optional() }).optional();

/**
 * The first business day after a date, or on or after it with `{ inclusive: true }`.
 *
 * Throws `INVALID_ARGUMENT` for a malformed date (path `["date"]`) or options (path `["options", ...]`), and
 * `CALENDAR_OUT_OF_RANGE` when the date or the answer lies outside the calendar's data.
 *
 * @param calendar - any implementation of the {@link BusinessCalendar} port
 * @param date - the `YYYY-MM-DD` date to start from
 * @param options - see {@link NextBusinessDayOptions}
 * @example
 * ```ts
 * const us = createBusinessCalendar(US_2026);
 * nextBusinessDay(us, "2026-11-25"); // "2026-11-27": Thanksgiving (26 November) is skipped
 * nextBusinessDay(us, "2026-11-25", { inclusive: true }); // "2026-11-25"
 * ```
 */
export function nextBusinessDay(
  calendar: BusinessCalendar,
  date: LocalDate,
  options?: NextBusinessDayOptions,
): LocalDate {
  const view = viewOf(calendar);
  const dayNumber = parseLocalDate(date, ["date"]);
  const inclusive = parseInput(optionsSchema, options, ["options"])?.inclusive === true;
  requireCovered(view, dayNumber, ["date"], date);
  return fromDayNumber(firstBusinessDayFrom(view, inclusive ? dayNumber : dayNumber + 1, date, ["date"]));
}

/** The first business day on or after a day number; `CALENDAR_OUT_OF_RANGE` when the data ends first. */
export function firstBusinessDayFrom(
  view: CalendarView,
  dayNumber: number,
  date: LocalDate,
  path: ReadonlyArray<string | number>,
): number {
  const { index } = view;
  if (index) {
    const position = index.positions[index.prefix[dayNumber - view.start] as number];
    if (position !== undefined) return view.start + position;
  } else {
    for (let day = dayNumber; day <= view.end; day++) if (isBusinessDayNumber(view, day)) return day;
  }
  throw outOfRange(view.calendar, path, `The next business day after ${date}`);
}
