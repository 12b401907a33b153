import * as z from "zod";
import { decimalInputSchema } from "../../core/index.js";

const points = z.number().min(0, { message: "points must be 0..100" }).max(100, { message: "points must be 0..100" });

/**
 * Schema of a criterion's normalisation: how a raw measurement becomes 0..100 points.
 *
 * - `linear` (the default): 0 points at `floor`, 100 at `target`, straight line between, clamped to 0..100. Works
 *   for both directions because `floor` and `target` say which way is better.
 * - `steps`: thresholds with points. For `higher-better` a value earns the points of the highest threshold it
 *   reaches (`value >= threshold`); for `lower-better` of the lowest threshold it stays under (`value <= threshold`).
 *   Below every threshold it earns `otherwise` (0 unless given). Points must not fall as the value gets better.
 * - `lookup`: an exact table from value to points (a 1..5 survey answer, a certificate level).
 *
 * @example
 * ```ts
 * criterionNormalizationSchema.parse({ kind: "steps", steps: [{ threshold: 95, points: 100 }, { threshold: 90, points: 60 }] });
 * ```
 */
export const criterionNormalizationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("linear") }),
  z.object({
    kind: z.literal("steps"),
    steps: z.array(z.object({ threshold: decimalInputSchema, points })).min(1),
    otherwise: points.default(0),
  }),
  z.object({
    kind: z.literal("lookup"),
    table: z.array(z.object({ value: decimalInputSchema, points })).min(1),
  }),
]);

/**
 * A criterion's normalisation as accepted (see {@link criterionNormalizationSchema}).
 *
 * @example
 * ```ts
 * const survey: CriterionNormalizationInput = { kind: "lookup", table: [{ value: 1, points: 0 }, { value: 5, points: 100 }] };
 * ```
 */
export type CriterionNormalizationInput = z.input<typeof criterionNormalizationSchema>;

/**
 * Which way a measurement is better: `higher-better` (on-time %, pass rate) or `lower-better` (PPM, hours, price
 * index).
 *
 * @example
 * ```ts
 * const d: CriterionDirection = "lower-better";
 * ```
 */
export type CriterionDirection = z.infer<typeof criterionDirectionSchema>;

/**
 * Schema of {@link CriterionDirection}.
 *
 * @example
 * ```ts
 * criterionDirectionSchema.parse("higher-better");
 * ```
 */
export const criterionDirectionSchema = z.enum(["higher-better", "lower-better"]);

const positiveDecimal = decimalInputSchema.refine((value) => Number(value) > 0, { message: "must be above zero" });

/**
 * Schema of one scorecard criterion: `{ id, weight, direction, floor, target }`, optionally a `normalization` other
 * than linear and names for reports. `floor` and `target` are required for linear normalisation and must lie the
 * right way round for the direction (target above floor when higher is better, below when lower is better).
 *
 * @example
 * ```ts
 * scoringCriterionSchema.parse({ id: "onTime", weight: 30, direction: "higher-better", floor: 80, target: 98 });
 * ```
 */
export const scoringCriterionSchema = z
  .object({
    id: z.string().min(1),
    weight: positiveDecimal,
    direction: criterionDirectionSchema,
    floor: decimalInputSchema.optional(),
    target: decimalInputSchema.optional(),
    normalization: criterionNormalizationSchema.optional(),
    name: z.string().min(1).optional(),
    nameZh: z.string().min(1).optional(),
  })
  .superRefine((criterion, ctx) => {
    const kind = criterion.normalization?.kind ?? "linear";
    if (kind === "linear") {
      if (criterion.floor === undefined) ctx.addIssue({ code: "custom", path: ["floor"], message: "is required" });
      if (criterion.target === undefined) ctx.addIssue({ code: "custom", path: ["target"], message: "is required" });
      if (criterion.floor === undefined || criterion.target === undefined) return;
      const floor = Number(criterion.floor);
      const target = Number(criterion.target);
      const right = criterion.direction === "higher-better" ? target > floor : target < floor;
      if (!right) {
        ctx.addIssue({
          code: "custom",
          path: ["target"],
          message:
            criterion.direction === "higher-better"
              ? "must be above floor when higher is better"
              : "must be below floor when lower is better",
        });
      }
    }
    if (criterion.normalization?.kind === "steps") {
      const sign = criterion.direction === "higher-better" ? 1 : -1;
      const sorted = [...criterion.normalization.steps].sort(
        (a, b) => sign * (Number(a.threshold) - Number(b.threshold)),
      );
      let last = criterion.normalization.otherwise ?? 0;
      for (const step of sorted) {
        if (step.points < last) {
          ctx.addIssue({
            code: "custom",
            path: ["normalization", "steps"],
            message: "points must not fall as the value gets better",
          });
          return;
        }
        last = step.points;
      }
    }
  });

/**
 * A criterion as accepted (numbers or decimal strings).
 *
 * @example
 * ```ts
 * const c: ScoringCriterionInput = { id: "ppm", weight: 20, direction: "lower-better", floor: 5000, target: 500 };
 * ```
 */
export type ScoringCriterionInput = z.input<typeof scoringCriterionSchema>;

/**
 * Schema of one grade band: totals at or above `min` earn `grade` and call for `action`; `deadlineDays` is the
 * time allowed for the action (corrective action).
 *
 * @example
 * ```ts
 * gradeBandSchema.parse({ grade: "C", min: 60, action: "corrective-action", deadlineDays: 30 });
 * ```
 */
export const gradeBandSchema = z.object({
  grade: z.string().min(1),
  min: z.number().min(0).max(100),
  action: z.string().min(1),
  deadlineDays: z.number().int().positive().optional(),
});

/**
 * A grade band as accepted.
 *
 * @example
 * ```ts
 * const a: GradeBand = { grade: "A", min: 90, action: "preferred" };
 * ```
 */
export type GradeBand = z.infer<typeof gradeBandSchema>;

/**
 * What to do when a criterion has no measurement: `error` (throw `MEASUREMENT_MISSING`, the default), `zero`
 * (score it 0 points at its full weight) or `reweight` (leave it out and share the weights among the criteria
 * present).
 *
 * @example
 * ```ts
 * const policy: MissingMeasurementPolicy = "reweight";
 * ```
 */
export type MissingMeasurementPolicy = z.infer<typeof missingMeasurementPolicySchema>;

/**
 * Schema of {@link MissingMeasurementPolicy}.
 *
 * @example
 * ```ts
 * missingMeasurementPolicySchema.parse("zero");
 * ```
 */
export const missingMeasurementPolicySchema = z.enum(["error", "zero", "reweight"]);

/**
 * The grade bands used when a scorecard names none: A ≥ 90 preferred (larger share of orders), B ≥ 75 approved,
 * C ≥ 60 corrective action within 30 days, D below 60 suspend and review for termination.
 *
 * @example
 * ```ts
 * defaultGradeBands()[2]; // { grade: "C", min: 60, action: "corrective-action", deadlineDays: 30 }
 * ```
 */
export function defaultGradeBands(): GradeBand[] {
  return [
    { grade: "A", min: 90, action: "preferred" },
    { grade: "B", min: 75, action: "approved" },
    { grade: "C", min: 60, action: "corrective-action", deadlineDays: 30 },
    { grade: "D", min: 0, action: "suspend-and-review" },
  ];
}

/**
 * Schema of a scorecard: criteria (unique ids), optional grade bands (one must start at 0) and the missing
 * measurement policy.
 *
 * @example
 * ```ts
 * scorecardSchema.parse({ id: "perf", criteria: [{ id: "onTime", weight: 1, direction: "higher-better", floor: 80, target: 98 }] });
 * ```
 */
export const scorecardSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1).optional(),
    nameZh: z.string().min(1).optional(),
    criteria: z.array(scoringCriterionSchema).min(1),
    grades: z.array(gradeBandSchema).min(1).optional(),
    missing: missingMeasurementPolicySchema.default("error"),
  })
  .superRefine((card, ctx) => {
    const seen = new Set<string>();
    card.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.id))
        ctx.addIssue({ code: "custom", path: ["criteria", index, "id"], message: `"${criterion.id}" is repeated` });
      seen.add(criterion.id);
    });
    if (card.grades) {
      if (!card.grades.some((band) => band.min === 0))
        ctx.addIssue({ code: "custom", path: ["grades"], message: "one band must start at 0" });
      const mins = new Set(card.grades.map((band) => band.min));
      if (mins.size !== card.grades.length)
        ctx.addIssue({ code: "custom", path: ["grades"], message: "two bands start at the same total" });
    }
  });

/**
 * A scorecard as accepted by {@link scoreSupplier}.
 *
 * @example
 * ```ts
 * const card: ScorecardInput = {
 *   id: "monthly",
 *   criteria: [
 *     { id: "onTime", weight: 60, direction: "higher-better", floor: 80, target: 98 },
 *     { id: "ppm", weight: 40, direction: "lower-better", floor: 5000, target: 500 },
 *   ],
 *   missing: "reweight",
 * };
 * ```
 */
export type ScorecardInput = z.input<typeof scorecardSchema>;

/**
 * Schema of measurements: criterion id to a finite number or decimal string.
 *
 * @example
 * ```ts
 * scoringMeasurementsSchema.parse({ onTime: 93.5, ppm: "1200" });
 * ```
 */
export const scoringMeasurementsSchema = z.record(z.string(), decimalInputSchema);

/**
 * Measurements keyed by criterion id.
 *
 * @example
 * ```ts
 * const m: ScoringMeasurements = { onTime: 93.5, ppm: 1200 };
 * ```
 */
export type ScoringMeasurements = z.input<typeof scoringMeasurementsSchema>;
