import * as z from "zod";

/**
 * The nine normalised tracking statuses every vendor vocabulary is mapped onto, in the order a parcel normally
 * goes through them. `exception` and `expired` need a person to look; `delivered` is the end of the road unless a
 * return follows.
 *
 * @example
 * ```ts
 * trackingStatusSchema.parse("out_for_delivery"); // "out_for_delivery"
 * ```
 */
export const trackingStatusSchema = z.enum([
  "pending",
  "info_received",
  "in_transit",
  "out_for_delivery",
  "failed_attempt",
  "available_for_pickup",
  "delivered",
  "exception",
  "expired",
]);

/**
 * A normalised tracking status (see {@link trackingStatusSchema}).
 *
 * @example
 * ```ts
 * const status: TrackingStatus = "in_transit";
 * ```
 */
export type TrackingStatus = z.infer<typeof trackingStatusSchema>;

/**
 * The normalised sub-statuses: the detail under a status (customs hold, refused, left with a neighbour...).
 * `unrecognised_code` marks an event whose vendor code no mapping row knows; its raw code is kept on the event.
 *
 * @example
 * ```ts
 * trackingSubStatusSchema.parse("customs_hold"); // "customs_hold"
 * ```
 */
export const trackingSubStatusSchema = z.enum([
  // pending
  "awaiting_tracking",
  "tracking_number_invalid",
  // info received
  "label_created",
  "awaiting_pickup",
  // in transit
  "picked_up",
  "in_transit",
  "arrived_at_facility",
  "departed_facility",
  "departed_origin_country",
  "arrived_destination_country",
  "customs_processing",
  "customs_released",
  "handed_to_last_mile",
  "forwarded",
  "delivery_scheduled",
  "delivery_rescheduled",
  "problem_resolved",
  // out for delivery
  "out_for_delivery",
  "contacting_recipient",
  // failed attempt
  "attempted",
  "recipient_unavailable",
  "business_closed",
  "notice_left",
  "location_inaccessible",
  // available for pickup
  "awaiting_collection",
  // delivered
  "delivered",
  "collected_by_recipient",
  "signed",
  "cash_collected",
  "left_with_neighbour",
  "delivered_to_pickup_point",
  // exception
  "customs_hold",
  "customs_documents_required",
  "held_for_payment",
  "address_issue",
  "recipient_moved",
  "refused",
  "pickup_missed",
  "rejected_by_carrier",
  "returning_to_sender",
  "returned_to_sender",
  "damaged",
  "lost",
  "destroyed",
  "cancelled",
  "delayed",
  "weather_delay",
  "missorted",
  "carrier_exception",
  "unrecognised_code",
  // expired
  "expired",
]);

/**
 * A normalised tracking sub-status (see {@link trackingSubStatusSchema}).
 *
 * @example
 * ```ts
 * const detail: TrackingSubStatus = "left_with_neighbour";
 * ```
 */
export type TrackingSubStatus = z.infer<typeof trackingSubStatusSchema>;

/**
 * The sub-statuses that mean the parcel is going back to (or is back with) the sender. Only these may move a
 * delivered shipment to another status (a refused parcel returned after a delivery scan).
 *
 * @example
 * ```ts
 * returnSubStatuses.includes("returned_to_sender"); // true
 * ```
 */
export const returnSubStatuses: readonly TrackingSubStatus[] = Object.freeze([
  "returning_to_sender",
  "returned_to_sender",
]);

/**
 * The sub-statuses that mean customs is holding the parcel (duties unpaid are `held_for_payment`, kept apart
 * because the buyer, not the seller, usually acts on it).
 *
 * @example
 * ```ts
 * customsHoldSubStatuses.includes("customs_documents_required"); // true
 * ```
 */
export const customsHoldSubStatuses: readonly TrackingSubStatus[] = Object.freeze([
  "customs_hold",
  "customs_documents_required",
]);
