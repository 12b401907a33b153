import * as z from "zod";
import { localDateSchema, parseInput } from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * The development stages (新品开发): requirements, design, prototype / samples, testing and validation, iteration,
 * pilot run. Passing the pilot-run gate makes the product ready for mass production.
 *
 * @example
 * ```ts
 * developmentStageSchema.parse("pilotRun");
 * ```
 */
export const developmentStageSchema = z.enum([
  "requirements",
  "design",
  "prototype",
  "testing",
  "iteration",
  "pilotRun",
]);

/**
 * A development stage.
 *
 * @example
 * ```ts
 * const stage: DevelopmentStage = "testing";
 * ```
 */
export type DevelopmentStage = z.infer<typeof developmentStageSchema>;

/**
 * The review at the gate that closes a stage: a checklist of criteria, each met or not with its evidence, and the
 * deliverables, each delivered or not with a document reference.
 *
 * @example
 * ```ts
 * const review = gateReviewSchema.parse({
 *   stage: "design", decidedOn: "2026-07-03", decidedBy: ["rd.sun", "qa.zhang"],
 *   criteria: [{ id: "dfm", text: "DFM review signed off by the factory", met: true, evidence: "DFM-PB-01.pdf" }],
 *   deliverables: [{ id: "drawings", name: "2D drawings rev B", delivered: true, reference: "DWG-PB-01 rev B" }],
 * });
 * ```
 */
export const gateReviewSchema = z.object({
  stage: developmentStageSchema,
  decidedOn: localDateSchema,
  decidedBy: z.array(nonEmptySchema).min(1, { message: "name who decided" }),
  criteria: z.array(
    z.object({ id: nonEmptySchema, text: nonEmptySchema, met: z.boolean(), evidence: z.string().optional() }),
  ),
  deliverables: z.array(
    z.object({ id: nonEmptySchema, name: nonEmptySchema, delivered: z.boolean(), reference: z.string().optional() }),
  ),
});

/**
 * A gate review as accepted.
 *
 * @example
 * ```ts
 * const review: GateReview = { stage: "requirements", decidedOn: "2026-06-12", decidedBy: ["pm.wang"], criteria: [], deliverables: [] };
 * ```
 */
export type GateReview = z.infer<typeof gateReviewSchema>;

/**
 * What a gate review found: whether the gate is passed, which criteria are unmet or lack evidence, which
 * deliverables are missing.
 *
 * @example
 * ```ts
 * const result: GateEvaluation = { passed: false, unmetCriteria: ["dfm"], missingDeliverables: [] };
 * ```
 */
export interface GateEvaluation {
  readonly passed: boolean;
  readonly unmetCriteria: readonly string[];
  readonly missingDeliverables: readonly string[];
}

/**
 * Evaluates a gate review: the gate passes when every criterion is met with evidence and every deliverable is
 * delivered with a reference.
 *
 * @throws `INVALID_ARGUMENT` for a malformed review (path `["review", ...]`)
 * @example
 * ```ts
 * evaluateGateReview({ stage: "design", decidedOn: "2026-07-03", decidedBy: ["rd.sun"],
 *   criteria: [{ id: "dfm", text: "DFM signed off", met: true }], deliverables: [] });
 * // { passed: false, unmetCriteria: ["dfm"], missingDeliverables: [] }: met, but no evidence
 * ```
 */
export function evaluateGateReview(review: GateReview): GateEvaluation {
  const parsed = parseInput(gateReviewSchema, review, ["review"]);
  const unmetCriteria = parsed.criteria.filter((c) => !c.met || !c.evidence?.trim()).map((c) => c.id);
  const missingDeliverables = parsed.deliverables.filter((d) => !d.delivered || !d.reference?.trim()).map((d) => d.id);
  return { passed: unmetCriteria.length === 0 && missingDeliverables.length === 0, unmetCriteria, missingDeliverables };
}

/**
 * SAMPLE, to adapt: typical gate criteria and deliverables per stage, to copy into gate reviews.
 *
 * @example
 * ```ts
 * SAMPLE_STAGE_GATE_TEMPLATE.design.deliverables.map((d) => d.id); // ["drawings", "bom", "spec"]
 * ```
 */
export const SAMPLE_STAGE_GATE_TEMPLATE: Readonly<
  Record<
    DevelopmentStage,
    {
      readonly criteria: readonly { id: string; text: string }[];
      readonly deliverables: readonly { id: string; name: string }[];
    }
  >
> = {
  requirements: {
    criteria: [
      { id: "positioning", text: "Positioning (premium, mid-range, economy) and target price agreed" },
      { id: "target-cost", text: "Target landed cost and margin agreed with finance" },
      { id: "team", text: "Cross-functional team and plan approved" },
    ],
    deliverables: [
      { id: "prd", name: "Product requirements document" },
      { id: "plan", name: "Project plan" },
    ],
  },
  design: {
    criteria: [
      { id: "concept", text: "Concept chosen from the alternatives in an internal review" },
      { id: "dfm", text: "Design for manufacturing reviewed with the factory" },
      { id: "parts", text: "Supply of materials and components confirmed" },
    ],
    deliverables: [
      { id: "drawings", name: "Drawings with tolerances" },
      { id: "bom", name: "Bill of materials" },
      { id: "spec", name: "Product specification (frozen at this gate)" },
    ],
  },
  prototype: {
    criteria: [{ id: "samples-built", text: "Samples built from the frozen design and inspected" }],
    deliverables: [{ id: "sample-report", name: "Sample inspection report" }],
  },
  testing: {
    criteria: [
      { id: "function", text: "Functional tests, normal and abnormal cases, passed" },
      { id: "performance", text: "Performance targets reached" },
      { id: "reliability", text: "Reliability tests passed (failures counted, causes fixed)" },
      { id: "user", text: "User trial feedback collected" },
    ],
    deliverables: [{ id: "test-report", name: "Test and validation report" }],
  },
  iteration: {
    criteria: [{ id: "issues-closed", text: "Every issue found in testing has a verified fix" }],
    deliverables: [{ id: "issue-log", name: "Issue log with root causes and fixes" }],
  },
  pilotRun: {
    criteria: [
      { id: "yield", text: "Pilot run yield and quality at target" },
      { id: "handover", text: "Technical handover and operator training done" },
      { id: "fixtures", text: "Production equipment, jigs and fixtures ready" },
    ],
    deliverables: [
      { id: "work-instructions", name: "Work instructions" },
      { id: "inspection-spec", name: "Quality inspection specification" },
    ],
  },
};
