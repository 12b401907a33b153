import * as z from "zod";
import { invalidArgument } from "../errors/invalidArgument.js";
import { parseInput } from "../validation/parseInput.js";
import { type CalendarData, calendarDataSchema } from "./calendarData.js";
import { fromDayNumber, toDayNumber } from "./dayNumber.js";

/**
 * Joins consecutive calendar data — this year's and next year's, say — into one {@link CalendarData} that covers
 * them all, so ETAs and due dates can run across the year end: `joinCalendarData("US-2026-2027", [US_2026,
 * US_2027])`. The parts must follow each other without a gap or overlap (each starts the day after the previous one
 * ends) and share the time zone, the weekend and the country; holidays, make-up working days and sources are
 * concatenated. Throws `INVALID_ARGUMENT` with the path of the offending part (`["parts", 1, "validFrom"]` for a gap)
 * or of the id.
 *
 * @example
 * ```ts
 * const us = createBusinessCalendar(joinCalendarData("US-2026-2027", [US_2026, US_2027]));
 * addBusinessDays(us, "2026-12-30", 3); // "2027-01-05": 31 Dec, then 4 and 5 Jan (1 Jan is a holiday)
 * ```
 */
export function joinCalendarData(id: string, parts: readonly CalendarData[]): CalendarData {
  parseInput(z.string().min(1, { message: 'must identify the joined calendar, e.g. "US-2026-2027"' }), id, ["id"]);
  const valid = parseInput(z.array(calendarDataSchema).min(1, { message: "must list at least one calendar" }), parts, [
    "parts",
  ]);
  const first = valid[0] as CalendarData;
  valid.forEach((part, index) => {
    if (index === 0) return;
    const previous = valid[index - 1] as CalendarData;
    const expected = fromDayNumber(toDayNumber(previous.validTo) + 1);
    if (part.validFrom !== expected) {
      throw invalidArgument(
        ["parts", index, "validFrom"],
        `must be ${expected}, the day after ${previous.id} ends: join consecutive calendars, in order, without gaps or overlaps`,
      );
    }
    for (const field of ["timeZone", "country"] as const) {
      if (part[field] !== first[field]) {
        throw invalidArgument(["parts", index, field], `must be ${String(first[field])}, as in ${first.id}`);
      }
    }
    if ([...part.weekend].sort().join() !== [...first.weekend].sort().join()) {
      throw invalidArgument(["parts", index, "weekend"], `must be the same weekend as ${first.id}`);
    }
  });
  const sources = [...new Set(valid.flatMap((part) => part.sources ?? []))];
  return parseInput(
    calendarDataSchema,
    {
      id,
      ...(first.country === undefined ? {} : { country: first.country }),
      timeZone: first.timeZone,
      weekend: [...first.weekend],
      holidays: valid.flatMap((part) => part.holidays.map((day) => ({ ...day }))),
      workingDays: valid.flatMap((part) => part.workingDays.map((day) => ({ ...day }))),
      validFrom: first.validFrom,
      validTo: (valid.at(-1) as CalendarData).validTo,
      ...(sources.length === 0 ? {} : { sources }),
    },
    ["parts"],
  );
}
