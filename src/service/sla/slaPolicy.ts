import * as z from "zod";

const minutesSchema = z.number().int().positive();

/**
 * Targets for one priority, in minutes of the policy's clock: first reply, each next reply, resolution. A target
 * left out is not measured.
 *
 * @example
 * ```ts
 * const urgent: SlaTargets = { firstReplyMinutes: 60, nextReplyMinutes: 120, resolutionMinutes: 960 };
 * ```
 */
export type SlaTargets = z.infer<typeof slaTargetsSchema>;

/**
 * Schema of {@link SlaTargets}.
 *
 * @example
 * ```ts
 * slaTargetsSchema.parse({ firstReplyMinutes: 240 });
 * ```
 */
export const slaTargetsSchema = z.object({
  firstReplyMinutes: minutesSchema.optional(),
  nextReplyMinutes: minutesSchema.optional(),
  resolutionMinutes: minutesSchema.optional(),
});

/**
 * An SLA policy as data: targets per priority, counted in the support calendar's open hours (`business`) or in
 * elapsed time (`calendar`), and a warn-before window that marks a running target at risk.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = {
 *   id: "marketplace-24h",
 *   clock: "business",
 *   warnBeforeMinutes: 60,
 *   targets: { normal: { firstReplyMinutes: 480, nextReplyMinutes: 480, resolutionMinutes: 2400 } },
 * };
 * ```
 */
export type SlaPolicy = z.output<typeof slaPolicySchema>;

/**
 * An {@link SlaPolicy} as you write it: `warnBeforeMinutes` may be left out (0).
 *
 * @example
 * ```ts
 * const chat: SlaPolicyInput = { id: "chat", clock: "calendar", targets: { urgent: { firstReplyMinutes: 5 } } };
 * ```
 */
export type SlaPolicyInput = z.input<typeof slaPolicySchema>;

/**
 * Schema of {@link SlaPolicy} (input: `warnBeforeMinutes` defaults to 0).
 *
 * @example
 * ```ts
 * slaPolicySchema.parse({ id: "chat", clock: "calendar", targets: { urgent: { firstReplyMinutes: 5 } } });
 * ```
 */
export const slaPolicySchema = z.object({
  id: z.string().min(1),
  /** `business`: minutes of the support calendar's open hours; `calendar`: elapsed minutes, day and night. */
  clock: z.enum(["business", "calendar"]),
  /** A running target is at risk when no more than this many clock minutes remain. */
  warnBeforeMinutes: z.number().int().nonnegative().default(0),
  targets: z.partialRecord(z.enum(["low", "normal", "high", "urgent"]), slaTargetsSchema),
});

/**
 * Amazon's expectation for buyer-seller messages (answer within 24 hours, every day of the week) as a calendar-hours
 * policy, with a 4-hour warning. A starting point: replace it with the marketplace's current terms.
 *
 * @example
 * ```ts
 * computeSlaStatus({ conversation, policy: marketplace24hSlaPolicy, now });
 * ```
 */
export const marketplace24hSlaPolicy: SlaPolicy = Object.freeze({
  id: "marketplace-24h",
  clock: "calendar",
  warnBeforeMinutes: 240,
  targets: Object.freeze({
    low: Object.freeze({ firstReplyMinutes: 1440, nextReplyMinutes: 1440 }),
    normal: Object.freeze({ firstReplyMinutes: 1440, nextReplyMinutes: 1440 }),
    high: Object.freeze({ firstReplyMinutes: 720, nextReplyMinutes: 1440 }),
    urgent: Object.freeze({ firstReplyMinutes: 240, nextReplyMinutes: 720 }),
  }),
}) as SlaPolicy;
