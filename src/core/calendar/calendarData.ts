import { tzOffset } from "@date-fns/tz";
import * as z from "zod";
import { countryCodeSchema, localDateSchema } from "../validation/schemas.js";
import { toDayNumber } from "./dayNumber.js";

/** Longest coverage a calendar's data may have, in days (a century), so its index stays small. */
const MAX_COVERAGE_DAYS = 36_525;

/** What to tell a person who gave an unknown time zone. */
export const TIME_ZONE_MESSAGE = 'must be an IANA time zone such as "Asia/Shanghai"';

/**
 * An IANA time zone name known to the runtime, such as `"Asia/Shanghai"` or `"America/New_York"`.
 *
 * @example
 * ```ts
 * ianaTimeZoneSchema.parse("Europe/Berlin"); // "Europe/Berlin"
 * ianaTimeZoneSchema.safeParse("Mars/Olympus").success; // false
 * ```
 */
export const ianaTimeZoneSchema = z
  .string()
  .min(1, { message: TIME_ZONE_MESSAGE })
  .refine((zone) => !Number.isNaN(tzOffset(zone, new Date(0))), { message: TIME_ZONE_MESSAGE });

/**
 * One named day in a calendar's data: a public holiday, or a make-up working day.
 *
 * @example
 * ```ts
 * calendarDaySchema.parse({ date: "2026-10-01", name: "National Day", nameZh: "国庆节" });
 * ```
 */
export const calendarDaySchema = z.object({
  date: localDateSchema,
  name: z.string().min(1, { message: "must name the day" }),
  nameZh: z.string().min(1, { message: "must not be empty" }).optional(),
});

/**
 * One named day in a calendar's data.
 *
 * @example
 * ```ts
 * const makeUp: CalendarDay = { date: "2026-02-14", name: "Spring Festival make-up working day", nameZh: "春节调休上班" };
 * ```
 */
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/**
 * The data of a business calendar: the weekly rest days, the public holidays, the make-up working days (days of
 * the weekend on which work is done, such as China's 调休上班) and the period the data covers. A date is a business
 * day when it is a make-up working day, or when it is neither a holiday nor a weekend day.
 *
 * Checked: every date lies inside `validFrom`..`validTo`, no date is both a holiday and a working day, the time zone
 * is a known IANA zone, and the coverage is at most a century.
 *
 * @example
 * ```ts
 * const data = calendarDataSchema.parse({
 *   id: "ACME-WAREHOUSE-2026",
 *   timeZone: "Europe/Berlin",
 *   weekend: [0, 6],
 *   holidays: [{ date: "2026-12-24", name: "Christmas Eve" }],
 *   workingDays: [],
 *   validFrom: "2026-01-01",
 *   validTo: "2026-12-31",
 * });
 * ```
 */
export const calendarDataSchema = z
  .object({
    id: z.string().min(1, { message: 'must identify the calendar, e.g. "CN-2026"' }),
    country: countryCodeSchema.optional(),
    timeZone: ianaTimeZoneSchema,
    weekend: z.array(
      z
        .number()
        .int({ message: "must be a whole day of the week" })
        .min(0, { message: "must be 0 (Sunday) to 6 (Saturday)" })
        .max(6, { message: "must be 0 (Sunday) to 6 (Saturday)" }),
    ),
    holidays: z.array(calendarDaySchema),
    workingDays: z.array(calendarDaySchema),
    validFrom: localDateSchema,
    validTo: localDateSchema,
    sources: z.array(z.string().min(1)).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.validTo < data.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: `must not be before validFrom (${data.validFrom})` });
      return;
    }
    if (toDayNumber(data.validTo) - toDayNumber(data.validFrom) >= MAX_COVERAGE_DAYS) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "coverage must not exceed 100 years" });
    }
    const holidayDates = new Set<string>();
    for (const list of ["holidays", "workingDays"] as const) {
      data[list].forEach((day, index) => {
        if (day.date < data.validFrom || day.date > data.validTo) {
          ctx.addIssue({
            code: "custom",
            path: [list, index, "date"],
            message: `must lie inside the coverage ${data.validFrom} to ${data.validTo}`,
          });
        }
        if (list === "holidays") holidayDates.add(day.date);
        else if (holidayDates.has(day.date)) {
          ctx.addIssue({
            code: "custom",
            path: [list, index, "date"],
            message: `${day.date} is also listed as a holiday; a date is either a holiday or a working day`,
          });
        }
      });
    }
  });

/**
 * The data of a business calendar, as {@link createBusinessCalendar} takes it.
 *
 * @example
 * ```ts
 * const data: CalendarData = {
 *   id: "FACTORY-2026",
 *   timeZone: "Asia/Shanghai",
 *   weekend: [0],
 *   holidays: [{ date: "2026-05-01", name: "Labour Day", nameZh: "劳动节" }],
 *   workingDays: [],
 *   validFrom: "2026-01-01",
 *   validTo: "2026-12-31",
 * };
 * ```
 */
export type CalendarData = z.infer<typeof calendarDataSchema>;
