import { opsError } from "../errors/invalidArgument.js";
import { parseInput } from "../validation/parseInput.js";
import { localDateSchema } from "../validation/schemas.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` string (UTC date-only arithmetic, no local time involved). */
export function toDayNumber(date: LocalDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Days since 1970-01-01 of a year, a month index (0 = January) and a day of the month. */
export function dayNumberOf(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` string of a day number. */
export function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number, 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Validates a date argument and returns its day number. */
export function parseLocalDate(value: unknown, path: ReadonlyArray<string | number>): number {
  return toDayNumber(parseInput(localDateSchema, value, path));
}

/** The error for a date the calendar's data does not cover. */
export function outOfRange(
  calendar: Pick<BusinessCalendar, "id" | "validFrom" | "validTo">,
  path: ReadonlyArray<string | number>,
  what: string,
) {
  return opsError("CALENDAR_OUT_OF_RANGE", [
    {
      path,
      message: `${what} is outside calendar ${calendar.id}, which covers ${calendar.validFrom} to ${calendar.validTo}; use a calendar whose data covers it`,
    },
  ]);
}
