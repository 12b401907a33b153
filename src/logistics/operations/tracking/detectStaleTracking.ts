import * as z from "zod";
import {
  type BusinessCalendar,
  ianaTimeZoneSchema,
  instantSchema,
  localDateIn,
  parseInput,
} from "../../../core/index.js";
import { businessCalendarArgSchema, countDaysAfter } from "./trackingCalendar.js";
import { trackingStatusSchema, trackingSubStatusSchema } from "./trackingStatus.js";

/**
 * Input of {@link detectStaleTracking}. `basis` says whether the threshold counts every day (`calendar`) or only
 * the `calendar`'s business days (`business`, the calendar is then required). Dates are read in `timeZone`.
 *
 * @example
 * ```ts
 * const input: StaleTrackingInput = {
 *   lastEventAt: "2026-09-30T10:00:00+08:00", now: "2026-10-09T10:00:00+08:00", status: "in_transit",
 *   thresholdDays: 3, basis: "business", calendar: createBusinessCalendar(CN_2026), timeZone: "Asia/Shanghai",
 * };
 * ```
 */
export const staleTrackingInputSchema = z
  .object({
    lastEventAt: instantSchema,
    now: instantSchema,
    status: trackingStatusSchema,
    subStatus: trackingSubStatusSchema.optional(),
    thresholdDays: z.number().int().positive().max(365),
    basis: z.enum(["calendar", "business"]).default("calendar"),
    calendar: businessCalendarArgSchema.optional(),
    timeZone: ianaTimeZoneSchema,
  })
  .refine((value) => value.basis === "calendar" || value.calendar !== undefined, {
    message: 'a business-day threshold needs a calendar (or use basis "calendar")',
    path: ["calendar"],
  })
  .refine((value) => value.now.getTime() >= value.lastEventAt.getTime(), {
    message: "must not be before lastEventAt",
    path: ["now"],
  });

/**
 * Input of {@link detectStaleTracking} (see {@link staleTrackingInputSchema}).
 *
 * @example
 * ```ts
 * const input: StaleTrackingInput = { lastEventAt: "2026-10-01T00:00:00Z", now: "2026-10-08T00:00:00Z", status: "in_transit", thresholdDays: 5, timeZone: "UTC" };
 * ```
 */
export type StaleTrackingInput = z.input<typeof staleTrackingInputSchema>;

/**
 * What {@link detectStaleTracking} found: whether the tracking is stale, the silent days counted, and the dates
 * compared.
 *
 * @example
 * ```ts
 * const r: StaleTrackingResult = { stale: true, silentDays: 5, thresholdDays: 5, basis: "calendar", lastEventDate: "2026-10-01", today: "2026-10-06" };
 * ```
 */
export interface StaleTrackingResult {
  readonly stale: boolean;
  /** Days after the last event's date up to and including today (business days when `basis` is `business`). */
  readonly silentDays: number;
  readonly thresholdDays: number;
  readonly basis: "calendar" | "business";
  readonly lastEventDate: string;
  readonly today: string;
}

/**
 * Detects tracking that has gone quiet: no event for `thresholdDays` days. Days are counted after the last
 * event's local date up to and including today's (so an event yesterday is 1 day of silence); on a `business`
 * basis only the calendar's business days count, so a parcel waiting at a Chinese forwarder through the National
 * Day holiday is not flagged for the holiday itself. Delivered parcels and parcels back with the sender are never
 * stale.
 *
 * @throws `INVALID_ARGUMENT` for bad input; `CALENDAR_OUT_OF_RANGE` from the calendar outside its data
 * @example
 * ```ts
 * detectStaleTracking({
 *   lastEventAt: "2026-10-01T09:00:00Z", now: "2026-10-06T09:00:00Z", status: "in_transit",
 *   thresholdDays: 5, timeZone: "UTC",
 * }); // { stale: true, silentDays: 5, ... }
 * ```
 */
export function detectStaleTracking(input: StaleTrackingInput): StaleTrackingResult {
  const parsed = parseInput(staleTrackingInputSchema, input, ["input"]);
  const lastEventDate = localDateIn(parsed.lastEventAt, parsed.timeZone);
  const today = localDateIn(parsed.now, parsed.timeZone);
  const calendar: BusinessCalendar | undefined = parsed.basis === "business" ? parsed.calendar : undefined;
  const silentDays = countDaysAfter(lastEventDate, today, calendar);
  const finished = parsed.status === "delivered" || parsed.subStatus === "returned_to_sender";
  return {
    stale: !finished && silentDays >= parsed.thresholdDays,
    silentDays,
    thresholdDays: parsed.thresholdDays,
    basis: parsed.basis,
    lastEventDate,
    today,
  };
}
