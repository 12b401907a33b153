import { Dec, type Decimal, invalidArgument, isDecimalString, opsError } from "../../core/index.js";
import { apportionContributions } from "./apportionContributions.js";
import { type CompiledCriterion, type CompiledScorecard, compileScorecard } from "./compileScorecard.js";
import type { GradeBand, ScorecardInput, ScoringMeasurements } from "./scorecardSchema.js";

/**
 * How one criterion scored.
 *
 * @example
 * ```ts
 * const row: CriterionScore = result.criteria[0];
 * row.normalized?.toString(); // "75"
 * ```
 */
export interface CriterionScore {
  readonly id: string;
  /** The measurement as given, or `null` when it was missing. */
  readonly value: Decimal | null;
  /** Points 0..100 after normalisation; `null` when missing under the `reweight` policy. */
  readonly normalized: Decimal | null;
  /** The criterion's share of the weights actually used (the shares add up to 1); 0 when left out. */
  readonly weight: Decimal;
  /** `normalized × weight`, in hundredths, apportioned so that the contributions add up exactly to `total`. */
  readonly contribution: Decimal;
  /** `normalized × weight` before rounding. */
  readonly exactContribution: Decimal;
  /** True when the measurement was missing (scored by the missing-measurement policy). */
  readonly missing: boolean;
}

/**
 * The outcome of {@link scoreSupplier}: total 0..100 (two decimals, half-up), the grade band and its action.
 *
 * @example
 * ```ts
 * const score: SupplierScore = scoreSupplier(card, { onTime: 93.5 });
 * score.total.toFixed(2); // "75.00"
 * ```
 */
export interface SupplierScore {
  readonly scorecardId: string;
  /** Σ exact contributions rounded to 2 decimals half-up; always 0..100. */
  readonly total: Decimal;
  readonly grade: string;
  /** The band's action, e.g. `preferred`, `approved`, `corrective-action`, `suspend-and-review`. */
  readonly action: string;
  /** Days allowed for the action, when the band sets them (corrective action). */
  readonly deadlineDays?: number;
  /** The deadline date, when `options.asOf` was given and the band sets `deadlineDays`. */
  readonly actionDeadline?: string;
  readonly criteria: readonly CriterionScore[];
}

/**
 * Options of {@link scoreSupplier}.
 *
 * @example
 * ```ts
 * const options: ScoreSupplierOptions = { asOf: "2026-04-01" };
 * ```
 */
export interface ScoreSupplierOptions {
  /** The evaluation date `YYYY-MM-DD`; with it, a band's `deadlineDays` become an `actionDeadline` date. */
  readonly asOf?: string;
}

const ZERO = new Dec(0);
const HUNDRED = new Dec(100);
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Scores one supplier (or candidate, or logistics partner) on a scorecard.
 *
 * Each measurement is normalised to 0..100 points (linear between `floor` and `target` by default, clamped), the
 * weights are divided by their sum, and the total is `Σ points × weight share`, rounded to 2 decimals half-up.
 * Each criterion's `contribution` is its exact contribution rounded to hundredths by the largest remainder method,
 * so the contributions add up exactly to the total (see docs/suppliers.md, "Rounding").
 *
 * @param scorecard - criteria, optional grade bands (default A/B/C/D) and the missing-measurement policy
 * @param measurements - criterion id → number or decimal string; ids not on the scorecard are ignored
 * @throws `INVALID_ARGUMENT` for a malformed scorecard or measurement, `MEASUREMENT_MISSING` when a measurement is
 *   missing under the `error` policy (or every measurement is missing under `reweight`)
 * @example
 * ```ts
 * const score = scoreSupplier(
 *   {
 *     id: "monthly",
 *     criteria: [
 *       { id: "onTime", weight: 60, direction: "higher-better", floor: 80, target: 98 },
 *       { id: "ppm", weight: 40, direction: "lower-better", floor: 5000, target: 500 },
 *     ],
 *   },
 *   { onTime: 93.5, ppm: 1400 },
 * );
 * score.total.toFixed(2); // "77.00"
 * score.grade; // "B"
 * ```
 */
export function scoreSupplier(
  scorecard: ScorecardInput,
  measurements: ScoringMeasurements,
  options: ScoreSupplierOptions = {},
): SupplierScore {
  const compiled = compileScorecard(scorecard, ["scorecard"]);
  const asOf = checkAsOf(options, ["options", "asOf"]);
  return scoreCompiled(compiled, measurements, ["measurements"], asOf);
}

/**
 * Scores many suppliers on one scorecard, validating the scorecard once (the fast path for a whole supplier base).
 *
 * @param measurements - one measurement map per supplier; results come back in the same order
 * @throws as {@link scoreSupplier}; issue paths start with `["measurements", index]`
 * @example
 * ```ts
 * const scores = scoreSuppliers(card, [{ onTime: 99, ppm: 300 }, { onTime: 85, ppm: 4000 }]);
 * scores.map((s) => s.grade); // ["A", "D"]
 * ```
 */
export function scoreSuppliers(
  scorecard: ScorecardInput,
  measurements: readonly ScoringMeasurements[],
  options: ScoreSupplierOptions = {},
): SupplierScore[] {
  const compiled = compileScorecard(scorecard, ["scorecard"]);
  const asOf = checkAsOf(options, ["options", "asOf"]);
  if (!Array.isArray(measurements)) throw invalidArgument(["measurements"], "must be an array of measurement maps");
  return measurements.map((one, index) => scoreCompiled(compiled, one, ["measurements", index], asOf));
}

function checkAsOf(options: ScoreSupplierOptions, path: string[]): string | undefined {
  const asOf = options?.asOf;
  if (asOf === undefined) return undefined;
  if (typeof asOf !== "string" || !LOCAL_DATE.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)))
    throw invalidArgument(path, "must be a date written YYYY-MM-DD");
  return asOf;
}

function readMeasurement(raw: unknown, path: ReadonlyArray<string | number>): number {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(path, `must be a finite number, got ${raw}`);
    return raw;
  }
  if (typeof raw === "string" && isDecimalString(raw)) {
    const value = Number(raw);
    if (Number.isFinite(value)) return value;
  }
  throw invalidArgument(path, 'must be a finite number or a decimal string such as "93.5"');
}

/** Below this distance from a half-hundredth, the floating-point total is re-computed exactly before rounding. */
const TIE_GUARD = 1e-6;

/**
 * @internal scores measurements against a compiled scorecard.
 *
 * Two passes: a floating-point pass finds the points and the total in hundredths; when the total lies within
 * 1e-6 hundredths of a rounding tie it is re-computed with decimals, so the rounded total always equals the exact
 * decimal one. The per-criterion breakdown is computed with decimals on first access to `criteria`.
 */
function scoreCompiled(
  card: CompiledScorecard,
  measurements: ScoringMeasurements,
  path: ReadonlyArray<string | number>,
  asOf?: string,
): SupplierScore {
  if (typeof measurements !== "object" || measurements === null || Array.isArray(measurements))
    throw invalidArgument(path, "must be an object mapping criterion id to a number");
  const n = card.criteria.length;
  const raws: (string | number | null)[] = new Array(n);
  const points: (number | null)[] = new Array(n);
  let usedWeight = 0;
  let weightedPoints = 0;
  let anyMissing = false;
  for (let i = 0; i < n; i++) {
    const criterion = card.criteria[i] as CompiledCriterion;
    const raw = measurements[criterion.id];
    if (raw === undefined || raw === null || !Object.hasOwn(measurements, criterion.id)) {
      anyMissing = true;
      if (card.missing === "error") {
        throw opsError("MEASUREMENT_MISSING", [
          {
            path: [...path, criterion.id],
            message: `no measurement for "${criterion.id}"; measure it or choose the "zero" or "reweight" policy`,
          },
        ]);
      }
      raws[i] = null;
      points[i] = card.missing === "zero" ? 0 : null;
      if (card.missing === "zero") usedWeight += criterion.weightNumber;
      continue;
    }
    const value = typeof raw === "number" && Number.isFinite(raw) ? raw : readMeasurement(raw, [...path, criterion.id]);
    const p = criterion.pointsOf(value);
    if (Number.isNaN(p)) {
      throw invalidArgument(
        [...path, criterion.id],
        `${value} is not in the lookup table of "${criterion.id}" (${criterion.lookupValues?.join(", ")})`,
      );
    }
    raws[i] = typeof raw === "string" ? raw : value;
    points[i] = p;
    usedWeight += criterion.weightNumber;
    weightedPoints += p * criterion.weightNumber;
  }
  if (usedWeight === 0) {
    throw opsError("MEASUREMENT_MISSING", [{ path, message: "no criterion has a measurement; nothing to score" }]);
  }
  const hundredths = (weightedPoints / usedWeight) * 100;
  const fraction = hundredths - Math.floor(hundredths);
  let exact: ExactBreakdown | undefined;
  let total: Decimal;
  let totalHundredths: number;
  if (Math.abs(fraction - 0.5) < TIE_GUARD || fraction < TIE_GUARD || 1 - fraction < TIE_GUARD) {
    exact = exactBreakdown(card, raws, points, anyMissing);
    total = exact.total;
    totalHundredths = total.times(100).toNumber();
  } else {
    totalHundredths = Math.floor(hundredths + 0.5);
    total = new Dec(totalHundredths).div(100);
  }
  const band =
    card.grades.find((candidate) => totalHundredths >= candidate.minHundredths) ?? (card.grades.at(-1) as GradeBand);
  const totalForBreakdown = total;
  return {
    scorecardId: card.id,
    total,
    grade: band.grade,
    action: band.action,
    ...(band.deadlineDays === undefined ? {} : { deadlineDays: band.deadlineDays }),
    ...(band.deadlineDays !== undefined && asOf !== undefined
      ? { actionDeadline: addCalendarDays(asOf, band.deadlineDays) }
      : {}),
    get criteria(): readonly CriterionScore[] {
      exact ??= exactBreakdown(card, raws, points, anyMissing);
      return explain(card, exact, totalForBreakdown, raws, points);
    },
  };
}

interface ExactBreakdown {
  readonly total: Decimal;
  readonly exact: readonly Decimal[];
  readonly normalized: readonly (Decimal | null)[];
  readonly weightSum: Decimal;
}

/** The decimal computation: exact points, exact contributions and the total rounded half-up. */
function exactBreakdown(
  card: CompiledScorecard,
  raws: readonly (string | number | null)[],
  points: readonly (number | null)[],
  anyMissing: boolean,
): ExactBreakdown {
  const n = card.criteria.length;
  const normalized: (Decimal | null)[] = new Array(n);
  let weightSum = anyMissing ? ZERO : card.totalWeight;
  for (let i = 0; i < n; i++) {
    const criterion = card.criteria[i] as CompiledCriterion;
    const raw = raws[i];
    const p = points[i];
    if (p === null || p === undefined) {
      normalized[i] = null;
      continue;
    }
    if (anyMissing) weightSum = weightSum.plus(criterion.weight);
    if (raw === null || raw === undefined || !criterion.linear) {
      normalized[i] = new Dec(p);
      continue;
    }
    const { floor, span } = criterion.linear;
    const linear = new Dec(raw).minus(floor).times(100).div(span);
    normalized[i] = linear.isNegative() ? ZERO : linear.gt(100) ? HUNDRED : linear;
  }
  let sum = ZERO;
  const exact = normalized.map((p, i) => {
    if (p === null || p.isZero()) return ZERO;
    const product = p.times((card.criteria[i] as CompiledCriterion).weight);
    sum = sum.plus(product);
    return product.div(weightSum);
  });
  return { total: sum.div(weightSum).toDecimalPlaces(2, Dec.ROUND_HALF_UP), exact, normalized, weightSum };
}

function explain(
  card: CompiledScorecard,
  breakdown: ExactBreakdown,
  total: Decimal,
  raws: readonly (string | number | null)[],
  points: readonly (number | null)[],
): CriterionScore[] {
  const contributions = apportionContributions(breakdown.exact, total);
  return card.criteria.map((criterion, i) => {
    const raw = raws[i];
    const used = points[i] !== null;
    return {
      id: criterion.id,
      value: raw === null || raw === undefined ? null : new Dec(raw),
      normalized: breakdown.normalized[i] ?? null,
      weight: used ? criterion.weight.div(breakdown.weightSum) : ZERO,
      contribution: contributions[i] as Decimal,
      exactContribution: breakdown.exact[i] as Decimal,
      missing: raw === null,
    };
  });
}

function addCalendarDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
