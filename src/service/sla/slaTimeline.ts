import type { ConversationEvent } from "../conversation/conversation.js";

/** @internal a stretch during which a clock does not run; `end` null while still open. */
export interface Stop {
  readonly start: number;
  readonly end: number | null;
}

/** @internal one measured target read from the log, before the clock is applied. */
export interface TargetSpan {
  readonly target: "first-reply" | "next-reply" | "resolution";
  readonly cycle: number;
  readonly start: number;
  readonly completedAt: number | null;
  /** Stops of this target (waits on the customer, and for resolution the resolved-to-reopened gaps). */
  readonly stops: readonly Stop[];
}

interface OpenReply {
  target: "first-reply" | "next-reply";
  cycle: number;
  start: number;
}

/**
 * @internal reads the spans of every target from an event log already cut at `now`. Waits on the customer pause
 * every clock; a resolution also pauses the resolution clock until a reopening.
 */
export function readTimeline(events: readonly ConversationEvent[]): TargetSpan[] {
  const waits: Stop[] = [];
  const resolvedGaps: Stop[] = [];
  const replies: { open: OpenReply; completedAt: number | null }[] = [];
  let waitingSince: number | null = null;
  let resolvedSince: number | null = null;
  let firstMessage: number | null = null;
  let pending: { open: OpenReply; completedAt: number | null } | null = null;
  let nextCycle = 0;
  const endWait = (at: number) => {
    if (waitingSince !== null) waits.push({ start: waitingSince, end: at });
    waitingSince = null;
  };
  const complete = (at: number) => {
    if (pending) pending.completedAt = at;
    pending = null;
  };
  for (const event of events) {
    const at = event.at.getTime();
    switch (event.type) {
      case "customer-message":
        endWait(at);
        if (resolvedSince !== null) {
          resolvedGaps.push({ start: resolvedSince, end: at });
          resolvedSince = null;
        }
        if (firstMessage === null) {
          firstMessage = at;
          pending = { open: { target: "first-reply", cycle: 1, start: at }, completedAt: null };
          replies.push(pending);
        } else if (pending === null) {
          nextCycle += 1;
          pending = { open: { target: "next-reply", cycle: nextCycle, start: at }, completedAt: null };
          replies.push(pending);
        }
        break;
      case "agent-reply":
        complete(at);
        break;
      case "waiting-on-customer":
        if (waitingSince === null) waitingSince = at;
        break;
      case "resumed":
        endWait(at);
        break;
      case "resolved":
        endWait(at);
        complete(at);
        if (resolvedSince === null) resolvedSince = at;
        break;
      case "reopened":
        if (resolvedSince !== null) resolvedGaps.push({ start: resolvedSince, end: at });
        resolvedSince = null;
        break;
    }
  }
  if (waitingSince !== null) waits.push({ start: waitingSince, end: null });
  const spans: TargetSpan[] = replies.map(({ open, completedAt }) => ({
    ...open,
    completedAt,
    stops: waits,
  }));
  if (firstMessage !== null) {
    const stops = [...waits, ...resolvedGaps.filter((gap) => gap.end !== null)].sort((a, b) => a.start - b.start);
    spans.push({ target: "resolution", cycle: 1, start: firstMessage, completedAt: resolvedSince, stops });
  }
  return spans;
}
