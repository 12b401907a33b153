import * as z from "zod";
import {
  defineMachine,
  type Effect,
  initialSnapshot,
  instantSchema,
  parseInput,
  type Snapshot,
} from "../../core/index.js";
import { serviceChannelSchema } from "../conversation/conversation.js";
import type { RmaAmount } from "../returns/rmaMachine.js";
import type { ComplaintEvent } from "./complaintEvent.js";
import { type ComplaintLinks, complaintLinksSchema } from "./complaintLinks.js";
import { type ComplaintSeverity, complaintSeveritySchema } from "./complaintSeverity.js";

/**
 * States of a complaint.
 *
 * @example
 * ```ts
 * const state: ComplaintState = "investigating";
 * ```
 */
export type ComplaintState = "received" | "investigating" | "escalated" | "resolved" | "closed";

/**
 * Where the root cause lies, and whether it needs a corrective and preventive action (CAPA) in quality.
 *
 * @example
 * ```ts
 * const cause: ComplaintRootCause = { category: "production", description: "solder joint cracked", capaRequired: true };
 * ```
 */
export interface ComplaintRootCause {
  readonly category: "supplier" | "production" | "logistics" | "listing" | "service" | "other";
  readonly description: string;
  readonly capaRequired: boolean;
}

/**
 * How a complaint was resolved, with any compensation (money as JSON).
 *
 * @example
 * ```ts
 * const resolution: ComplaintResolution = { kind: "refund", summary: "refunded and apologised", compensation: { amount: "15.00", currency: "USD" } };
 * ```
 */
export interface ComplaintResolution {
  readonly kind: "refund" | "replacement" | "voucher" | "apology" | "other";
  readonly summary: string;
  readonly compensation?: RmaAmount;
}

/**
 * A complaint in the ledger (投诉处理台账).
 *
 * @example
 * ```ts
 * const ctx: ComplaintContext = { complaintId: "CMP-1", openedAt: "2026-03-02T08:00:00.000Z", channel: "email",
 *   severity: "critical", description: "charger overheated", links: { orderId: "302-1" }, escalationLevel: 0 };
 * ```
 */
export interface ComplaintContext {
  readonly complaintId: string;
  readonly openedAt: string;
  readonly channel: z.infer<typeof serviceChannelSchema>;
  readonly severity: ComplaintSeverity;
  readonly description: string;
  readonly links: ComplaintLinks;
  readonly escalationLevel: number;
  readonly acknowledgedAt?: string;
  readonly resolvedAt?: string;
  readonly resolution?: ComplaintResolution;
  readonly rootCause?: ComplaintRootCause;
}

type Ev<T extends ComplaintEvent["type"]> = Extract<ComplaintEvent, { type: T }>;

function resolveEffects(ctx: ComplaintContext, event: Ev<"RESOLVE">): Effect[] {
  const effects: Effect[] = [];
  if (event.resolution.compensation)
    effects.push({
      type: "issue-compensation",
      complaintId: ctx.complaintId,
      orderId: ctx.links.orderId,
      amount: event.resolution.compensation,
    });
  if (event.rootCause?.capaRequired)
    effects.push({
      type: "open-capa",
      source: "customer-complaint",
      complaintId: ctx.complaintId,
      severity: ctx.severity,
      rootCause: event.rootCause,
      links: ctx.links,
    });
  return effects;
}

/**
 * The complaint machine: received → investigating (acknowledged) → resolved → closed, escalated when its SLA
 * breaches (then assigned back to investigation at a higher level), reopened from resolved. Resolving emits the
 * compensation to pay and, when the root cause needs it, an `open-capa` effect for the quality area (with the
 * links to order, shipment, lot inspection and supplier).
 *
 * @example
 * ```ts
 * const snap = openComplaint({ complaintId: "CMP-1", openedAt: "2026-03-02T08:00:00Z", channel: "email",
 *   severity: "critical", description: "charger overheated", links: { orderId: "302-1" } });
 * applyComplaintEvent(snap, { type: "ACKNOWLEDGE", at: "2026-03-02T08:30:00Z" }); // validates, then core transition
 * ```
 */
export const complaintMachine = defineMachine<ComplaintState, ComplaintEvent, ComplaintContext>({
  id: "complaint",
  initial: "received",
  states: ["received", "investigating", "escalated", "resolved", "closed"],
  final: ["closed"],
  labels: {
    received: "received 已受理",
    investigating: "investigating 调查中",
    escalated: "escalated 已升级",
    resolved: "resolved 已解决",
    closed: "closed 已结案",
  },
  transitions: [
    {
      from: "received",
      event: "ACKNOWLEDGE",
      to: "investigating",
      update: (ctx, e) => ({ ...ctx, acknowledgedAt: (e as Ev<"ACKNOWLEDGE">).at }),
    },
    {
      from: ["received", "investigating", "escalated"],
      event: "LINK",
      to: "investigating",
      update: (ctx, e) => ({ ...ctx, links: { ...ctx.links, ...(e as Ev<"LINK">).links } }),
    },
    {
      from: ["received", "investigating", "escalated"],
      event: "ESCALATE",
      to: "escalated",
      update: (ctx, e) => ({ ...ctx, escalationLevel: Math.max(ctx.escalationLevel, (e as Ev<"ESCALATE">).level) }),
      effects: (ctx, e) => [
        {
          type: "escalate-complaint",
          complaintId: ctx.complaintId,
          severity: ctx.severity,
          level: (e as Ev<"ESCALATE">).level,
          reason: (e as Ev<"ESCALATE">).reason,
        },
      ],
    },
    { from: "escalated", event: "ASSIGN", to: "investigating" },
    {
      from: ["investigating", "escalated"],
      event: "RESOLVE",
      to: "resolved",
      update: (ctx, e) => {
        const { at, resolution: given, rootCause } = e as Ev<"RESOLVE">;
        const { compensation, ...rest } = given;
        const resolution: ComplaintResolution = compensation === undefined ? rest : { ...rest, compensation };
        return rootCause === undefined
          ? { ...ctx, resolvedAt: at, resolution }
          : { ...ctx, resolvedAt: at, resolution, rootCause };
      },
      effects: (ctx, e) => resolveEffects(ctx, e as Ev<"RESOLVE">),
    },
    { from: "resolved", event: "REOPEN", to: "investigating" },
    { from: "resolved", event: "CLOSE", to: "closed" },
  ],
});

/**
 * Schema of {@link ComplaintInput}.
 *
 * @example
 * ```ts
 * complaintInputSchema.parse({ complaintId: "C1", openedAt: "2026-03-02T08:00:00Z", channel: "email", severity: "minor", description: "late" });
 * ```
 */
export const complaintInputSchema = z.object({
  complaintId: z.string().min(1),
  openedAt: instantSchema,
  channel: serviceChannelSchema,
  severity: complaintSeveritySchema,
  description: z.string().min(1),
  links: complaintLinksSchema.default({}),
});

/**
 * Input of {@link openComplaint}.
 *
 * @example
 * ```ts
 * const input: ComplaintInput = { complaintId: "CMP-1", openedAt: "2026-03-02T08:00:00Z", channel: "social", severity: "major", description: "late and rude" };
 * ```
 */
export type ComplaintInput = z.input<typeof complaintInputSchema>;

/**
 * Records a new complaint: validates it and returns the machine's first snapshot (state `received`).
 *
 * @throws `INVALID_ARGUMENT` for a malformed complaint
 * @example
 * ```ts
 * const snap = openComplaint({ complaintId: "CMP-1", openedAt: "2026-03-02T08:00:00Z", channel: "email",
 *   severity: classifyComplaintSeverity({ safetyHazard: true }), description: "charger overheated" });
 * snap.state; // "received"
 * ```
 */
export function openComplaint(input: ComplaintInput): Snapshot<ComplaintState, ComplaintContext> {
  const parsed = parseInput(complaintInputSchema, input, ["input"]);
  return initialSnapshot(complaintMachine, {
    complaintId: parsed.complaintId,
    openedAt: parsed.openedAt.toISOString(),
    channel: parsed.channel,
    severity: parsed.severity,
    description: parsed.description,
    links: parsed.links,
    escalationLevel: 0,
  });
}
