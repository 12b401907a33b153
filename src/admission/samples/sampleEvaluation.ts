import * as z from "zod";
import { Dec, localDateSchema, parseInput } from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

const decimalString = z
  .string()
  .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, { message: 'must be a decimal string such as "12.5"' });
const toleranceString = z
  .string()
  .regex(/^(\d+(\.\d*)?|\.\d+)$/, { message: 'must be a non-negative decimal string such as "0.2"' });

/**
 * The aspects a sample is checked on (样品评估): appearance, dimensions against the drawings, function, durability,
 * safety, material and packaging.
 *
 * @example
 * ```ts
 * sampleAspectSchema.parse("durability");
 * ```
 */
export const sampleAspectSchema = z.enum([
  "appearance",
  "dimensions",
  "function",
  "durability",
  "safety",
  "material",
  "packaging",
]);

/**
 * One check on a sample. A `measured` check compares a measurement with a drawing's nominal value and tolerances
 * (pass when `nominal - minus <= measured <= nominal + plus`, exactly); a `judged` check records the inspector's
 * pass/fail with the measurement or observation and the standard applied.
 *
 * @example
 * ```ts
 * const length = sampleCheckSchema.parse({ kind: "measured", aspect: "dimensions", name: "length", unit: "mm",
 *   nominal: "98.0", plus: "0.3", minus: "0.3", measured: "98.2", drawing: "DWG-PB-01 rev B" });
 * const drop = sampleCheckSchema.parse({ kind: "judged", aspect: "durability", name: "1.2 m drop, 6 faces", passed: true });
 * ```
 */
export const sampleCheckSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("measured"),
    aspect: sampleAspectSchema,
    name: nonEmptySchema,
    unit: nonEmptySchema,
    nominal: decimalString,
    plus: toleranceString,
    minus: toleranceString,
    measured: decimalString,
    drawing: z.string().optional(),
  }),
  z.object({
    kind: z.literal("judged"),
    aspect: sampleAspectSchema,
    name: nonEmptySchema,
    passed: z.boolean(),
    observation: z.string().optional(),
    standard: z.string().optional(),
  }),
]);

/**
 * A sample check as accepted.
 *
 * @example
 * ```ts
 * const check: SampleCheck = { kind: "judged", aspect: "packaging", name: "retail box print", passed: false, observation: "colour off" };
 * ```
 */
export type SampleCheck = z.infer<typeof sampleCheckSchema>;

/**
 * A sample's evaluation: which sample, from which supplier, when, by whom, and the checks.
 *
 * @example
 * ```ts
 * const input: SampleEvaluationInput = { sampleId: "S-1", supplierId: "SUP-SZ-001", evaluatedOn: "2026-05-20", evaluator: "qa.zhang", checks: [] };
 * ```
 */
export const sampleEvaluationInputSchema = z.object({
  sampleId: nonEmptySchema,
  supplierId: nonEmptySchema,
  evaluatedOn: localDateSchema,
  evaluator: nonEmptySchema,
  checks: z.array(sampleCheckSchema).min(1, { message: "an evaluation needs at least one check" }),
});

/**
 * A sample evaluation as accepted.
 *
 * @example
 * ```ts
 * const input: SampleEvaluationInput = { sampleId: "S-1", supplierId: "SUP-1", evaluatedOn: "2026-05-20", evaluator: "qa.zhang",
 *   checks: [{ kind: "judged", aspect: "function", name: "charges a phone", passed: true }] };
 * ```
 */
export type SampleEvaluationInput = z.input<typeof sampleEvaluationInputSchema>;

/**
 * A judged check: the check with its verdict and, for measured checks, the deviation from nominal.
 *
 * @example
 * ```ts
 * const result: SampleCheckResult = { kind: "judged", aspect: "function", name: "charges a phone", passed: true };
 * ```
 */
export type SampleCheckResult = SampleCheck & { readonly passed: boolean; readonly deviation?: string };

/**
 * The result of a sample evaluation.
 *
 * @example
 * ```ts
 * const evaluation: SampleEvaluation = evaluateSample(input);
 * evaluation.passed; // false when any check failed
 * ```
 */
export interface SampleEvaluation {
  readonly sampleId: string;
  readonly supplierId: string;
  readonly evaluatedOn: string;
  readonly evaluator: string;
  readonly passed: boolean;
  readonly checks: readonly SampleCheckResult[];
  /** Names of the failed checks. */
  readonly failures: readonly string[];
}

/**
 * Evaluates a sample: each measured check against its tolerance band (exact decimals), each judged check as
 * recorded; the sample passes when every check passes.
 *
 * @throws `INVALID_ARGUMENT` for a malformed evaluation (path `["input", ...]`)
 * @example
 * ```ts
 * const e = evaluateSample({ sampleId: "S-1", supplierId: "SUP-1", evaluatedOn: "2026-05-20", evaluator: "qa.zhang",
 *   checks: [{ kind: "measured", aspect: "dimensions", name: "length", unit: "mm", nominal: "98.0", plus: "0.3", minus: "0.3", measured: "98.4" }] });
 * e.passed; // false: 98.4 is above 98.3
 * e.checks[0]?.deviation; // "0.4"
 * ```
 */
export function evaluateSample(input: SampleEvaluationInput): SampleEvaluation {
  const parsed = parseInput(sampleEvaluationInputSchema, input, ["input"]);
  const checks: SampleCheckResult[] = parsed.checks.map((check) => {
    if (check.kind === "judged") return check;
    const deviation = new Dec(check.measured).minus(check.nominal);
    const passed = deviation.lte(check.plus) && deviation.gte(new Dec(check.minus).negated());
    return { ...check, passed, deviation: deviation.toFixed() };
  });
  const failures = checks.filter((c) => !c.passed).map((c) => c.name);
  return {
    sampleId: parsed.sampleId,
    supplierId: parsed.supplierId,
    evaluatedOn: parsed.evaluatedOn,
    evaluator: parsed.evaluator,
    passed: failures.length === 0,
    checks,
    failures,
  };
}
