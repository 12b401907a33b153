import { err, invalidArgument, ok, type Result } from "../../core/index.js";
import type { DoubleSamplingPlan, SamplingPlan, SingleSamplingPlan } from "./samplingPlan.js";

/**
 * The lot is accepted. `reinstateNormal` is true when, under a Z1.4 reduced plan, the count fell between Ac and Re:
 * the lot is accepted but normal inspection must be reinstated from the next lot.
 *
 * @example
 * ```ts
 * const verdict: LotAccepted = { verdict: "accept", code: "LOT_ACCEPTED", stage: 1, nonconforming: 2, acceptanceNumber: 7, rejectionNumber: 8, reinstateNormal: false };
 * ```
 */
export interface LotAccepted {
  readonly verdict: "accept";
  readonly code: "LOT_ACCEPTED";
  /** The stage at which the decision was taken (1 or 2). */
  readonly stage: 1 | 2;
  /** Nonconforming count judged (cumulative for stage 2). */
  readonly nonconforming: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  readonly reinstateNormal: boolean;
}

/**
 * A double plan's first sample fell between Ac1 and Re1: draw the second sample and judge again with both counts.
 *
 * @example
 * ```ts
 * const verdict: SecondSampleNeeded = { verdict: "second-sample-needed", code: "SECOND_SAMPLE_NEEDED", stage: 1, nonconforming: 4, acceptanceNumber: 3, rejectionNumber: 7, nextSampleSize: 80 };
 * ```
 */
export interface SecondSampleNeeded {
  readonly verdict: "second-sample-needed";
  readonly code: "SECOND_SAMPLE_NEEDED";
  readonly stage: 1;
  readonly nonconforming: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  /** Units to draw for the second sample. */
  readonly nextSampleSize: number;
}

/**
 * The lot is not accepted (rejected): the count reached the rejection number.
 *
 * @example
 * ```ts
 * const verdict: LotRejected = { verdict: "reject", code: "LOT_REJECTED", message: "8 nonconforming ≥ Re 8", stage: 1, nonconforming: 8, acceptanceNumber: 7, rejectionNumber: 8 };
 * ```
 */
export interface LotRejected {
  readonly verdict: "reject";
  readonly code: "LOT_REJECTED";
  readonly message: string;
  readonly stage: 1 | 2;
  readonly nonconforming: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
}

/**
 * The outcome of {@link judgeLot}: accepted or second sample needed (`ok`), or rejected (`err`).
 *
 * @example
 * ```ts
 * const r: LotJudgement = judgeLot(plan, 3);
 * ```
 */
export type LotJudgement = Result<LotAccepted | SecondSampleNeeded, LotRejected>;

/**
 * Judges a lot from the nonconforming count(s) found in its sample(s).
 *
 * Single plans take one count. Double plans take the first sample's count (a number or `[d1]`), or both counts
 * `[d1, d2]` once the second sample was inspected; the second stage is judged on the cumulative count d1 + d2.
 *
 * @returns `ok` with `LOT_ACCEPTED` or `SECOND_SAMPLE_NEEDED`, or `err` with `LOT_REJECTED`
 * @throws `INVALID_ARGUMENT` for a count that is not a non-negative integer or exceeds its sample (path
 *   `["nonconforming"]` or `["nonconforming", i]`), a second count when the first already decided, or a plan that is
 *   not a sampling plan (path `["plan"]`)
 * @example
 * ```ts
 * const plan = samplingPlan({ lotSize: 1500, aql: 2.5 }); // n 125, Ac 7, Re 8
 * judgeLot(plan, 7); // { ok: true, value: { verdict: "accept", code: "LOT_ACCEPTED", ... } }
 * judgeLot(plan, 8); // { ok: false, error: { verdict: "reject", code: "LOT_REJECTED", ... } }
 * ```
 */
export function judgeLot(plan: SamplingPlan, nonconforming: number | readonly number[]): LotJudgement {
  if (plan?.scheme === "single") return judgeSingle(plan, nonconforming);
  if (plan?.scheme === "double" && Array.isArray(plan.stages)) return judgeDouble(plan, nonconforming);
  throw invalidArgument(["plan"], "must be a plan returned by samplingPlan (scheme single or double)");
}

function judgeSingle(plan: SingleSamplingPlan, nonconforming: number | readonly number[]): LotJudgement {
  let count: unknown = nonconforming;
  let path: (string | number)[] = ["nonconforming"];
  if (Array.isArray(nonconforming)) {
    if (nonconforming.length !== 1) throw invalidArgument(path, "a single sampling plan takes exactly one count");
    count = nonconforming[0];
    path = ["nonconforming", 0];
  }
  checkCount(count, plan.sampleSize, path);
  return decide(1, count, plan.acceptanceNumber, plan.rejectionNumber);
}

function judgeDouble(plan: DoubleSamplingPlan, nonconforming: number | readonly number[]): LotJudgement {
  const [first, second] = plan.stages;
  const counts: readonly unknown[] = Array.isArray(nonconforming) ? nonconforming : [nonconforming];
  if (counts.length < 1 || counts.length > 2)
    throw invalidArgument(
      ["nonconforming"],
      "a double sampling plan takes one or two counts: [first] or [first, second]",
    );
  const firstPath: (string | number)[] = Array.isArray(nonconforming) ? ["nonconforming", 0] : ["nonconforming"];
  const d1 = counts[0];
  checkCount(d1, first.sampleSize, firstPath);
  const decidedAtFirst = plan.hundredPercent || d1 <= first.acceptanceNumber || d1 >= first.rejectionNumber;
  if (decidedAtFirst) {
    if (counts.length === 2)
      throw invalidArgument(["nonconforming", 1], "the first sample already decided the lot; no second count is taken");
    return decide(1, d1, first.acceptanceNumber, first.rejectionNumber);
  }
  if (counts.length === 1) {
    return ok({
      verdict: "second-sample-needed",
      code: "SECOND_SAMPLE_NEEDED",
      stage: 1,
      nonconforming: d1,
      acceptanceNumber: first.acceptanceNumber,
      rejectionNumber: first.rejectionNumber,
      nextSampleSize: second.sampleSize,
    });
  }
  const d2 = counts[1];
  checkCount(d2, second.sampleSize, ["nonconforming", 1]);
  return decide(2, d1 + d2, second.acceptanceNumber, second.rejectionNumber);
}

function checkCount(count: unknown, sampleSize: number, path: (string | number)[]): asserts count is number {
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0)
    throw invalidArgument(path, `must be a whole number of nonconforming units, 0 or more; got ${String(count)}`);
  if (count > sampleSize) throw invalidArgument(path, `cannot exceed the sample size ${sampleSize}; got ${count}`);
}

function decide(stage: 1 | 2, count: number, ac: number, re: number): LotJudgement {
  if (count >= re) {
    return err({
      verdict: "reject",
      code: "LOT_REJECTED",
      message: `${count} nonconforming reaches the rejection number ${re}`,
      stage,
      nonconforming: count,
      acceptanceNumber: ac,
      rejectionNumber: re,
    });
  }
  return ok({
    verdict: "accept",
    code: "LOT_ACCEPTED",
    stage,
    nonconforming: count,
    acceptanceNumber: ac,
    rejectionNumber: re,
    reinstateNormal: count > ac,
  });
}
