import {
  type IllegalTransition,
  parseInput,
  type Result,
  type Snapshot,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { type ComplaintEventInput, complaintEventSchema } from "./complaintEvent.js";
import { type ComplaintContext, type ComplaintState, complaintMachine } from "./complaintMachine.js";

/**
 * Validates an event and applies it to a complaint: the way to drive the complaint machine with events that come
 * from outside (an agent's form, an API, a scheduler). Core `transition` applies an event as it is and is only for
 * events already validated with {@link complaintEventSchema} (such as the one `checkComplaintEscalation` returns).
 *
 * @returns the next snapshot and effects, or `ILLEGAL_TRANSITION` when the event is not allowed in the current state
 * @throws `INVALID_ARGUMENT` for a malformed event, with the path from `["event"]` (an instant that is not ISO 8601,
 *   a level that is not a positive integer, a compensation that is not positive money of a known currency, an empty
 *   text), or a snapshot of another machine
 * @example
 * ```ts
 * const r = applyComplaintEvent(snap, { type: "ACKNOWLEDGE", at: "2026-03-02T16:30:00+08:00" });
 * if (r.ok) r.value.snapshot.context.acknowledgedAt; // "2026-03-02T08:30:00.000Z"
 * ```
 */
export function applyComplaintEvent(
  snapshot: Snapshot<ComplaintState, ComplaintContext>,
  event: ComplaintEventInput,
  meta?: StepMeta,
): Result<Step<ComplaintState, ComplaintContext>, IllegalTransition> {
  const parsed = parseInput(complaintEventSchema, event, ["event"]);
  return transition(complaintMachine, snapshot, parsed, meta);
}
