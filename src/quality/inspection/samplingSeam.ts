import { isCrossborderOpsError, opsError } from "../../core/index.js";
import { judgeLot, type MultiClassPlanRequest, multiClassSamplingPlan, type SamplingPlan } from "../sampling/index.js";
import type { ClassPlan, ClassVerdict, InspectionPlan } from "./planData.js";

// The one module where inspections call the sampling module (judgeLot, multiClassSamplingPlan). Inspections store
// plans as data (InspectionPlan, the shape samplingPlan returns), so this is the only place that knows those functions.

/**
 * @internal Decides a class at a stage with `judgeLot`, from the positions of its nonconforming sample units:
 * single sampling on the count; a double plan's first stage on the units of the first sample, its second stage on
 * the counts of both samples.
 */
export function decideClass(
  classId: string,
  plan: InspectionPlan,
  stage: 1 | 2,
  nonconformingUnits: readonly number[],
): ClassVerdict {
  const samplingPlan = plan as unknown as SamplingPlan;
  let counts: number | number[] = nonconformingUnits.length;
  if (plan.scheme === "double") {
    const firstSize = plan.stages[0]?.sampleSize ?? 0;
    const first = nonconformingUnits.filter((unit) => unit <= firstSize).length;
    counts = stage === 1 ? [first] : [first, nonconformingUnits.length - first];
  }
  const judged = judgeLot(samplingPlan, counts);
  const outcome = judged.ok ? judged.value : judged.error;
  const decision = outcome.verdict === "reject" ? "reject" : outcome.verdict === "accept" ? "accept" : "second-sample";
  return { classId, decision, nonconforming: outcome.nonconforming };
}

/**
 * One class planned by {@link planInspectionClasses}: a {@link ClassPlan} whose plan is exactly what `samplingPlan`
 * returns, so it can be given to `createInspection` and, as it is, to `judgeLot`, `probabilityOfAcceptance` or
 * `ocCurveSvg`.
 *
 * @example
 * ```ts
 * const [major] = planInspectionClasses({ lotSize: 1200, classes: [{ classId: "major", aql: "2.5" }] });
 * ocCurveSvg((major as PlannedInspectionClass).plan);
 * ```
 */
export interface PlannedInspectionClass {
  /** The defect class. */
  readonly classId: string;
  /** Its AQL as a string, `"0"` for zero tolerance. */
  readonly aql: string;
  /** The plan `samplingPlan` chose for it. */
  readonly plan: SamplingPlan;
}

/**
 * Plans every class of an inspection with the sampling module's multi-class planner (ISO 2859-1 tables; AQL 0 for
 * zero tolerance, planned as Ac 0 Re 1 on the largest sample) and returns the plans as the data an inspection
 * record stores. Each class is judged on the first `sampleSize` units of the draw.
 *
 * @throws `INVALID_ARGUMENT` for a bad lot size, level, AQL (the error lists the allowed values) or class list,
 *   with the path of the field (`["classes", i, "aql"]`)
 * @example
 * ```ts
 * const plans = planInspectionClasses({
 *   lotSize: 1200,
 *   classes: [{ classId: "critical", aql: 0 }, { classId: "major", aql: "2.5" }, { classId: "minor", aql: "4.0" }],
 * });
 * plans.map((p) => p.plan.scheme === "single" && `${p.classId} n=${p.plan.sampleSize} Ac ${p.plan.acceptanceNumber}`);
 * // ["critical n=80 Ac 0", "major n=80 Ac 5", "minor n=80 Ac 7"]
 * ```
 */
export function planInspectionClasses(
  request: Omit<MultiClassPlanRequest, "classes"> & {
    readonly classes: readonly { readonly classId: string; readonly aql: number | string }[];
  },
): PlannedInspectionClass[] {
  const classes = Array.isArray(request?.classes)
    ? request.classes.map((c) => ({ name: c?.classId, aql: c?.aql }))
    : request?.classes;
  let multi: ReturnType<typeof multiClassSamplingPlan>;
  try {
    multi = multiClassSamplingPlan({ ...request, classes } as MultiClassPlanRequest);
  } catch (e) {
    if (!isCrossborderOpsError(e)) throw e;
    const renamed = e.issues.map((issue) => ({
      ...issue,
      path: issue.path.map((segment, i) =>
        i === 2 && segment === "name" && issue.path[0] === "classes" ? "classId" : segment,
      ),
    }));
    throw opsError(e.code, renamed);
  }
  return multi.classes.map((entry) => ({
    classId: entry.name,
    aql: entry.zeroTolerance ? "0" : String(entry.plan.aql),
    plan: entry.plan,
  }));
}
