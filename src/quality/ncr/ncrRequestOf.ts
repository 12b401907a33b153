import type * as z from "zod";
import { type Effect, parseInput } from "../../core/index.js";
import { effectListSchema } from "../effectListSchema.js";
import { ncrInputSchema } from "./ncrRecord.js";

const requestSchema = ncrInputSchema.pick({ source: true, lot: true, quantity: true, description: true });

/**
 * What `openNcr` needs from a rejected inspection, besides the NCR's own id, who raised it and when.
 *
 * @example
 * ```ts
 * const request: NcrRequest = { source: { kind: "inspection", inspectionId: "IQC-1" }, lot: { lotId: "LOT-1", sku: "PB-1" }, quantity: 1500, description: "major 6" };
 * ```
 */
export type NcrRequest = Pick<z.infer<typeof ncrInputSchema>, "source" | "lot" | "quantity" | "description">;

/**
 * The NCR a step asks for (the `open-ncr` effect of a rejected inspection or failed first article), typed and
 * validated, or `undefined` when the step asks for none. Spread it into `openNcr` with the NCR's id, `raisedBy`
 * and `raisedAt`.
 *
 * @throws `INVALID_ARGUMENT` (path `["effects", i, ...]`) for a malformed `open-ncr` effect
 * @example
 * ```ts
 * const request = ncrRequestOf(step.value.effects);
 * if (request) openNcr({ id: "NCR-1", ...request, raisedBy: "qc.zhang", raisedAt: "2026-07-22T05:10:00Z" });
 * ```
 */
export function ncrRequestOf(effects: readonly Effect[]): NcrRequest | undefined {
  const list = parseInput(effectListSchema, effects, ["effects"]);
  const index = list.findIndex((effect) => effect.type === "open-ncr");
  if (index === -1) return undefined;
  const { source, lot, quantity, description } = list[index] as Record<string, unknown>;
  return parseInput(requestSchema, { source, lot, quantity, description }, ["effects", index]);
}
