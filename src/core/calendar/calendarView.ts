import { invalidArgument } from "../errors/invalidArgument.js";
import { localDateSchema } from "../validation/schemas.js";
import { fromDayNumber, outOfRange, parseLocalDate, toDayNumber } from "./dayNumber.js";
import type { BusinessCalendar } from "./types.js";

/**
 * Precomputed answers of a calendar over its whole coverage, so that counting and stepping are O(1).
 * `prefix[i]` is the number of business days among offsets `0 .. i-1`; `positions` lists the offsets of the
 * business days in order.
 */
export interface DayIndex {
  readonly business: Uint8Array;
  readonly prefix: Int32Array;
  readonly positions: Int32Array;
}

/** A calendar with its coverage as day numbers, and its index when the library built it. */
export interface CalendarView {
  readonly calendar: BusinessCalendar;
  readonly start: number;
  readonly end: number;
  readonly index: DayIndex | undefined;
}

const views = new WeakMap<object, CalendarView>();

/** Builds the index of the days `start .. end` from a predicate over day numbers. */
export function buildDayIndex(start: number, end: number, isBusiness: (dayNumber: number) => boolean): DayIndex {
  const length = end - start + 1;
  const business = new Uint8Array(length);
  const prefix = new Int32Array(length + 1);
  let count = 0;
  for (let offset = 0; offset < length; offset++) {
    if (isBusiness(start + offset)) {
      business[offset] = 1;
      count++;
    }
    prefix[offset + 1] = count;
  }
  const positions = new Int32Array(count);
  for (let offset = 0, k = 0; offset < length; offset++) if (business[offset] === 1) positions[k++] = offset;
  return { business, prefix, positions };
}

/** Builds a calendar answering from an index over `start .. end`, and remembers the index for the fast paths. */
export function createIndexedCalendar(
  meta: Pick<BusinessCalendar, "id" | "timeZone">,
  start: number,
  end: number,
  index: DayIndex,
): BusinessCalendar {
  const calendar: BusinessCalendar = Object.freeze({
    id: meta.id,
    timeZone: meta.timeZone,
    validFrom: fromDayNumber(start),
    validTo: fromDayNumber(end),
    isBusinessDay(date: string): boolean {
      const dayNumber = parseLocalDate(date, ["date"]);
      if (dayNumber < start || dayNumber > end) throw outOfRange(calendar, ["date"], date);
      return index.business[dayNumber - start] === 1;
    },
  });
  views.set(calendar, { calendar, start, end, index });
  return calendar;
}

/** Checks a calendar argument (any implementation of the port) and returns its view. */
export function viewOf(calendar: unknown): CalendarView {
  if (typeof calendar === "object" && calendar !== null) {
    const known = views.get(calendar);
    if (known) return known;
  }
  const candidate = calendar as Partial<BusinessCalendar> | null | undefined;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.isBusinessDay !== "function") {
    throw invalidArgument(["calendar"], "must be a BusinessCalendar (an object with isBusinessDay(date))");
  }
  for (const field of ["validFrom", "validTo"] as const) {
    if (!localDateSchema.safeParse(candidate[field]).success) {
      throw invalidArgument(["calendar", field], "must be a date written YYYY-MM-DD");
    }
  }
  if (typeof candidate.id !== "string" || typeof candidate.timeZone !== "string") {
    throw invalidArgument(["calendar"], "must have a string id and an IANA timeZone");
  }
  const valid = candidate as BusinessCalendar;
  const start = toDayNumber(valid.validFrom);
  const end = toDayNumber(valid.validTo);
  if (start > end) throw invalidArgument(["calendar", "validTo"], "must not be before validFrom");
  return { calendar: valid, start, end, index: undefined };
}

/** Whether a day number (inside the coverage) is a business day. */
export function isBusinessDayNumber(view: CalendarView, dayNumber: number): boolean {
  return view.index
    ? view.index.business[dayNumber - view.start] === 1
    : view.calendar.isBusinessDay(fromDayNumber(dayNumber)) === true;
}

/** Throws `CALENDAR_OUT_OF_RANGE` unless the day number is covered. */
export function requireCovered(
  view: CalendarView,
  dayNumber: number,
  path: ReadonlyArray<string | number>,
  what: string,
): void {
  if (dayNumber < view.start || dayNumber > view.end) throw outOfRange(view.calendar, path, what);
}
