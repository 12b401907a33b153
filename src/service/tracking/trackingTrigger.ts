import * as z from "zod";
import { instantSchema, localDateSchema } from "../../core/index.js";

/**
 * The seam with the logistics area: a notification trigger about a shipment, as the service area accepts it.
 * Logistics emits these (shipped, delayed against the promised date, held at customs, out for delivery,
 * delivered, exception); any producer that fills this shape can be wired in without changes.
 *
 * @example
 * ```ts
 * const trigger: TrackingTrigger = {
 *   type: "delayed", orderId: "302-1", shipmentId: "SHP-9", trackingNumber: "1Z999", carrier: "UPS",
 *   at: new Date("2026-03-05T10:00:00Z"), promisedDate: "2026-03-06", expectedDate: "2026-03-09",
 * };
 * ```
 */
export type TrackingTrigger = z.output<typeof trackingTriggerSchema>;

/**
 * A {@link TrackingTrigger} as a producer sends it and as `planTrackingNotice` accepts it: `at` is a `Date` or an
 * ISO 8601 string, and `type` may be spelled in snake_case (`customs_hold`).
 *
 * @example
 * ```ts
 * const trigger: TrackingTriggerInput = {
 *   type: "shipped", orderId: "302-1", shipmentId: "SHP-9", trackingNumber: "1Z999", carrier: "UPS", at: "2026-03-02T08:00:00Z",
 * };
 * ```
 */
export type TrackingTriggerInput = z.input<typeof trackingTriggerSchema>;

/**
 * Schema of {@link TrackingTrigger}. Accepts the triggers of the logistics area as they are (snake_case types such
 * as `customs_hold` are read as `customs-hold`; extra fields such as `dedupeKey` are ignored). A `delayed` trigger
 * must carry the `expectedDate` (the buyer is told when): logistics cannot know it from tracking alone, so the host
 * adds the carrier's new estimate before planning a delay notice.
 *
 * @example
 * ```ts
 * trackingTriggerSchema.parse({ type: "shipped", orderId: "1", shipmentId: "S1", trackingNumber: "T1", carrier: "DHL", at: "2026-03-02T08:00:00Z" });
 * ```
 */
export const trackingTriggerSchema = z
  .object({
    // Logistics' `shipmentNotificationTriggerSchema` spells types in snake_case (`customs_hold`): both are accepted.
    type: z.preprocess(
      (type) => (typeof type === "string" ? type.replaceAll("_", "-") : type),
      z.enum(["shipped", "delayed", "customs-hold", "out-for-delivery", "delivered", "exception"]),
    ),
    orderId: z.string().min(1),
    shipmentId: z.string().min(1),
    trackingNumber: z.string().min(1),
    carrier: z.string().min(1),
    at: instantSchema,
    promisedDate: localDateSchema.optional(),
    expectedDate: localDateSchema.optional(),
    location: z.string().min(1).optional(),
    detail: z.string().min(1).optional(),
  })
  .refine((trigger) => trigger.type !== "delayed" || trigger.expectedDate !== undefined, {
    message: "a delayed trigger needs the new expectedDate",
    path: ["expectedDate"],
  });
