import * as z from "zod";
import { err, instantSchema, invalidArgument, ok, opsError, parseInput, type Result } from "../../core/index.js";
import { languageTagSchema, serviceChannelSchema } from "../conversation/conversation.js";
import {
  pickReplyTemplate,
  type RenderedReply,
  type ReplyTemplate,
  renderReplyTemplate,
} from "../replies/replyTemplate.js";
import { type TrackingTrigger, trackingTriggerSchema } from "./trackingTrigger.js";

/**
 * A notice already sent to the buyer (from the host's store), used to deduplicate and throttle.
 *
 * @example
 * ```ts
 * const sent: SentTrackingNotice = { type: "delayed", shipmentId: "SHP-9", at: new Date("2026-03-05T10:00:00Z") };
 * ```
 */
export type SentTrackingNotice = z.input<typeof sentTrackingNoticeSchema>;

/**
 * Schema of {@link SentTrackingNotice}.
 *
 * @example
 * ```ts
 * sentTrackingNoticeSchema.parse({ type: "shipped", shipmentId: "S1", at: "2026-03-02T08:00:00Z" });
 * ```
 */
export const sentTrackingNoticeSchema = z.object({
  type: trackingTriggerSchema.shape.type,
  shipmentId: z.string().min(1),
  at: instantSchema,
});

/**
 * How often notices may repeat for one shipment: delays, customs holds and exceptions at most once per so many
 * days; shipped, out for delivery and delivered once.
 *
 * @example
 * ```ts
 * const throttle: TrackingThrottle = { delayedEveryDays: 3, customsHoldEveryDays: 3, exceptionEveryDays: 1 };
 * ```
 */
export type TrackingThrottle = z.input<typeof trackingThrottleSchema>;

/**
 * Schema of {@link TrackingThrottle}.
 *
 * @example
 * ```ts
 * trackingThrottleSchema.parse({ delayedEveryDays: 2 });
 * ```
 */
export const trackingThrottleSchema = z.object({
  delayedEveryDays: z.number().int().positive().default(3),
  customsHoldEveryDays: z.number().int().positive().default(3),
  exceptionEveryDays: z.number().int().positive().default(1),
});

/**
 * Input of {@link planTrackingNotice}.
 *
 * @example
 * ```ts
 * const input: TrackingNoticeInput = {
 *   trigger, buyer: { name: "Anna", channel: "email", language: "de" }, sent: [], templates: trackingNoticeTemplates,
 * };
 * ```
 */
export interface TrackingNoticeInput {
  readonly trigger: unknown;
  /** How the buyer wants to be reached. */
  readonly buyer: { readonly name: string; readonly channel: string; readonly language: string };
  readonly sent: readonly SentTrackingNotice[];
  readonly templates: readonly ReplyTemplate[];
  readonly throttle?: TrackingThrottle;
}

/**
 * A notice to send: where, in which language, what, and the record to store in `sent` once it went out.
 *
 * @example
 * ```ts
 * const r = planTrackingNotice(input);
 * if (r.ok) send(r.value.channel, r.value.reply);
 * ```
 */
export interface TrackingNotice {
  readonly channel: z.infer<typeof serviceChannelSchema>;
  readonly reply: RenderedReply;
  readonly record: { readonly type: TrackingTrigger["type"]; readonly shipmentId: string; readonly at: Date };
}

/**
 * Why no notice goes out: `NOTICE_DUPLICATE` (this milestone was already announced), `NOTICE_THROTTLED` (a delay,
 * customs or exception notice went out less than N days ago), `NOTICE_SUPERSEDED` (the shipment was already
 * announced as delivered).
 *
 * @example
 * ```ts
 * const skip: TrackingNoticeSkipped = { code: "NOTICE_THROTTLED", message: "...", nextAllowedAt: new Date() };
 * ```
 */
export interface TrackingNoticeSkipped {
  readonly code: "NOTICE_DUPLICATE" | "NOTICE_THROTTLED" | "NOTICE_SUPERSEDED";
  readonly message: string;
  readonly nextAllowedAt?: Date;
}

const DAY_MS = 86_400_000;

/**
 * Turns a logistics trigger into a buyer notice, or says why not: milestones (shipped, out for delivery,
 * delivered) are announced once per shipment; delays, customs holds and exceptions at most once per N days per
 * shipment; nothing but an exception follows a delivered notice. The notice uses the buyer's channel and language
 * (template `tracking.<type>`, falling back to English).
 *
 * @returns the {@link TrackingNotice} or a {@link TrackingNoticeSkipped}
 * @throws `INVALID_ARGUMENT` for a malformed trigger (a delay without `expectedDate`), buyer or history;
 *   `TEMPLATE_NOT_FOUND` when no template exists for the trigger
 * @example
 * ```ts
 * const r = planTrackingNotice({
 *   trigger: { type: "delayed", orderId: "302-1", shipmentId: "SHP-9", trackingNumber: "1Z999", carrier: "UPS",
 *     at: "2026-03-05T10:00:00Z", promisedDate: "2026-03-06", expectedDate: "2026-03-09" },
 *   buyer: { name: "Anna", channel: "email", language: "de" },
 *   sent: [], templates: trackingNoticeTemplates,
 * });
 * if (r.ok) r.value.reply.subject; // "Neuigkeiten zu Bestellung 302-1"
 * ```
 */
export function planTrackingNotice(input: TrackingNoticeInput): Result<TrackingNotice, TrackingNoticeSkipped> {
  if (typeof input !== "object" || input === null) throw invalidArgument(["input"], "must be an object");
  const trigger = parseInput(trackingTriggerSchema, input.trigger, ["input", "trigger"]);
  const buyer = parseInput(
    z.object({ name: z.string().min(1), channel: serviceChannelSchema, language: languageTagSchema }),
    input.buyer,
    ["input", "buyer"],
  );
  const sent = parseInput(z.array(sentTrackingNoticeSchema), input.sent, ["input", "sent"]);
  const throttle = parseInput(trackingThrottleSchema, input.throttle ?? {}, ["input", "throttle"]);
  const mine = sent.filter((notice) => notice.shipmentId === trigger.shipmentId);
  const at = trigger.at.getTime();
  if (trigger.type !== "exception" && mine.some((notice) => notice.type === "delivered"))
    return err({
      code: "NOTICE_SUPERSEDED",
      message: `shipment ${trigger.shipmentId} was already announced as delivered`,
    });
  const sameType = mine.filter((notice) => notice.type === trigger.type);
  const everyDays =
    trigger.type === "delayed"
      ? throttle.delayedEveryDays
      : trigger.type === "customs-hold"
        ? throttle.customsHoldEveryDays
        : trigger.type === "exception"
          ? throttle.exceptionEveryDays
          : undefined;
  if (everyDays === undefined) {
    if (sameType.length > 0)
      return err({ code: "NOTICE_DUPLICATE", message: `"${trigger.type}" was already sent for ${trigger.shipmentId}` });
  } else {
    const last = Math.max(...sameType.map((notice) => notice.at.getTime()));
    if (sameType.length > 0 && at - last < everyDays * DAY_MS)
      return err({
        code: "NOTICE_THROTTLED",
        message: `one "${trigger.type}" notice per ${everyDays} day(s) for ${trigger.shipmentId}`,
        nextAllowedAt: new Date(last + everyDays * DAY_MS),
      });
  }
  const picked = pickReplyTemplate(input.templates, {
    id: `tracking.${trigger.type}`,
    language: buyer.language,
    channel: buyer.channel,
  });
  if (!picked.ok)
    throw opsError("TEMPLATE_NOT_FOUND", [{ path: ["input", "templates"], message: picked.error.message }]);
  const variables: Record<string, string> = {
    buyerName: buyer.name,
    orderId: trigger.orderId,
    carrier: trigger.carrier,
    trackingNumber: trigger.trackingNumber,
  };
  if (trigger.expectedDate !== undefined) variables.expectedDate = trigger.expectedDate;
  if (trigger.promisedDate !== undefined) variables.promisedDate = trigger.promisedDate;
  if (trigger.location !== undefined) variables.location = trigger.location;
  if (trigger.detail !== undefined) variables.detail = trigger.detail;
  return ok({
    channel: buyer.channel,
    reply: renderReplyTemplate(picked.value, variables),
    record: { type: trigger.type, shipmentId: trigger.shipmentId, at: trigger.at },
  });
}
