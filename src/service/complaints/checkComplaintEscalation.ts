import { instantSchema, invalidArgument, parseInput, type Snapshot } from "../../core/index.js";
import type { SupportCalendar } from "../calendar/supportCalendar.js";
import type { ConversationEvent } from "../conversation/conversation.js";
import { computeSlaStatus, type SlaTargetStatus } from "../sla/computeSlaStatus.js";
import type { ComplaintEvent } from "./complaintEvent.js";
import type { ComplaintContext, ComplaintState } from "./complaintMachine.js";

const PRIORITY_BY_SEVERITY = { critical: "urgent", major: "high", minor: "normal" } as const;

/**
 * An escalation that is due: the event to send to the complaint machine and the targets that breached.
 *
 * @example
 * ```ts
 * const due = checkComplaintEscalation({ complaint: snap, policy, calendar, now });
 * if (due) transition(complaintMachine, snap, due.event);
 * ```
 */
export interface ComplaintEscalation {
  readonly event: Extract<ComplaintEvent, { type: "ESCALATE" }>;
  readonly breached: readonly SlaTargetStatus[];
}

/**
 * Checks a complaint against its SLA (severity maps to priority: critical → urgent, major → high, minor → normal;
 * first reply = acknowledgement, resolution = resolve) and returns the escalation due now, or `null`. Each breached
 * target raises the level by one, so calling it again after escalating returns `null` until another target breaches.
 *
 * @throws `INVALID_ARGUMENT` for a malformed policy, snapshot or `now`
 * @example
 * ```ts
 * const due = checkComplaintEscalation({ complaint: snap, policy: complaintSla, calendar: support, now: new Date() });
 * due?.event; // { type: "ESCALATE", at: "...", level: 1, reason: "first-reply overdue since ..." }
 * ```
 */
export function checkComplaintEscalation(input: {
  readonly complaint: Snapshot<ComplaintState, ComplaintContext>;
  readonly policy: unknown;
  readonly calendar?: SupportCalendar;
  readonly now: Date | string;
}): ComplaintEscalation | null {
  const snapshot = input?.complaint;
  if (snapshot?.machine !== "complaint" || typeof snapshot.context?.openedAt !== "string")
    throw invalidArgument(["input", "complaint"], "must be a complaint snapshot from openComplaint()");
  const now = parseInput(instantSchema, input.now, ["input", "now"]);
  if (snapshot.state === "resolved" || snapshot.state === "closed") return null;
  const ctx = snapshot.context;
  const events: ConversationEvent[] = [{ type: "customer-message", at: new Date(ctx.openedAt) }];
  if (ctx.acknowledgedAt !== undefined) events.push({ type: "agent-reply", at: new Date(ctx.acknowledgedAt) });
  const report = computeSlaStatus({
    conversation: { priority: PRIORITY_BY_SEVERITY[ctx.severity], events },
    policy: input.policy,
    ...(input.calendar === undefined ? {} : { calendar: input.calendar }),
    now,
  });
  const breached = report.targets.filter((target) => target.status === "breached");
  if (breached.length <= ctx.escalationLevel) return null;
  const newest = breached[breached.length - 1] as SlaTargetStatus;
  return {
    event: {
      type: "ESCALATE",
      at: now.toISOString(),
      level: breached.length,
      reason: `${newest.target} overdue since ${newest.dueAt?.toISOString() ?? "now"}`,
    },
    breached,
  };
}
