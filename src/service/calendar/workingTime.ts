import { opsError } from "../../core/index.js";
import { localDateOf, shiftLocalDate } from "./localDates.js";
import type { SupportCalendar } from "./supportCalendar.js";

/** How far ahead the calendar is searched for an opening before giving up (ten years of days). */
const MAX_DAYS_AHEAD = 3700;

function neverOpens(calendar: SupportCalendar): never {
  throw opsError("SUPPORT_CALENDAR_NEVER_OPENS", [
    { path: ["calendar"], message: `"${calendar.id}" has no opening hours in the next ${MAX_DAYS_AHEAD} days` },
  ]);
}

/** @internal the instant `ms` of open time after `from` (the next opening when `from` is closed and `ms` is 0). */
export function addOpenMs(calendar: SupportCalendar, from: number, ms: number): number {
  let date = localDateOf(from, calendar.timeZone);
  let left = ms;
  for (let day = 0; day < MAX_DAYS_AHEAD; day++) {
    for (const window of calendar.openWindows(date)) {
      const start = Math.max(window.start, from);
      if (start >= window.end) continue;
      const length = window.end - start;
      if (left <= length) return start + left;
      left -= length;
    }
    date = shiftLocalDate(date, 1);
  }
  return neverOpens(calendar);
}

/** @internal open milliseconds in `[from, to)`. */
export function openMsBetween(calendar: SupportCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let date = localDateOf(from, calendar.timeZone);
  const last = localDateOf(to, calendar.timeZone);
  let total = 0;
  for (;;) {
    for (const window of calendar.openWindows(date)) {
      const start = Math.max(window.start, from);
      const end = Math.min(window.end, to);
      if (end > start) total += end - start;
    }
    if (date >= last) return total;
    date = shiftLocalDate(date, 1);
  }
}

/** @internal the first open instant at or after `at`. */
export function nextOpenInstant(calendar: SupportCalendar, at: number): number {
  let date = localDateOf(at, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS_AHEAD; day++) {
    for (const window of calendar.openWindows(date)) if (window.end > at) return Math.max(window.start, at);
    date = shiftLocalDate(date, 1);
  }
  return neverOpens(calendar);
}
