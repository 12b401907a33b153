import {
  type BusinessCalendar,
  type CalendarData,
  createBusinessCalendar,
  invalidArgument,
  parseInput,
} from "../../core/index.js";
import { instantAt, weekdayOfDate } from "./localDates.js";
import { type OpeningInterval, type SupportHours, supportHoursSchema } from "./supportHours.js";

/**
 * One opening stretch as instants: `start` inclusive, `end` exclusive, in milliseconds since the epoch.
 *
 * @example
 * ```ts
 * const window: SupportOpenWindow = { start: Date.parse("2026-03-02T01:00:00Z"), end: Date.parse("2026-03-02T04:00:00Z") };
 * ```
 */
export interface SupportOpenWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * A support team's calendar: its zone, which days it works and its hours on them. Built with
 * {@link createSupportCalendar}; read with `addSupportTime`, `supportTimeBetween`, `nextSupportOpening` and
 * `supportCalendarState`.
 *
 * @example
 * ```ts
 * const support = createSupportCalendar({ id: "cn", hours: [{ from: "09:00", to: "18:00" }] }, CN_2026);
 * support.isWorkingDay("2026-02-16"); // false: Spring Festival
 * ```
 */
export interface SupportCalendar {
  /** The hours' identifier. */
  readonly id: string;
  /** IANA zone of the hours. */
  readonly timeZone: string;
  /** The validated hours. */
  readonly hours: SupportHours;
  /**
   * Whether the team works on a local date (before looking at the hours).
   *
   * @example
   * ```ts
   * support.isWorkingDay("2026-02-14"); // true: make-up Saturday
   * ```
   */
  isWorkingDay(date: string): boolean;
  /**
   * Whether a date's weekday is a weekend day (from the calendar data, or the hours' `weekend`).
   *
   * @example
   * ```ts
   * support.isWeekendDay("2026-03-07"); // true (Saturday)
   * ```
   */
  isWeekendDay(date: string): boolean;
  /**
   * Whether a date is listed as a public holiday in the calendar data (`false` when only a `BusinessCalendar` was
   * given: then a closure is told from a weekend by its weekdays).
   *
   * @example
   * ```ts
   * support.isListedHoliday("2026-10-03"); // true: National Day, although a Saturday
   * ```
   */
  isListedHoliday(date: string): boolean;
  /**
   * The opening windows on a local date, in order; empty when closed.
   *
   * @example
   * ```ts
   * support.openWindows("2026-03-02").length; // 2 with a lunch break
   * ```
   */
  openWindows(date: string): readonly SupportOpenWindow[];
}

/**
 * Builds a support calendar from opening hours and a day-level calendar: core's `CalendarData` (e.g. the `CN_2026`
 * preset, with its holidays and make-up working days; its weekend and holiday list are used too) or a ready
 * `BusinessCalendar`. Without one, every day except the `weekend` weekdays is a working day. A working day whose
 * weekday has no entry in `byWeekday` uses `hours`, so a make-up working Saturday gets ordinary hours. Dates outside
 * the day calendar's coverage throw `CALENDAR_OUT_OF_RANGE` when reached.
 *
 * @param hours - the opening hours (see {@link SupportHours})
 * @param days - the day calendar or its data; its zone is used when `hours.timeZone` is absent
 * @throws `INVALID_ARGUMENT` for malformed hours or calendar data, an unknown zone, or no zone at all
 * @example
 * ```ts
 * const support = createSupportCalendar(
 *   { id: "cn-support", hours: [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "18:00" }] },
 *   CN_2026,
 * );
 * ```
 */
export function createSupportCalendar(hours: unknown, days?: BusinessCalendar | CalendarData): SupportCalendar {
  const parsed = parseInput(supportHoursSchema, hours, ["hours"]);
  if (days !== undefined && (typeof days !== "object" || days === null))
    throw invalidArgument(["days"], "must be calendar data (e.g. CN_2026) or a BusinessCalendar");
  const data = days !== undefined && "holidays" in days ? (days as CalendarData) : undefined;
  const business: BusinessCalendar | undefined =
    data !== undefined ? createBusinessCalendar(data) : (days as BusinessCalendar | undefined);
  if (business !== undefined && typeof business.isBusinessDay !== "function")
    throw invalidArgument(["days"], "must be calendar data (e.g. CN_2026) or a BusinessCalendar");
  const timeZone = parsed.timeZone ?? business?.timeZone;
  if (timeZone === undefined)
    throw invalidArgument(["hours", "timeZone"], "is required when no day calendar gives a zone");
  const weekend = new Set(data?.weekend ?? parsed.weekend);
  const holidays = new Set((data?.holidays ?? []).map((holiday) => holiday.date));
  const cache = new Map<string, readonly SupportOpenWindow[]>();
  const isWorkingDay = (date: string): boolean =>
    business === undefined ? !weekend.has(weekdayOfDate(date)) : business.isBusinessDay(date);
  const intervalsOn = (date: string): readonly OpeningInterval[] => {
    if (!isWorkingDay(date)) return [];
    const byDate = parsed.byDate?.[date];
    if (byDate !== undefined) return byDate;
    const weekday = String(weekdayOfDate(date)) as keyof NonNullable<SupportHours["byWeekday"]>;
    return parsed.byWeekday?.[weekday] ?? parsed.hours;
  };
  return Object.freeze({
    id: parsed.id,
    timeZone,
    hours: parsed,
    isWorkingDay,
    isWeekendDay: (date: string) => weekend.has(weekdayOfDate(date)),
    isListedHoliday: (date: string) => holidays.has(date),
    openWindows(date: string): readonly SupportOpenWindow[] {
      const known = cache.get(date);
      if (known) return known;
      const windows = Object.freeze(
        intervalsOn(date).map((interval) =>
          Object.freeze({
            start: instantAt(date, interval.from, timeZone),
            end: instantAt(date, interval.to, timeZone),
          }),
        ),
      );
      cache.set(date, windows);
      return windows;
    },
  });
}
