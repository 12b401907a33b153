import * as z from "zod";
import { invalidArgument } from "../../../core/index.js";

/**
 * The part of a core `BusinessCalendar` the tracking checks need: any `BusinessCalendar` (for example
 * `createBusinessCalendar(CN_2026)`) fits. Dates outside the calendar's coverage make it throw
 * `CALENDAR_OUT_OF_RANGE`, which the checks let through.
 *
 * @example
 * ```ts
 * const weekdaysOnly: TrackingCalendar = { id: "mon-fri", isBusinessDay: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };
 * ```
 */
export interface TrackingCalendar {
  readonly id: string;
  /** Whether the date (`YYYY-MM-DD`) is a working day. */
  isBusinessDay(date: string): boolean;
}

/** @internal schema check that a value looks like a calendar. */
export const trackingCalendarSchema = z.custom<TrackingCalendar>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as TrackingCalendar).isBusinessDay === "function" &&
    typeof (value as TrackingCalendar).id === "string",
  { message: "must be a business calendar (an object with id and isBusinessDay), e.g. createBusinessCalendar(CN_2026)" },
);

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 3_660;

/** @internal the date `days` after a `YYYY-MM-DD` date. */
export function shiftLocalDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * @internal counts the days d with `from < d <= to`: every day, or only the calendar's business days.
 * Zero when `to` is not after `from`.
 */
export function countDaysAfter(from: string, to: string, calendar?: TrackingCalendar): number {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  if (span <= 0) return 0;
  if (span > MAX_SPAN_DAYS) throw invalidArgument(["now"], `is ${span} days after ${from}; at most ${MAX_SPAN_DAYS}`);
  if (!calendar) return span;
  let count = 0;
  for (let i = 1; i <= span; i += 1) if (calendar.isBusinessDay(shiftLocalDate(from, i))) count += 1;
  return count;
}
