import * as z from "zod";
import { type Effect, parseInput } from "../../core/index.js";
import { effectListSchema } from "../effectListSchema.js";
import { type QualityEvent, qualityEventSchema } from "./qualityEvent.js";

/**
 * The quality events carried by a step's effects (`emit-quality-events`, from completing an inspection or moving an
 * NCR), typed and validated, in order: what to publish to the supplier scorecard and other consumers. Other effects
 * are ignored.
 *
 * @throws `INVALID_ARGUMENT` (path `["effects", i, "events", j, ...]`) for an event that is not a quality event
 * @example
 * ```ts
 * const step = applyInspectionEvent(snapshot, { type: "COMPLETE", at: "2026-04-19T08:00:00Z" });
 * if (step.ok) publish(qualityEventsOf(step.value.effects)); // [{ type: "lot-accepted", ... }, { type: "defects-counted", ... }]
 * ```
 */
export function qualityEventsOf(effects: readonly Effect[]): QualityEvent[] {
  const list = parseInput(effectListSchema, effects, ["effects"]);
  return list.flatMap((effect, index) =>
    effect.type === "emit-quality-events"
      ? parseInput(z.array(qualityEventSchema), effect.events, ["effects", index, "events"])
      : [],
  );
}
