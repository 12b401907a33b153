import { invalidArgument, parseInput } from "../../core/index.js";
import { instantAt, isoWeekdayOf } from "./localDates.js";
import { type OpeningInterval, type SupportHours, supportHoursSchema } from "./supportHours.js";

/**
 * The day-level calendar a support calendar stands on: which local dates are working days (holidays and make-up
 * working days included). Core's `BusinessCalendar` (from `createBusinessCalendar(CN_2026)`) fits it as is.
 *
 * @example
 * ```ts
 * const days: SupportDayCalendar = createBusinessCalendar(CN_2026);
 * ```
 */
export interface SupportDayCalendar {
  /** Identifier of the calendar, e.g. `"CN-2026"`. */
  readonly id: string;
  /** IANA zone the dates are reckoned in. */
  readonly timeZone: string;
  /** First date covered, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last date covered, `YYYY-MM-DD`. */
  readonly validTo: string;
  /**
   * Whether a date is a working day.
   *
   * @example
   * ```ts
   * days.isBusinessDay("2026-02-14"); // true: a make-up working Saturday in China
   * ```
   */
  isBusinessDay(date: string): boolean;
}

/**
 * One opening stretch as instants: `start` inclusive, `end` exclusive, in milliseconds since the epoch.
 *
 * @example
 * ```ts
 * const window: OpenWindow = { start: Date.parse("2026-03-02T01:00:00Z"), end: Date.parse("2026-03-02T04:00:00Z") };
 * ```
 */
export interface OpenWindow {
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
 * const support = createSupportCalendar({ id: "cn", hours: [{ from: "09:00", to: "18:00" }] }, createBusinessCalendar(CN_2026));
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
   * Whether a closed day counts as an ordinary weekend day (not a holiday): its ISO weekday is in `weekend`.
   *
   * @example
   * ```ts
   * support.isWeekendDay("2026-03-07"); // true (Saturday)
   * ```
   */
  isWeekendDay(date: string): boolean;
  /**
   * The opening windows on a local date, in order; empty when closed.
   *
   * @example
   * ```ts
   * support.openWindows("2026-03-02").length; // 2 with a lunch break
   * ```
   */
  openWindows(date: string): readonly OpenWindow[];
}

/**
 * Builds a support calendar from opening hours and, optionally, a day-level business calendar (core's
 * `BusinessCalendar`, e.g. from the `CN_2026` preset, with its holidays and make-up working days). Without one, every
 * day except the `weekend` weekdays is a working day. A working day whose weekday has no entry in `byWeekday` uses
 * `hours`, so a make-up working Sunday gets ordinary hours.
 *
 * @param hours - the opening hours (see {@link SupportHours})
 * @param days - the day calendar; its zone is used when `hours.timeZone` is absent
 * @throws `INVALID_ARGUMENT` for malformed hours, an unknown zone, or no zone at all
 * @example
 * ```ts
 * const support = createSupportCalendar(
 *   { id: "cn-support", hours: [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "18:00" }] },
 *   createBusinessCalendar(CN_2026),
 * );
 * ```
 */
export function createSupportCalendar(hours: unknown, days?: SupportDayCalendar): SupportCalendar {
  const parsed = parseInput(supportHoursSchema, hours, ["hours"]);
  if (days !== undefined && (typeof days !== "object" || days === null || typeof days.isBusinessDay !== "function"))
    throw invalidArgument(["days"], "must be a business calendar with isBusinessDay(date)");
  const timeZone = parsed.timeZone ?? days?.timeZone;
  if (timeZone === undefined)
    throw invalidArgument(["hours", "timeZone"], "is required when no day calendar gives a zone");
  const weekend = new Set(parsed.weekend);
  const cache = new Map<string, readonly OpenWindow[]>();
  const isWorkingDay = (date: string): boolean =>
    days === undefined ? !weekend.has(isoWeekdayOf(date)) : days.isBusinessDay(date);
  const intervalsOn = (date: string): readonly OpeningInterval[] => {
    if (!isWorkingDay(date)) return [];
    const byDate = parsed.byDate?.[date];
    if (byDate !== undefined) return byDate;
    const weekday = String(isoWeekdayOf(date)) as keyof NonNullable<SupportHours["byWeekday"]>;
    return parsed.byWeekday?.[weekday] ?? parsed.hours;
  };
  return Object.freeze({
    id: parsed.id,
    timeZone,
    hours: parsed,
    isWorkingDay,
    isWeekendDay: (date: string) => weekend.has(isoWeekdayOf(date)),
    openWindows(date: string): readonly OpenWindow[] {
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
