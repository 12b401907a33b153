import { err, invalidArgument, ok, type Result } from "../../core/index.js";
import { aqlIndex } from "./aql.js";
import { judgeLot, type LotAccepted, type LotRejected, type SecondSampleNeeded } from "./judgeLot.js";
import { type SamplingPlan, type SamplingPlanRequest, type SingleSamplingPlan, samplingPlan } from "./samplingPlan.js";
import { selectMasterTable } from "./tables/selectMasterTable.js";
import { AQL_SERIES } from "./vocabulary.js";

/**
 * One class of nonconformity and its AQL, e.g. critical 0, major 2.5, minor 4.0. An AQL of `0` (or `"0"`) means zero
 * tolerance: a single nonconformity of the class rejects the lot.
 *
 * @example
 * ```ts
 * const major: DefectClassRequirement = { name: "major", aql: 2.5 };
 * ```
 */
export interface DefectClassRequirement {
  /** Unique name, e.g. `"critical"`, `"major"`, `"minor"` or your own. */
  readonly name: string;
  /** An AQL of the preferred series, or 0 for zero tolerance. */
  readonly aql: number | string;
}

/**
 * What {@link multiClassSamplingPlan} needs: the lot and inspection settings plus the classes.
 *
 * @example
 * ```ts
 * const request: MultiClassPlanRequest = { lotSize: 3000, classes: [{ name: "critical", aql: 0 }, { name: "major", aql: 2.5 }, { name: "minor", aql: 4.0 }] };
 * ```
 */
export interface MultiClassPlanRequest extends Omit<SamplingPlanRequest, "aql"> {
  readonly classes: readonly DefectClassRequirement[];
}

/**
 * The plan of one class.
 *
 * @example
 * ```ts
 * const entry: DefectClassPlan = { name: "critical", zeroTolerance: true, plan };
 * ```
 */
export interface DefectClassPlan {
  readonly name: string;
  readonly zeroTolerance: boolean;
  readonly plan: SamplingPlan;
}

/**
 * Plans for every class of a lot, and how many units to draw: the largest (first) sample any class needs. Each class
 * is judged on the first `n` units of that draw, its own sample size (units are drawn at random, so the first `n`
 * are a random sample of `n`).
 *
 * @example
 * ```ts
 * const plan: MultiClassSamplingPlan = multiClassSamplingPlan({ lotSize: 3000, classes: [{ name: "major", aql: 2.5 }] });
 * ```
 */
export interface MultiClassSamplingPlan {
  readonly lotSize: number;
  /** Units to draw for the first sample. */
  readonly drawSampleSize: number;
  readonly classes: readonly DefectClassPlan[];
}

const firstSampleSize = (plan: SamplingPlan): number =>
  plan.scheme === "single" ? plan.sampleSize : plan.stages[0].sampleSize;

/**
 * Plans a multi-class inspection (critical / major / minor or custom classes), each class with its own AQL.
 *
 * A zero-tolerance class (AQL 0) is planned as Ac 0, Re 1 on the largest sample any other class draws, so every unit
 * drawn is checked for it; when all classes are zero tolerance, the sample size is the code letter's sample size of
 * the single sampling table in force (100 % when it reaches the lot size).
 *
 * @throws `INVALID_ARGUMENT` for no classes, a repeated or empty name (path `["classes", i, "name"]`), an AQL outside
 *   the series and not 0 (path `["classes", i, "aql"]`), or any bad lot setting as in `samplingPlan`
 * @example
 * ```ts
 * const plan = multiClassSamplingPlan({
 *   lotSize: 3000,
 *   classes: [{ name: "critical", aql: 0 }, { name: "major", aql: 2.5 }, { name: "minor", aql: "4.0" }],
 * });
 * plan.drawSampleSize; // 125 (letter K); critical: Ac 0 Re 1; major: Ac 7 Re 8; minor: Ac 10 Re 11
 * ```
 */
export function multiClassSamplingPlan(request: MultiClassPlanRequest): MultiClassSamplingPlan {
  if (typeof request !== "object" || request === null) throw invalidArgument([], "must be an object");
  const { classes, ...settings } = request;
  if (!Array.isArray(classes) || classes.length === 0)
    throw invalidArgument(["classes"], "must list at least one class of nonconformity");
  const seen = new Set<string>();
  const planned: (DefectClassPlan | { readonly name: string; readonly zeroTolerance: true })[] = classes.map(
    (entry, i) => {
      const name = entry?.name;
      if (typeof name !== "string" || name.trim() === "")
        throw invalidArgument(["classes", i, "name"], "must be a non-empty name");
      if (seen.has(name)) throw invalidArgument(["classes", i, "name"], `"${name}" is listed twice`);
      seen.add(name);
      if (entry.aql === 0 || entry.aql === "0") return { name, zeroTolerance: true as const };
      aqlIndex(entry.aql, ["classes", i, "aql"]);
      return { name, zeroTolerance: false, plan: samplingPlan({ ...settings, aql: entry.aql }) };
    },
  );
  const sized = planned.filter((entry): entry is DefectClassPlan => "plan" in entry);
  const first = samplingPlan({ ...settings, aql: "1.0" });
  let drawSampleSize = 0;
  let drawLetter = first.lotCodeLetter as SingleSamplingPlan["codeLetter"];
  for (const entry of sized) {
    const size = firstSampleSize(entry.plan);
    if (size > drawSampleSize) {
      drawSampleSize = size;
      drawLetter = entry.plan.codeLetter;
    }
  }
  if (sized.length === 0) {
    const table = selectMasterTable("single", first.severity, first.edition);
    drawSampleSize = Math.min(first.lotSize, table.sampleSizes[first.lotCodeLetter] ?? first.lotSize);
  }
  const zero: SingleSamplingPlan = {
    scheme: "single",
    codeLetter: drawLetter,
    sampleSize: drawSampleSize,
    tableSampleSize: drawSampleSize,
    acceptanceNumber: 0,
    rejectionNumber: 1,
    hundredPercent: drawSampleSize >= first.lotSize,
    lotSize: first.lotSize,
    aql: "0",
    level: first.level,
    severity: first.severity,
    edition: first.edition,
    lotCodeLetter: first.lotCodeLetter,
    requestedScheme: "single",
  };
  return {
    lotSize: first.lotSize,
    drawSampleSize,
    classes: planned.map((entry) => ("plan" in entry ? entry : { name: entry.name, zeroTolerance: true, plan: zero })),
  };
}

/**
 * The verdict of one class.
 *
 * @example
 * ```ts
 * const v: DefectClassVerdict = { name: "major", outcome: { verdict: "accept", code: "LOT_ACCEPTED", stage: 1, nonconforming: 2, acceptanceNumber: 7, rejectionNumber: 8, reinstateNormal: false } };
 * ```
 */
export interface DefectClassVerdict {
  readonly name: string;
  readonly outcome: LotAccepted | SecondSampleNeeded | LotRejected;
}

/**
 * The lot verdict of a multi-class inspection: accepted when every class accepts, a second sample when none
 * rejects but some class needs one, rejected when any class rejects.
 *
 * @example
 * ```ts
 * const r: MultiClassJudgement = judgeMultiClassLot(plan, { critical: 0, major: 3, minor: 5 });
 * ```
 */
export type MultiClassJudgement = Result<
  {
    readonly verdict: "accept" | "second-sample-needed";
    readonly code: "LOT_ACCEPTED" | "SECOND_SAMPLE_NEEDED";
    readonly classes: readonly DefectClassVerdict[];
  },
  {
    readonly verdict: "reject";
    readonly code: "LOT_REJECTED";
    readonly message: string;
    readonly rejectedClasses: readonly string[];
    readonly classes: readonly DefectClassVerdict[];
  }
>;

/**
 * Judges a multi-class lot from the count of nonconforming units of each class (each counted in that class's own
 * sample; a unit with several nonconformities of one class counts once for that class).
 *
 * @throws `INVALID_ARGUMENT` for a missing or unknown class (path `["counts", name]`) or a bad count
 * @example
 * ```ts
 * judgeMultiClassLot(plan, { critical: 0, major: 8, minor: 2 }); // err: LOT_REJECTED, rejectedClasses ["major"]
 * ```
 */
export function judgeMultiClassLot(
  plan: MultiClassSamplingPlan,
  counts: Readonly<Record<string, number | readonly number[]>>,
): MultiClassJudgement {
  if (!Array.isArray(plan?.classes)) throw invalidArgument(["plan"], "must be a plan from multiClassSamplingPlan");
  if (typeof counts !== "object" || counts === null)
    throw invalidArgument(["counts"], "must map each class to its count");
  const names = new Set(plan.classes.map((entry) => entry.name));
  for (const name of Object.keys(counts))
    if (!names.has(name))
      throw invalidArgument(["counts", name], `is not a class of this plan (${[...names].join(", ")})`);
  const classes = plan.classes.map((entry): DefectClassVerdict => {
    const count = counts[entry.name];
    if (count === undefined)
      throw invalidArgument(["counts", entry.name], "is missing: give the count for every class");
    try {
      const judged = judgeLot(entry.plan, count);
      return { name: entry.name, outcome: judged.ok ? judged.value : judged.error };
    } catch (e) {
      const issue = (e as { issues?: { path: readonly (string | number)[]; message: string }[] }).issues?.[0];
      if (!issue) throw e;
      throw invalidArgument(["counts", entry.name, ...issue.path.slice(1)], issue.message);
    }
  });
  const rejected = classes.filter((entry) => entry.outcome.verdict === "reject").map((entry) => entry.name);
  if (rejected.length > 0)
    return err({
      verdict: "reject",
      code: "LOT_REJECTED",
      message: `rejected on ${rejected.join(", ")}`,
      rejectedClasses: rejected,
      classes,
    });
  const pending = classes.some((entry) => entry.outcome.verdict === "second-sample-needed");
  return ok({
    verdict: pending ? "second-sample-needed" : "accept",
    code: pending ? "SECOND_SAMPLE_NEEDED" : "LOT_ACCEPTED",
    classes,
  });
}

/**
 * The AQL choices of a multi-class plan: zero tolerance plus the 26 preferred values, for pickers in QC apps.
 *
 * @example
 * ```ts
 * MULTI_CLASS_AQL_CHOICES[0]; // "0"
 * ```
 */
export const MULTI_CLASS_AQL_CHOICES: readonly string[] = ["0", ...AQL_SERIES];
