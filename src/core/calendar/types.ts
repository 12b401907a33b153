/**
 * A calendar date without a time of day, written `YYYY-MM-DD` (validated with `localDateSchema`).
 *
 * @example
 * ```ts
 * const nationalDay: LocalDate = "2026-10-01";
 * ```
 */
export type LocalDate = string;

/**
 * Port: which days are business days in one place, for a bounded period. The library ships an in-memory
 * reference adapter ({@link createBusinessCalendar}) and presets ({@link CN_2026}, {@link US_2026}); a host app may
 * implement the port itself (for example over its own holiday table).
 *
 * An implementation must answer for every date from `validFrom` to `validTo` inclusive, and throw the library error
 * with code `CALENDAR_OUT_OF_RANGE` for any other date: the library never guesses outside the data.
 *
 * @example
 * ```ts
 * const everyDay: BusinessCalendar = {
 *   id: "ALWAYS-OPEN-2026",
 *   timeZone: "UTC",
 *   validFrom: "2026-01-01",
 *   validTo: "2026-12-31",
 *   isBusinessDay: (date) => {
 *     if (date < "2026-01-01" || date > "2026-12-31") {
 *       throw opsError("CALENDAR_OUT_OF_RANGE", [{ path: ["date"], message: `${date} is not covered` }]);
 *     }
 *     return true;
 *   },
 * };
 * ```
 */
export interface BusinessCalendar {
  /** Stable identifier of the calendar and its data, e.g. `"CN-2026"`. */
  readonly id: string;
  /** IANA time zone in which the calendar's days start and end, e.g. `"Asia/Shanghai"`; used by cut-offs. */
  readonly timeZone: string;
  /** First date the data covers. */
  readonly validFrom: LocalDate;
  /** Last date the data covers (inclusive). */
  readonly validTo: LocalDate;
  /**
   * Whether work is done on this date. Throws code `CALENDAR_OUT_OF_RANGE` outside `validFrom`..`validTo`.
   *
   * @param date - a `YYYY-MM-DD` date
   */
  isBusinessDay(date: LocalDate): boolean;
}
