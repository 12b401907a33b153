import { invalidArgument } from "../../core/index.js";
import { aqlIndex } from "./aql.js";
import { type CountModel, cumulativeProbability, logProbabilityOfCount } from "./logProbability.js";
import type { SamplingStage } from "./samplingPlan.js";
import { AQL_SERIES } from "./vocabulary.js";

/**
 * The probability model of the count in a sample: binomial (fraction nonconforming, infinite lot), Poisson
 * (nonconformities per unit, or the binomial's approximation) or hypergeometric (exact for a finite lot).
 *
 * @example
 * ```ts
 * const model: OcModel = "hypergeometric";
 * ```
 */
export type OcModel = "binomial" | "poisson" | "hypergeometric";

/**
 * Any plan the operating characteristic functions can evaluate: plans from `samplingPlan`, or plans of your own with
 * the same fields.
 *
 * @example
 * ```ts
 * const mine: OcPlan = { scheme: "single", sampleSize: 50, acceptanceNumber: 1, rejectionNumber: 2 };
 * ```
 */
export type OcPlan =
  | {
      readonly scheme: "single";
      readonly sampleSize: number;
      readonly acceptanceNumber: number;
      readonly rejectionNumber: number;
      readonly lotSize?: number;
      readonly aql?: string;
    }
  | {
      readonly scheme: "double";
      readonly stages: readonly [SamplingStage, SamplingStage];
      readonly lotSize?: number;
      readonly aql?: string;
    };

/**
 * Options of the operating characteristic functions.
 *
 * @example
 * ```ts
 * const options: OcOptions = { model: "hypergeometric", lotSize: 1500 };
 * ```
 */
export interface OcOptions {
  /** `"binomial"` by default. */
  readonly model?: OcModel;
  /** Lot size for the hypergeometric model, AOQ and ATI; defaults to the plan's `lotSize`. */
  readonly lotSize?: number;
}

/**
 * The probabilities behind one point of the OC curve.
 *
 * @example
 * ```ts
 * const b: AcceptanceBreakdown = { pa: 0.95, acceptedAtFirst: 0.9, acceptedAtSecond: 0.05, secondSampleProbability: 0.08 };
 * ```
 */
export interface AcceptanceBreakdown {
  /** Probability of accepting the lot. */
  readonly pa: number;
  /** Probability of accepting on the first (or only) sample. */
  readonly acceptedAtFirst: number;
  /** Probability of accepting on the second sample (0 for single plans). */
  readonly acceptedAtSecond: number;
  /** Probability that a second sample is drawn (0 for single plans). */
  readonly secondSampleProbability: number;
}

interface Checked {
  readonly stages: readonly { readonly n: number; readonly ac: number; readonly re: number }[];
  readonly model: OcModel;
  readonly lotSize: number | undefined;
}

function checkPlan(plan: OcPlan, options: OcOptions | undefined, needLot: boolean): Checked {
  if (typeof plan !== "object" || plan === null) throw invalidArgument(["plan"], "must be a sampling plan");
  const stages =
    plan.scheme === "single"
      ? [{ n: plan.sampleSize, ac: plan.acceptanceNumber, re: plan.rejectionNumber }]
      : plan.scheme === "double" && Array.isArray(plan.stages)
        ? plan.stages.map((s) => ({ n: s.sampleSize, ac: s.acceptanceNumber, re: s.rejectionNumber }))
        : undefined;
  if (!stages) throw invalidArgument(["plan", "scheme"], "must be single or double");
  stages.forEach((s, i) => {
    const ok =
      Number.isSafeInteger(s.n) &&
      s.n >= 0 &&
      Number.isSafeInteger(s.ac) &&
      Number.isSafeInteger(s.re) &&
      s.ac >= 0 &&
      s.re > s.ac;
    if (!ok) throw invalidArgument(["plan", i], "must have whole sample size, Ac ≥ 0 and Re > Ac");
  });
  const model = options?.model ?? "binomial";
  if (model !== "binomial" && model !== "poisson" && model !== "hypergeometric")
    throw invalidArgument(["options", "model"], "must be binomial, poisson or hypergeometric");
  const lotSize = options?.lotSize ?? plan.lotSize;
  const total = stages.reduce((sum, s) => sum + s.n, 0);
  if (lotSize !== undefined && (!Number.isSafeInteger(lotSize) || lotSize < 1 || lotSize < total))
    throw invalidArgument(
      ["options", "lotSize"],
      `must be a whole number of units at least ${total} (the sample); got ${lotSize}`,
    );
  if ((needLot || model === "hypergeometric") && lotSize === undefined)
    throw invalidArgument(["options", "lotSize"], "is required (hypergeometric model, AOQ and ATI need the lot size)");
  return { stages, model, lotSize };
}

function checkFraction(p: unknown, model: OcModel, path: (string | number)[] = ["p"]): asserts p is number {
  if (typeof p !== "number" || !Number.isFinite(p) || p < 0 || (model !== "poisson" && p > 1))
    throw invalidArgument(
      path,
      model === "poisson"
        ? `must be a finite number of nonconformities per unit, 0 or more; got ${String(p)}`
        : `must be a fraction nonconforming between 0 and 1; got ${String(p)}`,
    );
}

function countModel(model: OcModel, p: number, lotSize: number | undefined): CountModel {
  if (model === "hypergeometric") {
    const lot = lotSize as number;
    return { kind: "hypergeometric", defectives: Math.round(p * lot), lotSize: lot };
  }
  return { kind: model, p };
}

function breakdown(checked: Checked, p: number): AcceptanceBreakdown {
  const { stages, model, lotSize } = checked;
  const first = stages[0] as Checked["stages"][number];
  const m = countModel(model, p, lotSize);
  if (stages.length === 1) {
    const pa = cumulativeProbability(m, first.n, first.re - 1);
    return { pa, acceptedAtFirst: pa, acceptedAtSecond: 0, secondSampleProbability: 0 };
  }
  const acceptedAtFirst = cumulativeProbability(m, first.n, first.ac);
  const second = stages[1] as Checked["stages"][number];
  let acceptedAtSecond = 0;
  let secondSampleProbability = 0;
  for (let d1 = first.ac + 1; d1 <= first.re - 1 && d1 <= first.n; d1++) {
    const pd1 = Math.exp(logProbabilityOfCount(m, first.n, d1));
    if (pd1 === 0) continue;
    secondSampleProbability += pd1;
    const rest =
      m.kind === "hypergeometric"
        ? { kind: "hypergeometric" as const, defectives: m.defectives - d1, lotSize: m.lotSize - first.n }
        : m;
    acceptedAtSecond += pd1 * cumulativeProbability(rest, second.n, second.re - 1 - d1);
  }
  const pa = Math.min(1, acceptedAtFirst + acceptedAtSecond);
  return { pa, acceptedAtFirst, acceptedAtSecond, secondSampleProbability: Math.min(1, secondSampleProbability) };
}

/**
 * The probability of accepting a lot of quality `p` with a plan: P(count < Re) for single plans (a count between Ac
 * and Re of a Z1.4 reduced plan accepts the lot), both stages combined for double plans. Binomial by default;
 * Poisson (p in nonconformities per unit) or hypergeometric (needs the lot size; the lot holds round(p·N)
 * nonconforming units). Computed in log space, stable for samples of 3150 and more.
 *
 * @param p - fraction nonconforming (0..1), or nonconformities per unit for Poisson
 * @throws `INVALID_ARGUMENT` for p outside its range or NaN (path `["p"]`), a bad plan, model or lot size
 * @example
 * ```ts
 * const plan = samplingPlan({ lotSize: 1500, aql: 2.5 }); // n 125, Ac 7
 * probabilityOfAcceptance(plan, 0.025); // ≈ 0.9818
 * probabilityOfAcceptance(plan, 0.025, { model: "hypergeometric" }); // lot size taken from the plan
 * ```
 */
export function probabilityOfAcceptance(plan: OcPlan, p: number, options?: OcOptions): number {
  const checked = checkPlan(plan, options, false);
  checkFraction(p, checked.model);
  return breakdown(checked, p).pa;
}

/**
 * The probabilities behind the acceptance of a lot of quality `p`: accepted on the first sample, on the second, and
 * the chance a second sample is needed.
 *
 * @example
 * ```ts
 * acceptanceBreakdown(samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" }), 0.025).secondSampleProbability;
 * ```
 */
export function acceptanceBreakdown(plan: OcPlan, p: number, options?: OcOptions): AcceptanceBreakdown {
  const checked = checkPlan(plan, options, false);
  checkFraction(p, checked.model);
  return breakdown(checked, p);
}

/**
 * One point of an OC curve.
 *
 * @example
 * ```ts
 * const point: OcPoint = { p: 0.05, pa: 0.53 };
 * ```
 */
export interface OcPoint {
  readonly p: number;
  readonly pa: number;
}

/**
 * Options of {@link operatingCharacteristicCurve}.
 *
 * @example
 * ```ts
 * const options: OcCurveOptions = { points: 200, maxFraction: 0.1 };
 * ```
 */
export interface OcCurveOptions extends OcOptions {
  /** Number of points, 2 to 10 000; 200 by default. */
  readonly points?: number;
  /** Largest p on the curve; by default where Pa falls to 1 % (capped at 1 for fractions). */
  readonly maxFraction?: number;
}

/**
 * The operating characteristic curve of a plan: Pa at evenly spaced p from 0 to `maxFraction`.
 *
 * @example
 * ```ts
 * operatingCharacteristicCurve(samplingPlan({ lotSize: 1500, aql: 2.5 }), { points: 5, maxFraction: 0.1 });
 * // [{ p: 0, pa: 1 }, { p: 0.025, pa: 0.98... }, ...]
 * ```
 */
export function operatingCharacteristicCurve(plan: OcPlan, options?: OcCurveOptions): readonly OcPoint[] {
  const checked = checkPlan(plan, options, false);
  const points = options?.points ?? 200;
  if (!Number.isSafeInteger(points) || points < 2 || points > 10_000)
    throw invalidArgument(["options", "points"], `must be a whole number from 2 to 10000; got ${String(points)}`);
  let max = options?.maxFraction;
  if (max === undefined) max = qualityAtAcceptance(checked, 0.01) * 1.1;
  else {
    checkFraction(max, checked.model, ["options", "maxFraction"]);
    if (max === 0) throw invalidArgument(["options", "maxFraction"], "must be greater than 0");
  }
  if (checked.model !== "poisson" && max > 1) max = 1;
  const curve: OcPoint[] = [];
  for (let i = 0; i < points; i++) {
    const p = (max * i) / (points - 1);
    curve.push({ p, pa: breakdown(checked, p).pa });
  }
  return curve;
}

/** p at which Pa falls to `target` (Pa decreases in p), by bisection. */
function qualityAtAcceptance(checked: Checked, target: number): number {
  let lo = 0;
  let hi = 1;
  if (checked.model === "poisson") {
    while (breakdown(checked, hi).pa > target && hi < 1e6) hi *= 2;
  } else if (breakdown(checked, hi).pa > target) {
    return 1;
  }
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (breakdown(checked, mid).pa > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Limiting quality: the p at which the plan accepts only `consumerRisk` of lots (10 % by default; 5 % is the other
 * common choice), found by bisection to 1e-12.
 *
 * @example
 * ```ts
 * limitingQuality(samplingPlan({ lotSize: 1500, aql: 2.5 })); // ≈ 0.0967 (LQ at Pa = 10 %)
 * limitingQuality(samplingPlan({ lotSize: 1500, aql: 2.5 }), { consumerRisk: 0.05 }); // ≈ 0.1085
 * ```
 */
export function limitingQuality(plan: OcPlan, options?: OcOptions & { readonly consumerRisk?: number }): number {
  const checked = checkPlan(plan, options, false);
  const risk = options?.consumerRisk ?? 0.1;
  if (typeof risk !== "number" || !(risk > 0 && risk < 1))
    throw invalidArgument(["options", "consumerRisk"], `must be a probability between 0 and 1; got ${String(risk)}`);
  return qualityAtAcceptance(checked, risk);
}

/**
 * The producer's risk: the probability that a lot exactly at the AQL is not accepted, 1 − Pa(AQL). The AQL is the
 * plan's (or `options.aql`), read as a fraction (2.5 → 0.025); AQLs above 10 are nonconformities per 100 units and
 * use the Poisson model unless another is given.
 *
 * @example
 * ```ts
 * producersRisk(samplingPlan({ lotSize: 1500, aql: 2.5 })); // ≈ 0.0182
 * ```
 */
export function producersRisk(plan: OcPlan, options?: OcOptions & { readonly aql?: number | string }): number {
  const given = options?.aql ?? plan?.aql;
  if (given === undefined) throw invalidArgument(["options", "aql"], "is required when the plan carries no AQL");
  if (given === "0" || given === 0) return 0;
  const value = Number(AQL_SERIES[aqlIndex(given, ["options", "aql"])]);
  const model = options?.model ?? (value > 10 ? "poisson" : "binomial");
  const checked = checkPlan(plan, { ...options, model }, false);
  return 1 - breakdown(checked, value / 100).pa;
}

/**
 * Average outgoing quality under rectifying inspection (rejected lots are screened 100 % and nonconforming units
 * replaced): AOQ = p · [Pa₁ (N − n₁) + Pa₂ (N − n₁ − n₂)] / N.
 *
 * @example
 * ```ts
 * averageOutgoingQuality(samplingPlan({ lotSize: 1500, aql: 2.5 }), 0.03); // ≈ 0.0253
 * ```
 */
export function averageOutgoingQuality(plan: OcPlan, p: number, options?: OcOptions): number {
  const checked = checkPlan(plan, options, true);
  checkFraction(p, checked.model);
  return aoq(checked, p);
}

function aoq(checked: Checked, p: number): number {
  const lot = checked.lotSize as number;
  const b = breakdown(checked, p);
  const n1 = checked.stages[0]?.n ?? 0;
  const n2 = checked.stages[1]?.n ?? 0;
  return (p * (b.acceptedAtFirst * (lot - n1) + b.acceptedAtSecond * (lot - n1 - n2))) / lot;
}

/**
 * The average outgoing quality limit: the worst AOQ over all incoming qualities, and the p where it occurs (a grid
 * scan refined by golden-section search).
 *
 * @example
 * ```ts
 * averageOutgoingQualityLimit(samplingPlan({ lotSize: 1500, aql: 2.5 })); // { aoql: ≈ 0.0345, atFraction: ≈ 0.0471 }
 * ```
 */
export function averageOutgoingQualityLimit(
  plan: OcPlan,
  options?: OcOptions,
): { readonly aoql: number; readonly atFraction: number } {
  const checked = checkPlan(plan, options, true);
  const top = Math.min(checked.model === "poisson" ? 1e6 : 1, qualityAtAcceptance(checked, 0.001));
  const steps = 200;
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i <= steps; i++) {
    const p = (top * i) / steps;
    const value = aoq(checked, p);
    if (value > best) {
      best = value;
      bestAt = i;
    }
  }
  let lo = (top * Math.max(0, bestAt - 1)) / steps;
  let hi = (top * Math.min(steps, bestAt + 1)) / steps;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (aoq(checked, a) > aoq(checked, b)) hi = b;
    else lo = a;
  }
  const atFraction = (lo + hi) / 2;
  const refined = aoq(checked, atFraction);
  return refined >= best ? { aoql: refined, atFraction } : { aoql: best, atFraction: (top * bestAt) / steps };
}

/**
 * Average total inspection per lot under rectifying inspection: n₁·Pa₁ + (n₁ + n₂)·Pa₂ + N·(1 − Pa).
 *
 * @example
 * ```ts
 * averageTotalInspection(samplingPlan({ lotSize: 1500, aql: 2.5 }), 0.025); // ≈ 150.0
 * ```
 */
export function averageTotalInspection(plan: OcPlan, p: number, options?: OcOptions): number {
  const checked = checkPlan(plan, options, true);
  checkFraction(p, checked.model);
  const lot = checked.lotSize as number;
  const b = breakdown(checked, p);
  const n1 = checked.stages[0]?.n ?? 0;
  const n2 = checked.stages[1]?.n ?? 0;
  return n1 * b.acceptedAtFirst + (n1 + n2) * b.acceptedAtSecond + lot * (1 - b.pa);
}

/**
 * Average sample number: the expected units inspected per lot without screening, n₁ + P(second sample)·n₂.
 *
 * @example
 * ```ts
 * averageSampleNumber(samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" }), 0.025); // between 80 and 160
 * ```
 */
export function averageSampleNumber(plan: OcPlan, p: number, options?: OcOptions): number {
  const checked = checkPlan(plan, options, false);
  checkFraction(p, checked.model);
  const b = breakdown(checked, p);
  return (checked.stages[0]?.n ?? 0) + b.secondSampleProbability * (checked.stages[1]?.n ?? 0);
}
