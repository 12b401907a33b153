import * as z from "zod";
import { instantSchema, parseInput } from "../../core/index.js";
import { localDateOf, shiftLocalDate } from "./localDates.js";
import type { SupportCalendar } from "./supportCalendar.js";
import { requireSupportCalendar } from "./supportTime.js";
import { nextOpenInstant } from "./workingTime.js";

/**
 * Why support is open or closed at an instant: `open`; `break` between two intervals of a working day (lunch);
 * `night` before opening or after closing on a working day; `weekend` on an ordinary weekend day; `holiday` on a
 * closed day that would otherwise be worked (or a weekend day inside such a closure, like a Saturday in Golden Week).
 *
 * @example
 * ```ts
 * const state: SupportState = "holiday";
 * ```
 */
export type SupportState = z.infer<typeof supportStateSchema>;

/**
 * Schema of {@link SupportState}.
 *
 * @example
 * ```ts
 * supportStateSchema.options; // ["open", "break", "night", "weekend", "holiday"]
 * ```
 */
export const supportStateSchema = z.enum(["open", "break", "night", "weekend", "holiday"]);

/**
 * Where a support calendar stands at an instant.
 *
 * @example
 * ```ts
 * const status: SupportCalendarStatus = { state: "night", localDate: "2026-03-02", nextOpening: new Date("2026-03-03T01:00:00Z") };
 * ```
 */
export interface SupportCalendarStatus {
  readonly state: SupportState;
  /** The local date in the calendar's zone. */
  readonly localDate: string;
  /** The instant support opens next (the instant itself when open). */
  readonly nextOpening: Date;
}

/** How far a closure is followed to tell a holiday from a plain weekend. */
const CLOSURE_SCAN_DAYS = 21;

function closureIncludesWorkday(calendar: SupportCalendar, date: string): boolean {
  if (calendar.isListedHoliday(date)) return true;
  for (const step of [-1, 1]) {
    let day = date;
    for (let i = 0; i < CLOSURE_SCAN_DAYS; i++) {
      if (!calendar.isWeekendDay(day)) return true;
      day = shiftLocalDate(day, step);
      if (calendar.isWorkingDay(day) && calendar.openWindows(day).length > 0) break;
    }
  }
  return false;
}

/**
 * Tells whether support is open at an instant and, when closed, why (night, lunch break, weekend, holiday) and when
 * it opens next. Drives off-hours auto-replies.
 *
 * @example
 * ```ts
 * supportCalendarState(support, "2026-02-16T02:00:00Z");
 * // { state: "holiday", localDate: "2026-02-16", nextOpening: 2026-02-24T01:00:00.000Z }
 * ```
 */
export function supportCalendarState(calendar: SupportCalendar, at: Date | string): SupportCalendarStatus {
  const support = requireSupportCalendar(calendar, ["calendar"]);
  const instant = parseInput(instantSchema, at, ["at"]).getTime();
  const localDate = localDateOf(instant, support.timeZone);
  const nextOpening = new Date(nextOpenInstant(support, instant));
  const windows = support.isWorkingDay(localDate) ? support.openWindows(localDate) : [];
  let state: SupportState;
  if (windows.length === 0) {
    state = closureIncludesWorkday(support, localDate) ? "holiday" : "weekend";
  } else if (windows.some((window) => window.start <= instant && instant < window.end)) {
    state = "open";
  } else {
    const first = windows[0];
    const last = windows[windows.length - 1];
    state = (first && instant < first.start) || (last && instant >= last.end) ? "night" : "break";
  }
  return { state, localDate, nextOpening };
}
