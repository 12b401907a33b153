import * as z from "zod";
import {
  type IllegalTransition,
  initialSnapshot,
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
import { developmentStageSchema, gateReviewSchema } from "./gateReview.js";
import {
  type DevelopmentContext,
  type DevelopmentEvent,
  type DevelopmentState,
  stageGateMachine,
} from "./stageGateMachine.js";

const eventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("GO"), review: gateReviewSchema }),
  z.object({ type: z.literal("HOLD") }),
  z.object({ type: z.literal("RESUME") }),
  z.object({ type: z.literal("KILL") }),
  z.object({
    type: z.literal("RECYCLE"),
    to: developmentStageSchema,
    reasons: z.array(nonEmptySchema).min(1, { message: "say why" }),
  }),
]);
const metaSchema = z.object({ at: instantSchema, actor: nonEmptySchema, reason: z.string().trim().min(1).optional() });

/**
 * Starts a development project at the requirements stage.
 *
 * @throws `INVALID_ARGUMENT` for empty ids (path `["input", ...]`)
 * @example
 * ```ts
 * const project = startDevelopment({ projectId: "DEV-PB-01", productId: "PB-10K-MAG" });
 * project.state; // "requirements"
 * ```
 */
export function startDevelopment(input: {
  readonly projectId: string;
  readonly productId: string;
}): Snapshot<DevelopmentState, DevelopmentContext> {
  const parsed = parseInput(z.object({ projectId: nonEmptySchema, productId: nonEmptySchema }), input, ["input"]);
  return initialSnapshot(stageGateMachine, { ...parsed, gateReviews: [], recycles: [] });
}

/**
 * Applies a gate decision to a development project, validating it and recording who, when and why. A `GO` must
 * carry the review of the current stage's gate; `KILL` and `HOLD` need a reason.
 *
 * @returns the next snapshot, or `ILLEGAL_TRANSITION` (e.g. `gatePassed` refused: see {@link evaluateGateReview})
 * @throws `INVALID_ARGUMENT` for a malformed event (path `["event", ...]`), a review of another stage's gate (path
 *   `["event", "review", "stage"]`) or missing meta (path `["meta", ...]`)
 * @example
 * ```ts
 * const r = advanceDevelopment(project, { type: "RECYCLE", to: "design", reasons: ["housing cracks in drop test"] },
 *   { at: "2026-08-03T08:00:00Z", actor: "rd.sun" });
 * ```
 */
export function advanceDevelopment(
  snapshot: Snapshot<DevelopmentState, DevelopmentContext>,
  event: DevelopmentEvent,
  meta: StepMeta,
): Result<Step<DevelopmentState, DevelopmentContext>, IllegalTransition> {
  const parsed = parseInput(eventSchema, event, ["event"]);
  const m = parseInput(metaSchema, meta, ["meta"]);
  if (parsed.type === "GO" && parsed.review.stage !== snapshot?.state)
    throw invalidArgument(
      ["event", "review", "stage"],
      `is the "${parsed.review.stage}" gate, but the project is at "${snapshot?.state}"`,
    );
  if ((parsed.type === "KILL" || parsed.type === "HOLD") && m.reason === undefined)
    throw invalidArgument(["meta", "reason"], `say why (${parsed.type} needs a reason)`);
  return transition(stageGateMachine, snapshot, parsed, {
    at: m.at,
    actor: m.actor,
    ...(m.reason ? { reason: m.reason } : {}),
  });
}
