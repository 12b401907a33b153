import * as z from "zod";
import { ianaTimeZoneSchema, invalidArgument, localDateIn, localDateSchema, parseInput } from "../../../core/index.js";
import type { TrackingSummary } from "./summariseTracking.js";
import { customsHoldSubStatuses } from "./trackingStatus.js";

/**
 * The kinds of shipment notification the library emits for the customer-service area.
 *
 * @example
 * ```ts
 * shipmentNotificationTypeSchema.parse("customs_hold"); // "customs_hold"
 * ```
 */
export const shipmentNotificationTypeSchema = z.enum([
  "shipped",
  "delayed",
  "customs_hold",
  "out_for_delivery",
  "delivered",
  "exception",
]);

/**
 * The seam to customer service: one notification trigger as plain JSON data. Emit it to a queue, store it, and
 * let the service area decide whom to tell and how. `at` is an ISO 8601 instant; `promisedDate` and
 * `expectedDate` are `YYYY-MM-DD`; `detail` is the normalised sub-status (or the delay state for `delayed`).
 * `dedupeKey` is stable: the same event, re-derived any number of times, gives the same key, so the consumer can
 * drop repeats.
 *
 * @example
 * ```ts
 * shipmentNotificationTriggerSchema.parse({
 *   type: "delivered", orderId: "SO-1001", shipmentId: "SO-1001-1", trackingNumber: "LX123456789CN",
 *   carrier: "DHL", at: "2026-10-14T12:00:00.000Z", detail: "signed",
 *   dedupeKey: "SO-1001:SO-1001-1:delivered",
 * });
 * ```
 */
export const shipmentNotificationTriggerSchema = z.object({
  type: shipmentNotificationTypeSchema,
  orderId: z.string().min(1),
  shipmentId: z.string().min(1),
  trackingNumber: z.string().min(1),
  carrier: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  promisedDate: localDateSchema.optional(),
  expectedDate: localDateSchema.optional(),
  location: z.string().optional(),
  detail: z.string().optional(),
  dedupeKey: z.string().min(1),
});

/**
 * One notification trigger (see {@link shipmentNotificationTriggerSchema}).
 *
 * @example
 * ```ts
 * const t: ShipmentNotificationTrigger = { type: "shipped", orderId: "SO-1", shipmentId: "SO-1-1", trackingNumber: "T1", carrier: "DHL", at: "2026-10-09T08:00:00.000Z", dedupeKey: "SO-1:SO-1-1:shipped" };
 * ```
 */
export type ShipmentNotificationTrigger = z.infer<typeof shipmentNotificationTriggerSchema>;

/**
 * Who the triggers are about: the order, the shipment, its tracking number and carrier, and the dates promised
 * to the buyer and estimated by the carrier.
 *
 * @example
 * ```ts
 * shipmentReferenceSchema.parse({ orderId: "SO-1001", shipmentId: "SO-1001-1", trackingNumber: "LX123456789CN", carrier: "DHL" });
 * ```
 */
export const shipmentReferenceSchema = z.object({
  orderId: z.string().min(1).max(200),
  shipmentId: z.string().min(1).max(200),
  trackingNumber: z.string().min(1).max(200),
  carrier: z.string().min(1).max(200),
  promisedDate: localDateSchema.optional(),
  expectedDate: localDateSchema.optional(),
});

/**
 * A shipment reference (see {@link shipmentReferenceSchema}).
 *
 * @example
 * ```ts
 * const ref: ShipmentReference = { orderId: "SO-1", shipmentId: "SO-1-1", trackingNumber: "T1", carrier: "DHL", promisedDate: "2026-10-12" };
 * ```
 */
export type ShipmentReference = z.infer<typeof shipmentReferenceSchema>;

/**
 * Builds the deduplication key of a trigger: order, shipment, type and a discriminator, each URI-encoded and
 * joined with `:` (so ids containing `:` cannot collide).
 *
 * @example
 * ```ts
 * notificationDedupeKey("SO-1", "SO-1-1", "out_for_delivery", ["2026-10-14"]); // "SO-1:SO-1-1:out_for_delivery:2026-10-14"
 * ```
 */
export function notificationDedupeKey(
  orderId: string,
  shipmentId: string,
  type: z.infer<typeof shipmentNotificationTypeSchema>,
  discriminators: readonly string[] = [],
): string {
  return [orderId, shipmentId, type, ...discriminators].map(encodeURIComponent).join(":");
}

/**
 * Input of {@link deriveNotificationTriggers}.
 *
 * @example
 * ```ts
 * const input: NotificationTriggerInput = { shipment, summary: summariseTracking(events), timeZone: "Europe/Berlin" };
 * ```
 */
export interface NotificationTriggerInput {
  readonly shipment: z.input<typeof shipmentReferenceSchema>;
  readonly summary: TrackingSummary;
  /** Time zone in which events are dated for the keys (the buyer's). */
  readonly timeZone: string;
  /** The delay verdict, when one was computed; `late` and `at_risk` give a `delayed` trigger. */
  readonly delay?: { readonly state: string; readonly daysLate: number };
  /** When the delay was detected (the `at` of a `delayed` trigger). */
  readonly now?: Date;
}

/**
 * Derives the notification triggers of one shipment from its tracking summary (only events that moved the
 * status count) and its delay verdict:
 * - `shipped` once, at the first event showing the carrier has the parcel;
 * - `out_for_delivery` once per local day; `customs_hold` once per local day of a customs-hold sub-status;
 * - `exception` once per sub-status per local day for exceptions, failed attempts and expiry (customs holds
 *   excepted);
 * - `delivered` once; `delayed` once per promised date when the verdict is `late` or `at_risk`.
 * Triggers come back oldest first, without duplicate keys.
 *
 * @throws `INVALID_ARGUMENT` for a bad shipment reference, time zone or missing `now` with a delay
 * @example
 * ```ts
 * const triggers = deriveNotificationTriggers({ shipment, summary, timeZone: "Europe/Berlin" });
 * triggers.map((t) => t.type); // ["shipped", "customs_hold", "out_for_delivery", "delivered"]
 * ```
 */
export function deriveNotificationTriggers(input: NotificationTriggerInput): ShipmentNotificationTrigger[] {
  const shipment = parseInput(shipmentReferenceSchema, input?.shipment, ["input", "shipment"]);
  const timeZone = parseInput(ianaTimeZoneSchema, input.timeZone, ["input", "timeZone"]);
  if (typeof input.summary !== "object" || input.summary === null || !Array.isArray(input.summary.timeline)) {
    throw invalidArgument(["input", "summary"], "must be the result of summariseTracking()");
  }
  const common = {
    orderId: shipment.orderId,
    shipmentId: shipment.shipmentId,
    trackingNumber: shipment.trackingNumber,
    carrier: shipment.carrier,
    ...(shipment.promisedDate === undefined ? {} : { promisedDate: shipment.promisedDate }),
    ...(shipment.expectedDate === undefined ? {} : { expectedDate: shipment.expectedDate }),
  };
  const key = (type: ShipmentNotificationTrigger["type"], ...rest: string[]) =>
    notificationDedupeKey(shipment.orderId, shipment.shipmentId, type, rest);
  const triggers: ShipmentNotificationTrigger[] = [];
  const seen = new Set<string>();
  const push = (trigger: ShipmentNotificationTrigger) => {
    if (seen.has(trigger.dedupeKey)) return;
    seen.add(trigger.dedupeKey);
    triggers.push(trigger);
  };
  for (const { event, applied } of input.summary.timeline) {
    if (!applied) continue;
    const day = localDateIn(event.at, timeZone);
    const base = {
      ...common,
      at: event.at.toISOString(),
      ...(event.location === undefined ? {} : { location: event.location }),
      detail: event.subStatus,
    };
    if (input.summary.shippedAt !== undefined && event.at.getTime() === input.summary.shippedAt.getTime()) {
      push({ ...base, type: "shipped", dedupeKey: key("shipped") });
    }
    if (customsHoldSubStatuses.includes(event.subStatus)) {
      push({ ...base, type: "customs_hold", dedupeKey: key("customs_hold", day) });
    } else if (event.status === "exception" || event.status === "failed_attempt" || event.status === "expired") {
      push({ ...base, type: "exception", dedupeKey: key("exception", event.subStatus, day) });
    } else if (event.status === "out_for_delivery") {
      push({ ...base, type: "out_for_delivery", dedupeKey: key("out_for_delivery", day) });
    } else if (event.status === "delivered") {
      push({ ...base, type: "delivered", dedupeKey: key("delivered") });
    }
  }
  if (input.delay && (input.delay.state === "late" || input.delay.state === "at_risk")) {
    if (!(input.now instanceof Date) || Number.isNaN(input.now.getTime())) {
      throw invalidArgument(["input", "now"], "is needed (a Date) to date a delayed trigger");
    }
    push({
      ...common,
      type: "delayed",
      at: input.now.toISOString(),
      detail: input.delay.state,
      dedupeKey: key("delayed", shipment.promisedDate ?? "no-promise"),
    });
  }
  return triggers;
}
