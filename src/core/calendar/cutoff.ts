import { TZDate } from "@date-fns/tz";
import * as z from "zod";
import { invalidArgument } from "../errors/invalidArgument.js";
import { parseInput } from "../validation/parseInput.js";
import { instantSchema } from "../validation/schemas.js";
import { ianaTimeZoneSchema, TIME_ZONE_MESSAGE } from "./calendarData.js";
import { isBusinessDayNumber, requireCovered, viewOf } from "./calendarView.js";
import { dayNumberOf, fromDayNumber } from "./dayNumber.js";
import { firstBusinessDayFrom } from "./nextBusinessDay.js";
import type { BusinessCalendar, LocalDate } from "./types.js";

/**
 * A cut-off time of day, `HH:mm` on a 24-hour clock (`"00:00"` to `"23:59"`).
 *
 * @example
 * ```ts
 * cutoffTimeSchema.parse("15:30"); // "15:30"
 * cutoffTimeSchema.safeParse("25:00").success; // false
 * ```
 */
export const cutoffTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day written HH:mm, from "00:00" to "23:59"' });

interface LocalParts {
  readonly dayNumber: number;
  readonly minuteOfDay: number;
}

function localParts(time: number, timeZone: string, zonePath: ReadonlyArray<string | number>): LocalParts {
  const local = new TZDate(time, timeZone);
  const year = local.getFullYear();
  if (Number.isNaN(year)) throw invalidArgument(zonePath, TIME_ZONE_MESSAGE);
  return {
    dayNumber: dayNumberOf(year, local.getMonth(), local.getDate()),
    minuteOfDay: local.getHours() * 60 + local.getMinutes(),
  };
}

/**
 * The calendar date an instant falls on in a time zone.
 *
 * Throws `INVALID_ARGUMENT` for an invalid instant (path `["instant"]`) or an unknown time zone (path `["timeZone"]`).
 *
 * @param instant - a `Date`, or an ISO 8601 string
 * @param timeZone - an IANA time zone
 * @example
 * ```ts
 * localDateIn(new Date("2026-03-12T17:30:00Z"), "Asia/Shanghai"); // "2026-03-13": already Friday in Shanghai
 * localDateIn(new Date("2026-03-12T17:30:00Z"), "America/New_York"); // "2026-03-12"
 * ```
 */
export function localDateIn(instant: Date | string, timeZone: string): LocalDate {
  const time = parseInput(instantSchema, instant, ["instant"]).getTime();
  const zone = parseInput(ianaTimeZoneSchema, timeZone, ["timeZone"]);
  return fromDayNumber(localParts(time, zone, ["timeZone"]).dayNumber);
}

/**
 * The business day on which work received at an instant is handled: the local day (in `calendar.timeZone`) when it
 * is a business day and the local time is before the cut-off, otherwise the next business day. Received exactly at
 * the cut-off counts as after it.
 *
 * Throws `INVALID_ARGUMENT` for an invalid instant (path `["instant"]`) or cut-off (path `["cutoff"]`), and
 * `CALENDAR_OUT_OF_RANGE` when the local day or the answer lies outside the calendar's data.
 *
 * @param calendar - any implementation of the {@link BusinessCalendar} port; its `timeZone` gives the local time
 * @param instant - when the work (an order, a booking) was received: a `Date` or an ISO 8601 string
 * @param cutoff - the daily cut-off, `HH:mm` in the calendar's time zone
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * applyCutoff(cn, "2026-03-10T06:59:00Z", "15:00"); // "2026-03-10": 14:59 in Shanghai
 * applyCutoff(cn, "2026-03-10T07:00:00Z", "15:00"); // "2026-03-11": 15:00 is not before the cut-off
 * applyCutoff(cn, "2026-09-30T09:00:00Z", "15:00"); // "2026-10-08": after Golden Week
 * ```
 */
export function applyCutoff(calendar: BusinessCalendar, instant: Date | string, cutoff: string): LocalDate {
  const view = viewOf(calendar);
  const time = parseInput(instantSchema, instant, ["instant"]).getTime();
  const limit = parseInput(cutoffTimeSchema, cutoff, ["cutoff"]);
  const cutoffMinute = Number(limit.slice(0, 2)) * 60 + Number(limit.slice(3, 5));
  const { dayNumber, minuteOfDay } = localParts(time, view.calendar.timeZone, ["calendar", "timeZone"]);
  const localDate = fromDayNumber(dayNumber);
  requireCovered(view, dayNumber, ["instant"], `The local date ${localDate} of the instant`);
  if (minuteOfDay < cutoffMinute && isBusinessDayNumber(view, dayNumber)) return localDate;
  return fromDayNumber(firstBusinessDayFrom(view, dayNumber + 1, localDate, ["instant"]));
}
