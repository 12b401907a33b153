import * as z from "zod";
import { instantSchema, parseInput } from "../../../core/index.js";
import { normaliseTrackingStatus } from "./normaliseTrackingStatus.js";
import { trackingStatusSchema, trackingSubStatusSchema } from "./trackingStatus.js";
import { trackingVendorSchema } from "./vendors/vendorVocabulary.js";

/**
 * One normalised tracking event: when it happened, its normalised status and sub-status, and what the vendor
 * actually sent. Events from different vendors (a forwarder's first mile, a postal last mile) can be mixed.
 *
 * @example
 * ```ts
 * const e = trackingEventSchema.parse({ at: "2026-10-09T08:00:00Z", status: "in_transit", subStatus: "picked_up" });
 * e.at instanceof Date; // true
 * ```
 */
export const trackingEventSchema = z.object({
  at: instantSchema,
  status: trackingStatusSchema,
  subStatus: trackingSubStatusSchema,
  mappedBy: z.enum(["detail", "status", "fallback"]).default("status"),
  vendor: trackingVendorSchema.optional(),
  rawStatus: z.string().optional(),
  rawSubStatus: z.string().optional(),
  location: z.string().max(300).optional(),
  description: z.string().max(1000).optional(),
});

/**
 * A normalised tracking event, as parsed (see {@link trackingEventSchema}).
 *
 * @example
 * ```ts
 * const e: TrackingEvent = { at: new Date("2026-10-09T08:00:00Z"), status: "delivered", subStatus: "signed", mappedBy: "detail" };
 * ```
 */
export type TrackingEvent = z.output<typeof trackingEventSchema>;

/**
 * A normalised tracking event as accepted from JSON (dates may be ISO strings).
 *
 * @example
 * ```ts
 * const input: TrackingEventInput = { at: "2026-10-09T08:00:00Z", status: "in_transit", subStatus: "in_transit" };
 * ```
 */
export type TrackingEventInput = z.input<typeof trackingEventSchema>;

/**
 * A vendor checkpoint as received: vendor, raw codes, time, and optionally where and what it said.
 *
 * @example
 * ```ts
 * vendorTrackingEventSchema.parse({ vendor: "aftership", status: "InTransit", subStatus: "InTransit_007", at: "2026-10-09T08:00:00Z" });
 * ```
 */
export const vendorTrackingEventSchema = z.object({
  vendor: trackingVendorSchema,
  status: z.string().optional(),
  subStatus: z.string().optional(),
  at: instantSchema,
  location: z.string().max(300).optional(),
  description: z.string().max(1000).optional(),
});

/**
 * A vendor checkpoint as received (see {@link vendorTrackingEventSchema}).
 *
 * @example
 * ```ts
 * const raw: VendorTrackingEvent = { vendor: "easypost", status: "out_for_delivery", at: "2026-10-12T07:10:00Z" };
 * ```
 */
export type VendorTrackingEvent = z.input<typeof vendorTrackingEventSchema>;

/**
 * Normalises one vendor checkpoint into a {@link TrackingEvent}, keeping the raw codes, location and text.
 *
 * @throws `INVALID_ARGUMENT` for a malformed time, an unknown vendor, or neither code given
 * @example
 * ```ts
 * const e = normaliseTrackingEvent({ vendor: "aftership", status: "Exception", subStatus: "Exception_004", at: "2026-10-10T09:00:00Z" });
 * e.subStatus; // "customs_hold"
 * ```
 */
export function normaliseTrackingEvent(input: VendorTrackingEvent): TrackingEvent {
  const parsed = parseInput(vendorTrackingEventSchema, input, ["input"]);
  const codes = {
    vendor: parsed.vendor,
    ...(parsed.status === undefined ? {} : { status: parsed.status }),
    ...(parsed.subStatus === undefined ? {} : { subStatus: parsed.subStatus }),
  };
  // Paths of a refused code are ["input", "status"], which is also where the code sits on the event.
  const normalised = normaliseTrackingStatus(codes);
  return {
    at: parsed.at,
    status: normalised.status,
    subStatus: normalised.subStatus,
    mappedBy: normalised.mappedBy,
    vendor: parsed.vendor,
    ...(normalised.rawStatus === undefined ? {} : { rawStatus: normalised.rawStatus }),
    ...(normalised.rawSubStatus === undefined ? {} : { rawSubStatus: normalised.rawSubStatus }),
    ...(parsed.location === undefined ? {} : { location: parsed.location }),
    ...(parsed.description === undefined ? {} : { description: parsed.description }),
  };
}
