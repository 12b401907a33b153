import * as z from "zod";
import { parseInput } from "../../../core/index.js";
import { type TrackingEvent, trackingEventSchema } from "./trackingEvent.js";
import { returnSubStatuses, type TrackingStatus, type TrackingSubStatus } from "./trackingStatus.js";

/**
 * A tracking event placed in a shipment's timeline: `applied` is false when the event did not move the status
 * (its code was unrecognised, or it came after delivery and is not a return).
 *
 * @example
 * ```ts
 * const step: TrackingTimelineEvent = { event, applied: false, reason: "after-delivery" };
 * ```
 */
export interface TrackingTimelineEvent {
  readonly event: TrackingEvent;
  readonly applied: boolean;
  readonly reason?: "unrecognised-code" | "after-delivery";
}

/**
 * Where a shipment stands after all its tracking events, oldest first.
 *
 * @example
 * ```ts
 * const s: TrackingSummary = summariseTracking(events);
 * s.status; // "delivered"
 * ```
 */
export interface TrackingSummary {
  readonly status: TrackingStatus;
  readonly subStatus: TrackingSubStatus;
  /** Time of the latest event of any kind (unrecognised ones included: they prove the parcel is moving). */
  readonly lastEventAt?: Date;
  /** First event showing the carrier has the parcel (in transit or later). */
  readonly shippedAt?: Date;
  /** Time of the delivery event that stands (cleared again by a later return). */
  readonly deliveredAt?: Date;
  readonly timeline: readonly TrackingTimelineEvent[];
}

const CARRIER_HAS_IT: readonly TrackingStatus[] = [
  "in_transit",
  "out_for_delivery",
  "failed_attempt",
  "available_for_pickup",
  "delivered",
];

/**
 * Folds a shipment's normalised events into its current status. Events are ordered by time (ties keep their
 * input order). Two rules keep the status honest: an event with an unrecognised code never moves it, and once
 * delivered, only a return (`returning_to_sender`, `returned_to_sender`) moves it again; a late "in transit"
 * scan after delivery is kept in the timeline but not applied. With no events the status is
 * `pending / awaiting_tracking`.
 *
 * @throws `INVALID_ARGUMENT` for malformed events
 * @example
 * ```ts
 * summariseTracking([
 *   { at: "2026-10-09T08:00:00Z", status: "in_transit", subStatus: "picked_up" },
 *   { at: "2026-10-14T12:00:00Z", status: "delivered", subStatus: "signed" },
 *   { at: "2026-10-15T02:00:00Z", status: "in_transit", subStatus: "in_transit" },
 * ]).status; // "delivered"
 * ```
 */
export function summariseTracking(events: readonly z.input<typeof trackingEventSchema>[]): TrackingSummary {
  const parsed = parseInput(z.array(trackingEventSchema).max(10_000), events, ["events"]);
  const ordered = parsed
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index)
    .map(({ event }) => event);

  let status: TrackingStatus = "pending";
  let subStatus: TrackingSubStatus = "awaiting_tracking";
  let shippedAt: Date | undefined;
  let deliveredAt: Date | undefined;
  const timeline: TrackingTimelineEvent[] = [];
  for (const event of ordered) {
    if (event.mappedBy === "fallback" || event.subStatus === "unrecognised_code") {
      timeline.push({ event, applied: false, reason: "unrecognised-code" });
      continue;
    }
    if (status === "delivered" && !returnSubStatuses.includes(event.subStatus)) {
      timeline.push({ event, applied: false, reason: "after-delivery" });
      continue;
    }
    status = event.status;
    subStatus = event.subStatus;
    if (shippedAt === undefined && CARRIER_HAS_IT.includes(status)) shippedAt = event.at;
    deliveredAt = status === "delivered" ? event.at : undefined;
    timeline.push({ event, applied: true });
  }
  const last = ordered.at(-1);
  return {
    status,
    subStatus,
    ...(last === undefined ? {} : { lastEventAt: last.at }),
    ...(shippedAt === undefined ? {} : { shippedAt }),
    ...(deliveredAt === undefined ? {} : { deliveredAt }),
    timeline,
  };
}
