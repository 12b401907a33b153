import * as z from "zod";
import { instantSchema, invalidArgument, parseInput } from "../../core/index.js";
import type { SupportCalendar } from "./supportCalendar.js";
import { addOpenMs, nextOpenInstant, openMsBetween } from "./workingTime.js";

const MS_PER_MINUTE = 60_000;

/** @internal validates a support calendar argument. */
export function requireSupportCalendar(value: unknown, path: ReadonlyArray<string | number>): SupportCalendar {
  const candidate = value as Partial<SupportCalendar> | null;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.openWindows !== "function")
    throw invalidArgument(path, "must be a support calendar from createSupportCalendar()");
  return candidate as SupportCalendar;
}

/**
 * The instant reached after `minutes` of open support time from `from`, skipping nights, weekends, holidays and
 * lunch breaks. An amount that ends exactly at closing time ends at closing time (not the next morning).
 *
 * @throws `INVALID_ARGUMENT` for a bad instant or a negative or non-finite amount; `SUPPORT_CALENDAR_NEVER_OPENS`
 *   when the calendar has no hours for ten years; `CALENDAR_OUT_OF_RANGE` from the day calendar
 * @example
 * ```ts
 * // Friday 17:00 Shanghai + 120 working minutes (09:00-18:00) = Monday 10:00
 * addSupportTime(support, "2026-03-06T09:00:00Z", 120).toISOString(); // "2026-03-09T02:00:00.000Z"
 * ```
 */
export function addSupportTime(calendar: SupportCalendar, from: Date | string, minutes: number): Date {
  const support = requireSupportCalendar(calendar, ["calendar"]);
  const start = parseInput(instantSchema, from, ["from"]);
  const amount = parseInput(z.number().finite().nonnegative(), minutes, ["minutes"]);
  return new Date(addOpenMs(support, start.getTime(), Math.round(amount * MS_PER_MINUTE)));
}

/**
 * Open support minutes between two instants (zero when `to` is not after `from`).
 *
 * @example
 * ```ts
 * supportTimeBetween(support, "2026-03-06T09:00:00Z", "2026-03-09T02:00:00Z"); // 120
 * ```
 */
export function supportTimeBetween(calendar: SupportCalendar, from: Date | string, to: Date | string): number {
  const support = requireSupportCalendar(calendar, ["calendar"]);
  const start = parseInput(instantSchema, from, ["from"]);
  const end = parseInput(instantSchema, to, ["to"]);
  return openMsBetween(support, start.getTime(), end.getTime()) / MS_PER_MINUTE;
}

/**
 * The first instant at or after `at` when support is open (`at` itself when open).
 *
 * @example
 * ```ts
 * nextSupportOpening(support, "2026-02-15T03:00:00Z").toISOString(); // "2026-02-24T01:00:00.000Z" after Spring Festival
 * ```
 */
export function nextSupportOpening(calendar: SupportCalendar, at: Date | string): Date {
  const support = requireSupportCalendar(calendar, ["calendar"]);
  const instant = parseInput(instantSchema, at, ["at"]);
  return new Date(nextOpenInstant(support, instant.getTime()));
}
