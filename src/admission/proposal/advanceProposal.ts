import * as z from "zod";
import {
  type IllegalTransition,
  instantSchema,
  invalidArgument,
  parseInput,
  type Result,
  type Snapshot,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";
import { proposalMachine } from "./proposalMachine.js";
import { type ProposalContext, type ProposalEvent, type ProposalState, proposalEventSchema } from "./proposalTypes.js";

const metaSchema = z.object({ at: instantSchema, actor: nonEmptySchema, reason: z.string().trim().min(1).optional() });
const NEEDS_REASON = new Set(["REJECT", "SEND_BACK", "WITHDRAW"]);

/**
 * Applies one event to a proposal, validating it first and recording who, when and why in the history. `meta.actor`
 * and `meta.at` are required; `meta.reason` is required to reject, send back or withdraw.
 *
 * @returns the next snapshot and its effects, or `ILLEGAL_TRANSITION` naming the guards that refused (e.g.
 *   `approvalClear` while compliance gaps remain: see {@link approvalBlockers} for the details)
 * @throws `INVALID_ARGUMENT` for a malformed event (path `["event", ...]`) or meta (path `["meta", ...]`)
 * @example
 * ```ts
 * const r = advanceProposal(proposal, { type: "START_RESEARCH" }, { at: "2026-05-04T02:00:00Z", actor: "pm.wang", reason: "Q3 range plan" });
 * if (r.ok) r.value.snapshot.state; // "researching"
 * ```
 */
export function advanceProposal(
  snapshot: Snapshot<ProposalState, ProposalContext>,
  event: z.input<typeof proposalEventSchema>,
  meta: StepMeta,
): Result<Step<ProposalState, ProposalContext>, IllegalTransition> {
  const parsedEvent: ProposalEvent = parseInput(proposalEventSchema, event, ["event"]);
  const parsedMeta = parseInput(metaSchema, meta, ["meta"]);
  if (NEEDS_REASON.has(parsedEvent.type) && parsedMeta.reason === undefined)
    throw invalidArgument(["meta", "reason"], `say why (${parsedEvent.type} needs a reason)`);
  const stepMeta: StepMeta = {
    at: parsedMeta.at,
    actor: parsedMeta.actor,
    ...(parsedMeta.reason ? { reason: parsedMeta.reason } : {}),
  };
  return transition(proposalMachine, snapshot, parsedEvent, stepMeta);
}
