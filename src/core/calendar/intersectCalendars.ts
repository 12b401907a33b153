import * as z from "zod";
import { invalidArgument } from "../errors/invalidArgument.js";
import { parseInput } from "../validation/parseInput.js";
import {
  buildDayIndex,
  type CalendarView,
  createIndexedCalendar,
  isBusinessDayNumber,
  viewOf,
} from "./calendarView.js";
import { fromDayNumber } from "./dayNumber.js";
import type { BusinessCalendar } from "./types.js";

/**
 * A calendar whose business days are the days that are business days in every one of `calendars`, e.g. the days a
 * factory in Shenzhen and its freight forwarder both work. Its coverage is the overlap of theirs; its time zone is
 * that of the first calendar. The member calendars are read once, when it is created, over the overlap.
 *
 * Throws `INVALID_ARGUMENT` when the list is empty (path `["calendars"]`), a member is not a calendar (path
 * `["calendars", i]`), the coverages do not overlap, or no day is a business day in all of them.
 *
 * @param id - identifier of the combined calendar
 * @param calendars - at least one {@link BusinessCalendar}
 * @example
 * ```ts
 * const both = intersectCalendars("CN+US-2026", [createBusinessCalendar(CN_2026), createBusinessCalendar(US_2026)]);
 * both.isBusinessDay("2026-10-08"); // true
 * both.isBusinessDay("2026-10-12"); // false: Columbus Day in the US
 * ```
 */
export function intersectCalendars(id: string, calendars: BusinessCalendar[]): BusinessCalendar {
  const name = parseInput(z.string().min(1, { message: "must identify the calendar" }), id, ["id"]);
  if (!Array.isArray(calendars) || calendars.length === 0) {
    throw invalidArgument(["calendars"], "must list at least one calendar");
  }
  const views: CalendarView[] = calendars.map((calendar, index) => {
    try {
      return viewOf(calendar);
    } catch {
      throw invalidArgument(["calendars", index], "must be a BusinessCalendar with valid validFrom and validTo");
    }
  });
  const start = Math.max(...views.map((view) => view.start));
  const end = Math.min(...views.map((view) => view.end));
  if (start > end) throw invalidArgument(["calendars"], "the calendars' coverages do not overlap");
  const index = buildDayIndex(start, end, (dayNumber) => views.every((view) => isBusinessDayNumber(view, dayNumber)));
  if (index.positions.length === 0) {
    throw invalidArgument(
      ["calendars"],
      `no day from ${fromDayNumber(start)} to ${fromDayNumber(end)} is a business day in all of them`,
    );
  }
  return createIndexedCalendar({ id: name, timeZone: (views[0] as CalendarView).calendar.timeZone }, start, end, index);
}
