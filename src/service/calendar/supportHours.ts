import * as z from "zod";
import { localDateSchema } from "../../core/index.js";
import { isKnownTimeZone } from "./localDates.js";

/**
 * An IANA time zone name such as `"Asia/Shanghai"` or `"Europe/Berlin"`, checked against the runtime's zone data.
 *
 * @example
 * ```ts
 * supportTimeZoneSchema.parse("Asia/Shanghai"); // "Asia/Shanghai"
 * ```
 */
export const supportTimeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { message: 'must be an IANA time zone such as "Asia/Shanghai"' });

const clockTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'must be a wall-clock time "HH:mm" from 00:00 to 24:00' });

/**
 * One stretch of opening on a day, wall-clock `from` (inclusive) to `to` (exclusive) in the calendar's zone.
 *
 * @example
 * ```ts
 * const morning: OpeningInterval = { from: "09:00", to: "12:00" };
 * ```
 */
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

/**
 * Schema of {@link OpeningInterval}: `from` must come before `to`.
 *
 * @example
 * ```ts
 * openingIntervalSchema.parse({ from: "13:30", to: "18:00" });
 * ```
 */
export const openingIntervalSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .refine((interval) => interval.from < interval.to, { message: "from must be earlier than to", path: ["to"] });

const dayHoursSchema = z.array(openingIntervalSchema).superRefine((intervals, ctx) => {
  for (let i = 1; i < intervals.length; i++) {
    const previous = intervals[i - 1];
    const current = intervals[i];
    if (previous && current && current.from < previous.to) {
      ctx.addIssue({
        code: "custom",
        path: [i, "from"],
        message: `must not start before the previous interval ends (${previous.to}); list intervals in order`,
      });
    }
  }
});

const weekdayKeySchema = z.enum(["0", "1", "2", "3", "4", "5", "6"]);

/**
 * Opening hours of a support team: the hours of an ordinary working day (a lunch break is the gap between two
 * intervals), optional hours per weekday (`"6"` = Saturday, `"0"` = Sunday, as core's calendars count) and per
 * date (a short day before a holiday), and the weekend used when no day-level calendar data is given. Which days are working days comes from the
 * day calendar (holidays, make-up working days); these are the hours on those days.
 *
 * @example
 * ```ts
 * const hours: SupportHours = {
 *   id: "cn-support",
 *   timeZone: "Asia/Shanghai",
 *   hours: [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "18:00" }],
 *   weekend: [0, 6],
 * };
 * ```
 */
export type SupportHours = z.output<typeof supportHoursSchema>;

/**
 * {@link SupportHours} as you write them and as `createSupportCalendar` accepts them: `weekend` may be left out
 * (Saturday and Sunday).
 *
 * @example
 * ```ts
 * const desk: SupportHoursInput = { id: "cn-support", timeZone: "Asia/Shanghai", hours: [{ from: "09:00", to: "18:00" }] };
 * ```
 */
export type SupportHoursInput = z.input<typeof supportHoursSchema>;

/**
 * Schema of {@link SupportHours} (input: `weekend` defaults to `[0, 6]`, Sunday and Saturday).
 *
 * @example
 * ```ts
 * supportHoursSchema.parse({ id: "eu", timeZone: "Europe/Berlin", hours: [{ from: "08:00", to: "17:00" }] });
 * ```
 */
export const supportHoursSchema = z.object({
  id: z.string().min(1),
  /** Zone of the wall-clock hours; defaults to the day calendar's zone. */
  timeZone: supportTimeZoneSchema.optional(),
  /** Opening intervals of an ordinary working day, in order. */
  hours: dayHoursSchema,
  /** Different hours on some weekdays (`"0"` Sunday … `"6"` Saturday); an empty list closes that weekday. */
  byWeekday: z.partialRecord(weekdayKeySchema, dayHoursSchema).optional(),
  /** Different hours on specific dates (checked before weekdays); an empty list closes that date. */
  byDate: z.record(localDateSchema, dayHoursSchema).optional(),
  /** Weekdays off (0 = Sunday … 6 = Saturday) when no calendar data gives them; tells weekends from holidays. */
  weekend: z.array(z.number().int().min(0).max(6)).default([0, 6]),
});
