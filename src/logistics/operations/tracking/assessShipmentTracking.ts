import type * as z from "zod";
import {
  type BusinessCalendar,
  ianaTimeZoneSchema,
  instantSchema,
  invalidArgument,
  parseInput,
} from "../../../core/index.js";
import { detectStaleTracking, type StaleTrackingResult } from "./detectStaleTracking.js";
import { detectTrackingDelay, type TrackingDelay } from "./detectTrackingDelay.js";
import {
  deriveNotificationTriggers,
  type ShipmentNotificationTrigger,
  shipmentReferenceSchema,
} from "./notificationTriggers.js";
import { summariseTracking, type TrackingSummary } from "./summariseTracking.js";
import type { TrackingEventInput } from "./trackingEvent.js";

/**
 * Input of {@link assessShipmentTracking}: the shipment, its normalised events, the time of the check, and how
 * staleness and lateness are counted. `calendar` is used for every `business` basis; `timeZone` dates events and
 * `now` (use the buyer's zone for buyer-facing dates).
 *
 * @example
 * ```ts
 * const input: ShipmentTrackingAssessmentInput = {
 *   shipment: { orderId: "SO-1", shipmentId: "SO-1-1", trackingNumber: "T1", carrier: "DHL", promisedDate: "2026-10-12" },
 *   events, now: "2026-10-14T09:00:00+02:00", timeZone: "Europe/Berlin", staleAfterDays: 4,
 * };
 * ```
 */
export interface ShipmentTrackingAssessmentInput {
  readonly shipment: z.input<typeof shipmentReferenceSchema>;
  readonly events: readonly TrackingEventInput[];
  readonly now: Date | string;
  readonly timeZone: string;
  readonly staleAfterDays?: number;
  readonly staleBasis?: "calendar" | "business";
  readonly delayBasis?: "calendar" | "business";
  readonly calendar?: BusinessCalendar;
}

/**
 * Everything known about one shipment's tracking at `now`: its summary, whether it is stale (absent with no
 * events yet), its delay verdict (absent without a promised date) and the notification triggers to emit.
 *
 * @example
 * ```ts
 * const a: ShipmentTrackingAssessment = assessShipmentTracking(input);
 * a.triggers.map((t) => t.type);
 * ```
 */
export interface ShipmentTrackingAssessment {
  readonly summary: TrackingSummary;
  readonly stale?: StaleTrackingResult;
  readonly delay?: TrackingDelay;
  readonly triggers: readonly ShipmentNotificationTrigger[];
}

/**
 * Runs the tracking pipeline for one shipment: {@link summariseTracking}, {@link detectStaleTracking} (default
 * 5 days, calendar basis), {@link detectTrackingDelay} against the promised date, and
 * {@link deriveNotificationTriggers}. Pure: call it on every webhook or on a schedule, and let the dedupe keys
 * drop repeats.
 *
 * @throws `INVALID_ARGUMENT` for bad input; `CALENDAR_OUT_OF_RANGE` from the calendar outside its data
 * @example
 * ```ts
 * const { summary, delay, triggers } = assessShipmentTracking({
 *   shipment, events, now: "2026-10-14T09:00:00+02:00", timeZone: "Europe/Berlin",
 * });
 * ```
 */
export function assessShipmentTracking(input: ShipmentTrackingAssessmentInput): ShipmentTrackingAssessment {
  if (typeof input !== "object" || input === null) throw invalidArgument(["input"], "must be an object");
  const shipment = parseInput(shipmentReferenceSchema, input.shipment, ["input", "shipment"]);
  const now = parseInput(instantSchema, input.now, ["input", "now"]);
  const timeZone = parseInput(ianaTimeZoneSchema, input.timeZone, ["input", "timeZone"]);
  const summary = summariseTracking(input.events);
  const calendar = input.calendar === undefined ? {} : { calendar: input.calendar };
  const stale =
    summary.lastEventAt === undefined
      ? undefined
      : detectStaleTracking({
          lastEventAt: summary.lastEventAt,
          now,
          status: summary.status,
          subStatus: summary.subStatus,
          thresholdDays: input.staleAfterDays ?? 5,
          basis: input.staleBasis ?? "calendar",
          timeZone,
          ...calendar,
        });
  const delay =
    shipment.promisedDate === undefined
      ? undefined
      : detectTrackingDelay({
          promisedDate: shipment.promisedDate,
          ...(shipment.expectedDate === undefined ? {} : { expectedDate: shipment.expectedDate }),
          ...(summary.deliveredAt === undefined ? {} : { deliveredAt: summary.deliveredAt }),
          now,
          timeZone,
          basis: input.delayBasis ?? "calendar",
          ...calendar,
        });
  const triggers = deriveNotificationTriggers({
    shipment,
    summary,
    timeZone,
    now,
    ...(delay === undefined ? {} : { delay }),
  });
  return {
    summary,
    ...(stale === undefined ? {} : { stale }),
    ...(delay === undefined ? {} : { delay }),
    triggers,
  };
}
