import {
  type IllegalTransition,
  parseInput,
  type Result,
  type Snapshot,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { type RmaEventInput, rmaEventSchema } from "./rmaEvent.js";
import { type RmaContext, type RmaState, rmaMachine } from "./rmaMachine.js";

/**
 * Validates an event and applies it to an RMA: the way to drive the RMA machine with events that come from outside
 * (an agent's form, an API, a queue). Core `transition` applies an event as it is and is only for events already
 * validated with {@link rmaEventSchema}.
 *
 * @returns the next snapshot and effects, or `ILLEGAL_TRANSITION` when the event is not allowed in the current state
 *   (or its guard refused it: `blockedBy`)
 * @throws `INVALID_ARGUMENT` for a malformed event, with the path from `["event"]` (an amount that is not a positive
 *   decimal of a known currency, a date that does not exist, an empty text), or a snapshot of another machine
 * @example
 * ```ts
 * const r = applyRmaEvent(snap, { type: "REFUND", amount: money("20.91", "USD") }, { actor: "agent.sun" });
 * if (r.ok) r.value.effects; // [{ type: "issue-refund", ..., amount: { amount: "20.91", currency: "USD" } }]
 * ```
 */
export function applyRmaEvent(
  snapshot: Snapshot<RmaState, RmaContext>,
  event: RmaEventInput,
  meta?: StepMeta,
): Result<Step<RmaState, RmaContext>, IllegalTransition> {
  const parsed = parseInput(rmaEventSchema, event, ["event"]);
  return transition(rmaMachine, snapshot, parsed, meta);
}
