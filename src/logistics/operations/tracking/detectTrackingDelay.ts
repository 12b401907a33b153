import * as z from "zod";
import {
  type BusinessCalendar,
  ianaTimeZoneSchema,
  instantSchema,
  localDateIn,
  localDateSchema,
  parseInput,
} from "../../../core/index.js";
import { businessCalendarArgSchema, countDaysAfter } from "./trackingCalendar.js";

/**
 * Input of {@link detectTrackingDelay}: the date promised to the buyer, optionally the carrier's current
 * estimate and the delivery time, and how late days are counted.
 *
 * @example
 * ```ts
 * const input: TrackingDelayInput = { promisedDate: "2026-10-12", now: "2026-10-14T09:00:00+02:00", timeZone: "Europe/Berlin" };
 * ```
 */
export const trackingDelayInputSchema = z
  .object({
    promisedDate: localDateSchema,
    expectedDate: localDateSchema.optional(),
    deliveredAt: instantSchema.optional(),
    now: instantSchema,
    timeZone: ianaTimeZoneSchema,
    basis: z.enum(["calendar", "business"]).default("calendar"),
    calendar: businessCalendarArgSchema.optional(),
  })
  .refine((value) => value.basis === "calendar" || value.calendar !== undefined, {
    message: 'counting late business days needs a calendar (or use basis "calendar")',
    path: ["calendar"],
  });

/**
 * Input of {@link detectTrackingDelay} (see {@link trackingDelayInputSchema}).
 *
 * @example
 * ```ts
 * const input: TrackingDelayInput = { promisedDate: "2026-10-12", expectedDate: "2026-10-15", now: "2026-10-10T00:00:00Z", timeZone: "UTC" };
 * ```
 */
export type TrackingDelayInput = z.input<typeof trackingDelayInputSchema>;

/**
 * The delay verdict: `on_time`; `at_risk` (the carrier now expects delivery after the promise); `late` (the
 * promised date has passed, not delivered); `delivered_on_time` or `delivered_late`. `daysLate` counts the days
 * after the promised date up to today, the carrier's estimate or the delivery date.
 *
 * @example
 * ```ts
 * const d: TrackingDelay = { state: "late", daysLate: 2, promisedDate: "2026-10-12", today: "2026-10-14", basis: "calendar" };
 * ```
 */
export interface TrackingDelay {
  readonly state: "on_time" | "at_risk" | "late" | "delivered_on_time" | "delivered_late";
  readonly daysLate: number;
  readonly promisedDate: string;
  readonly expectedDate?: string;
  readonly today: string;
  readonly basis: "calendar" | "business";
}

/**
 * Compares a shipment against the delivery date promised to the buyer. The promised date is a local date in the
 * buyer's time zone (`timeZone`); delivery on the promised date is on time. With `basis: "business"` the days
 * late are business days of `calendar` (use the destination's calendar for buyer-facing figures).
 *
 * @throws `INVALID_ARGUMENT` for bad input; `CALENDAR_OUT_OF_RANGE` from the calendar outside its data
 * @example
 * ```ts
 * detectTrackingDelay({ promisedDate: "2026-10-12", now: "2026-10-14T09:00:00+02:00", timeZone: "Europe/Berlin" });
 * // { state: "late", daysLate: 2, ... }
 * ```
 */
export function detectTrackingDelay(input: TrackingDelayInput): TrackingDelay {
  const parsed = parseInput(trackingDelayInputSchema, input, ["input"]);
  const calendar: BusinessCalendar | undefined = parsed.basis === "business" ? parsed.calendar : undefined;
  const today = localDateIn(parsed.now, parsed.timeZone);
  const base = {
    promisedDate: parsed.promisedDate,
    ...(parsed.expectedDate === undefined ? {} : { expectedDate: parsed.expectedDate }),
    today,
    basis: parsed.basis,
  };
  if (parsed.deliveredAt !== undefined) {
    const deliveredDate = localDateIn(parsed.deliveredAt, parsed.timeZone);
    const daysLate = countDaysAfter(parsed.promisedDate, deliveredDate, calendar);
    return { state: deliveredDate > parsed.promisedDate ? "delivered_late" : "delivered_on_time", daysLate, ...base };
  }
  const overdue = countDaysAfter(parsed.promisedDate, today, calendar);
  if (today > parsed.promisedDate) return { state: "late", daysLate: overdue, ...base };
  if (parsed.expectedDate !== undefined && parsed.expectedDate > parsed.promisedDate) {
    return { state: "at_risk", daysLate: countDaysAfter(parsed.promisedDate, parsed.expectedDate, calendar), ...base };
  }
  return { state: "on_time", daysLate: 0, ...base };
}
