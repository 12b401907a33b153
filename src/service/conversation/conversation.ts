import * as z from "zod";
import { instantSchema } from "../../core/index.js";
import { supportTimeZoneSchema } from "../calendar/supportHours.js";

/**
 * Where a conversation happens: e-mail, a marketplace's buyer-seller messaging (Amazon, eBay, Temu ...), chat on
 * the shop's own site, or social media.
 *
 * @example
 * ```ts
 * const channel: ServiceChannel = "marketplace";
 * ```
 */
export type ServiceChannel = z.infer<typeof serviceChannelSchema>;

/**
 * Schema of {@link ServiceChannel}.
 *
 * @example
 * ```ts
 * serviceChannelSchema.parse("email");
 * ```
 */
export const serviceChannelSchema = z.enum(["email", "marketplace", "chat", "social"]);

/**
 * What a conversation is about.
 *
 * @example
 * ```ts
 * const category: InquiryCategory = "order-status";
 * ```
 */
export type InquiryCategory = z.infer<typeof inquiryCategorySchema>;

/**
 * Schema of {@link InquiryCategory}.
 *
 * @example
 * ```ts
 * inquiryCategorySchema.parse("pre-sale");
 * ```
 */
export const inquiryCategorySchema = z.enum([
  "pre-sale",
  "order-status",
  "shipping",
  "return",
  "refund",
  "product-issue",
  "complaint",
  "other",
]);

/**
 * Urgency of a conversation; SLA targets are set per priority.
 *
 * @example
 * ```ts
 * const priority: ServicePriority = "urgent";
 * ```
 */
export type ServicePriority = z.infer<typeof servicePrioritySchema>;

/**
 * Schema of {@link ServicePriority}.
 *
 * @example
 * ```ts
 * servicePrioritySchema.parse("high");
 * ```
 */
export const servicePrioritySchema = z.enum(["low", "normal", "high", "urgent"]);

/**
 * A BCP 47 language tag such as `"en"`, `"zh-CN"` or `"de"`.
 *
 * @example
 * ```ts
 * languageTagSchema.parse("zh-CN");
 * ```
 */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as "en" or "zh-CN"' });

/**
 * One thing that happened in a conversation, in the log the SLA clock reads:
 * - `customer-message`: the buyer wrote (starts the first-reply and resolution clocks, starts a next-reply clock
 *   after an agent reply, and ends a wait on the customer);
 * - `agent-reply`: a public answer from an agent (meets the running reply target; internal notes are not logged);
 * - `waiting-on-customer`: the agent asked the buyer something; every clock pauses;
 * - `resumed`: the agent takes the conversation back without a buyer message;
 * - `resolved` / `reopened`: the resolution clock stops; reopening starts it again where it stopped.
 *
 * @example
 * ```ts
 * const event: ConversationEvent = { type: "agent-reply", at: new Date("2026-03-02T02:00:00Z") };
 * ```
 */
export type ConversationEvent = z.output<typeof conversationEventSchema>;

/**
 * A {@link ConversationEvent} as you write it and as the library accepts it: `at` is a `Date` or an ISO 8601 string.
 *
 * @example
 * ```ts
 * const event: ConversationEventInput = { type: "customer-message", at: "2026-03-02T07:00:00Z", actor: "buyer-17" };
 * ```
 */
export type ConversationEventInput = z.input<typeof conversationEventSchema>;

/**
 * Schema of {@link ConversationEvent}; `at` accepts a `Date` or an ISO string.
 *
 * @example
 * ```ts
 * conversationEventSchema.parse({ type: "customer-message", at: "2026-03-02T01:00:00Z" });
 * ```
 */
export const conversationEventSchema = z.object({
  type: z.enum(["customer-message", "agent-reply", "waiting-on-customer", "resumed", "resolved", "reopened"]),
  at: instantSchema,
  /** Who did it (agent id, buyer id); informational. */
  actor: z.string().optional(),
});

/**
 * A conversation with a buyer after validation (the output of {@link conversationSchema}: every `at` is a `Date`):
 * channel, marketplace, language, category, priority, the order it concerns and the log of events. To annotate a
 * conversation you write or load as JSON (ISO strings), use {@link ConversationInput}.
 *
 * @example
 * ```ts
 * const conversation: Conversation = {
 *   id: "c-1", channel: "marketplace", marketplace: "amazon-de", language: "de", category: "return",
 *   priority: "normal", orderId: "302-1234567-1234567", buyerTimeZone: "Europe/Berlin",
 *   events: [{ type: "customer-message", at: new Date("2026-03-02T07:00:00Z") }],
 * };
 * ```
 */
export type Conversation = z.output<typeof conversationSchema>;

/**
 * A conversation as you write it and as the library's functions accept it (`computeSlaStatus`, `routeConversation`,
 * `serviceKpis`): the same fields as {@link Conversation}, with each event's `at` a `Date` or an ISO 8601 string.
 * The SLA clock and KPIs read the event log; routing reads the descriptive fields.
 *
 * @example
 * ```ts
 * const conversation: ConversationInput = {
 *   id: "c-1", channel: "marketplace", marketplace: "amazon-de", language: "de", category: "return",
 *   priority: "normal", orderId: "302-1234567-1234567", buyerTimeZone: "Europe/Berlin",
 *   events: [{ type: "customer-message", at: "2026-03-02T07:00:00Z" }],
 * };
 * ```
 */
export type ConversationInput = z.input<typeof conversationSchema>;

/**
 * Schema of {@link Conversation}. Events must be in time order.
 *
 * @example
 * ```ts
 * conversationSchema.parse({ id: "c-1", channel: "email", language: "en", category: "pre-sale", priority: "low", events: [] });
 * ```
 */
export const conversationSchema = z.object({
  id: z.string().min(1),
  channel: serviceChannelSchema,
  /** Marketplace code such as `"amazon-us"` when the channel is marketplace messaging (or the order's origin). */
  marketplace: z.string().min(1).optional(),
  language: languageTagSchema,
  category: inquiryCategorySchema,
  priority: servicePrioritySchema,
  orderId: z.string().min(1).optional(),
  buyerTimeZone: supportTimeZoneSchema.optional(),
  events: z.array(conversationEventSchema).superRefine((events, ctx) => {
    for (let i = 1; i < events.length; i++) {
      const previous = events[i - 1];
      const current = events[i];
      if (previous && current && current.at.getTime() < previous.at.getTime())
        ctx.addIssue({ code: "custom", path: [i, "at"], message: "events must be in time order" });
    }
  }),
});
