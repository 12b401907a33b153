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

const isoWeekdayKeySchema = z.enum(["1", "2", "3", "4", "5", "6", "7"]);

/**
 * Opening hours of a support team: the hours of an ordinary working day (a lunch break is the gap between two
 * intervals), optional hours per ISO weekday (`"6"` = Saturday) and per date (a short day before a holiday), and
 * the weekend used only when no day-level business calendar is given. Which days are working days comes from the
 * day calendar (holidays, make-up working days); these are the hours on those days.
 *
 * @example
 * ```ts
 * const hours: SupportHours = {
 *   id: "cn-support",
 *   timeZone: "Asia/Shanghai",
 *   hours: [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "18:00" }],
 *   weekend: [6, 7],
 * };
 * ```
 */
export type SupportHours = z.infer<typeof supportHoursSchema>;

/**
 * Schema of {@link SupportHours} (input: `weekend` defaults to Saturday and Sunday).
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
  /** Different hours on some ISO weekdays (`"1"` Monday … `"7"` Sunday); an empty list closes that weekday. */
  byWeekday: z.partialRecord(isoWeekdayKeySchema, dayHoursSchema).optional(),
  /** Different hours on specific dates (checked before weekdays); an empty list closes that date. */
  byDate: z.record(localDateSchema, dayHoursSchema).optional(),
  /** ISO weekdays off when no day calendar is given. */
  weekend: z.array(z.number().int().min(1).max(7)).default([6, 7]),
});
