import * as z from "zod";
import { instantSchema, invalidArgument, parseInput } from "../../core/index.js";
import type { SupportCalendar } from "../calendar/supportCalendar.js";
import { requireSupportCalendar } from "../calendar/supportTime.js";
import { addOpenMs, openMsBetween } from "../calendar/workingTime.js";
import { conversationEventSchema, servicePrioritySchema } from "../conversation/conversation.js";
import { type SlaPolicy, slaPolicySchema } from "./slaPolicy.js";
import { readTimeline, type Stop, type TargetSpan } from "./slaTimeline.js";

/**
 * What an SLA target looks like at `now`: `met` (done by its due time), `breached` (done late, or overdue),
 * `at-risk` (running, within the warn-before window) or `on-track`.
 *
 * @example
 * ```ts
 * const status: SlaTargetState = "at-risk";
 * ```
 */
export type SlaTargetState = "met" | "breached" | "at-risk" | "on-track";

/**
 * One measured target of a conversation at `now`.
 *
 * @example
 * ```ts
 * const first: SlaTargetStatus = {
 *   target: "first-reply", cycle: 1, targetMinutes: 240, startedAt: new Date("2026-03-02T01:00:00Z"),
 *   dueAt: new Date("2026-03-02T05:00:00Z"), completedAt: new Date("2026-03-02T02:00:00Z"), status: "met",
 *   paused: false, elapsedMs: 3_600_000, remainingMs: 10_800_000,
 * };
 * ```
 */
export interface SlaTargetStatus {
  readonly target: "first-reply" | "next-reply" | "resolution";
  /** 1 for first reply and resolution; the n-th next reply otherwise. */
  readonly cycle: number;
  readonly targetMinutes: number;
  readonly startedAt: Date;
  /** When the target falls due; `null` while the clock is paused with time left (the due time is not known yet). */
  readonly dueAt: Date | null;
  readonly completedAt: Date | null;
  readonly status: SlaTargetState;
  /** Whether the clock is paused at `now` (waiting on the customer, or resolved). */
  readonly paused: boolean;
  /** Clock time used, in milliseconds (open hours only for a business clock; pauses excluded). */
  readonly elapsedMs: number;
  /** Clock time left, in milliseconds; negative when overdue. */
  readonly remainingMs: number;
}

/**
 * The SLA of a conversation at `now`: every target with its status, the worst status, and the next due time.
 *
 * @example
 * ```ts
 * const report = computeSlaStatus({ conversation, policy, calendar, now });
 * report.worst; // "on-track"
 * ```
 */
export interface SlaReport {
  readonly policyId: string;
  readonly priority: string;
  readonly now: Date;
  readonly targets: readonly SlaTargetStatus[];
  /** The worst status over the targets (`breached` > `at-risk` > `on-track` > `met`), `met` when none. */
  readonly worst: SlaTargetState;
  /** The earliest due time among running targets, or `null`. */
  readonly nextDueAt: Date | null;
}

/**
 * Input of {@link computeSlaStatus}.
 *
 * @example
 * ```ts
 * const input: SlaInput = { conversation: { priority: "normal", events }, policy, calendar, now: new Date() };
 * ```
 */
export interface SlaInput {
  /**
   * The conversation's priority and event log, validated: a `ConversationInput` (instants as ISO strings or Dates)
   * or a parsed `Conversation` fits.
   */
  readonly conversation: { readonly priority: string; readonly events: readonly unknown[] };
  /** An `SlaPolicyInput` (or `SlaPolicy`), validated. */
  readonly policy: unknown;
  /** Required for a business-hours policy. */
  readonly calendar?: SupportCalendar;
  readonly now: Date | string;
}

const conversationLogSchema = z.object({
  priority: servicePrioritySchema,
  events: z.array(conversationEventSchema).superRefine((events, ctx) => {
    for (let i = 1; i < events.length; i++) {
      const previous = events[i - 1];
      const current = events[i];
      if (previous && current && current.at.getTime() < previous.at.getTime())
        ctx.addIssue({ code: "custom", path: [i, "at"], message: "events must be in time order" });
    }
  }),
});

interface ClockFns {
  between(from: number, to: number): number;
  add(from: number, ms: number): number;
}

const MS_PER_MINUTE = 60_000;
const RANK: Record<SlaTargetState, number> = { met: 0, "on-track": 1, "at-risk": 2, breached: 3 };

/** Clock time in `[from, to)` minus the stops. */
function elapsed(clock: ClockFns, from: number, to: number, stops: readonly Stop[]): number {
  let total = clock.between(from, to);
  for (const stop of stops) {
    const start = Math.max(stop.start, from);
    const end = Math.min(stop.end ?? to, to);
    if (end > start) total -= clock.between(start, end);
  }
  return total;
}

/** The instant at which `targetMs` of clock time has run from `from`, skipping stops; null inside an open stop. */
function dueInstant(clock: ClockFns, from: number, targetMs: number, stops: readonly Stop[]): number | null {
  let cursor = from;
  let left = targetMs;
  for (const stop of stops) {
    if (stop.end !== null && stop.end <= cursor) continue;
    const stopStart = Math.max(stop.start, cursor);
    const available = clock.between(cursor, stopStart);
    if (available >= left) return clock.add(cursor, left);
    left -= available;
    if (stop.end === null) return null;
    cursor = stop.end;
  }
  return clock.add(cursor, left);
}

function targetMinutesFor(policy: SlaPolicy, priority: string, target: TargetSpan["target"]): number | undefined {
  const targets = policy.targets[priority as keyof SlaPolicy["targets"]];
  if (!targets) return undefined;
  if (target === "first-reply") return targets.firstReplyMinutes;
  if (target === "next-reply") return targets.nextReplyMinutes;
  return targets.resolutionMinutes;
}

function measure(clock: ClockFns, span: TargetSpan, minutes: number, warnMs: number, now: number): SlaTargetStatus {
  const targetMs = minutes * MS_PER_MINUTE;
  const end = span.completedAt ?? now;
  const stops = span.stops.filter((stop) => stop.start < end);
  const due = dueInstant(clock, span.start, targetMs, stops);
  const used = elapsed(clock, span.start, end, stops);
  const paused = span.completedAt === null && stops.some((stop) => stop.start <= now && stop.end === null);
  let status: SlaTargetState;
  if (span.completedAt !== null) status = due === null || span.completedAt <= due ? "met" : "breached";
  else if (due !== null && now > due) status = "breached";
  else status = targetMs - used <= warnMs ? "at-risk" : "on-track";
  return {
    target: span.target,
    cycle: span.cycle,
    targetMinutes: minutes,
    startedAt: new Date(span.start),
    dueAt: due === null ? null : new Date(due),
    completedAt: span.completedAt === null ? null : new Date(span.completedAt),
    status,
    paused,
    elapsedMs: used,
    remainingMs: targetMs - used,
  };
}

/**
 * The SLA clock, as a pure function: reads the conversation's event log up to `now` and, for each target of the
 * policy at the conversation's priority (first reply, every next reply, resolution), computes its due time,
 * whether it is met, breached, at risk or on track, and the time used and left. A business-hours policy counts
 * only the support calendar's open hours (nights, weekends, holidays, lunch breaks do not count); a calendar-hours
 * policy counts every minute. Waiting on the customer pauses every clock; resolving pauses the resolution clock
 * until the conversation is reopened. Events after `now` are ignored, so the same log replayed at the same `now`
 * always gives the same report.
 *
 * @throws `INVALID_ARGUMENT` for a malformed policy, log (events out of order) or `now`, or a business-hours policy
 *   without a calendar
 * @example
 * ```ts
 * const report = computeSlaStatus({
 *   conversation: { priority: "normal", events: [{ type: "customer-message", at: "2026-03-06T09:00:00Z" }] },
 *   policy: { id: "cn", clock: "business", targets: { normal: { firstReplyMinutes: 120 } } },
 *   calendar: support, // Asia/Shanghai, 09:00-18:00
 *   now: "2026-03-06T09:30:00Z",
 * });
 * report.targets[0]?.dueAt?.toISOString(); // "2026-03-09T02:00:00.000Z": Friday 17:00 + 2 h = Monday 10:00
 * ```
 */
export function computeSlaStatus(input: SlaInput): SlaReport {
  if (typeof input !== "object" || input === null) throw invalidArgument(["input"], "must be an object");
  const policy = parseInput(slaPolicySchema, input.policy, ["input", "policy"]);
  const conversation = parseInput(conversationLogSchema, input.conversation, ["input", "conversation"]);
  const now = parseInput(instantSchema, input.now, ["input", "now"]).getTime();
  let clock: ClockFns;
  if (policy.clock === "business") {
    if (input.calendar === undefined)
      throw invalidArgument(["input", "calendar"], "is required for a business-hours policy");
    const calendar = requireSupportCalendar(input.calendar, ["input", "calendar"]);
    clock = {
      between: (from, to) => openMsBetween(calendar, from, to),
      add: (from, ms) => addOpenMs(calendar, from, ms),
    };
  } else {
    clock = { between: (from, to) => Math.max(0, to - from), add: (from, ms) => from + ms };
  }
  const events = conversation.events.filter((event) => event.at.getTime() <= now);
  const warnMs = policy.warnBeforeMinutes * MS_PER_MINUTE;
  const targets: SlaTargetStatus[] = [];
  for (const span of readTimeline(events)) {
    const minutes = targetMinutesFor(policy, conversation.priority, span.target);
    if (minutes !== undefined) targets.push(measure(clock, span, minutes, warnMs, now));
  }
  let worst: SlaTargetState = "met";
  let nextDue: number | null = null;
  for (const target of targets) {
    if (RANK[target.status] > RANK[worst]) worst = target.status;
    if (target.completedAt === null && target.dueAt !== null) {
      const due = target.dueAt.getTime();
      if (nextDue === null || due < nextDue) nextDue = due;
    }
  }
  return {
    policyId: policy.id,
    priority: conversation.priority,
    now: new Date(now),
    targets,
    worst,
    nextDueAt: nextDue === null ? null : new Date(nextDue),
  };
}
