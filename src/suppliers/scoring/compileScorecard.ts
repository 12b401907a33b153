import { Dec, type Decimal, parseInput } from "../../core/index.js";
import {
  type CriterionDirection,
  defaultGradeBands,
  type GradeBand,
  type MissingMeasurementPolicy,
  type ScorecardInput,
  scorecardSchema,
} from "./scorecardSchema.js";

/** @internal a criterion ready to score: its weight as a decimal and a normaliser from value to 0..100 points. */
export interface CompiledCriterion {
  readonly id: string;
  readonly weight: Decimal;
  readonly weightNumber: number;
  readonly direction: CriterionDirection;
  /** Linear criteria only: the exact normaliser. */
  readonly linear?: {
    readonly floor: Decimal;
    readonly span: Decimal;
    readonly floorNumber: number;
    readonly spanNumber: number;
  };
  /** Points 0..100 for a value, in floating point; NaN for a value missing from a lookup table. */
  readonly pointsOf: (value: number) => number;
  /** The lookup table's values, for the message when a value is missing from it. */
  readonly lookupValues?: readonly number[];
}

/** @internal a validated scorecard with everything precomputed once for many suppliers. */
export interface CompiledScorecard {
  readonly id: string;
  readonly criteria: readonly CompiledCriterion[];
  readonly totalWeight: Decimal;
  readonly totalWeightNumber: number;
  /** Bands sorted from the highest `min` down, each with its threshold in whole hundredths (`ceil(min × 100)`). */
  readonly grades: readonly (GradeBand & { readonly minHundredths: number })[];
  readonly missing: MissingMeasurementPolicy;
}

const ZERO = new Dec(0);

/** @internal validates a scorecard and prepares its normalisers. */
export function compileScorecard(input: ScorecardInput, path: ReadonlyArray<string | number>): CompiledScorecard {
  const card = parseInput(scorecardSchema, input, path);
  const criteria = card.criteria.map((criterion): CompiledCriterion => {
    const normalization = criterion.normalization ?? { kind: "linear" as const };
    const weight = new Dec(criterion.weight);
    const base = { id: criterion.id, weight, weightNumber: weight.toNumber(), direction: criterion.direction };
    if (normalization.kind === "linear") {
      const floor = new Dec(criterion.floor as string | number);
      const span = new Dec(criterion.target as string | number).minus(floor);
      const floorNumber = floor.toNumber();
      const spanNumber = span.toNumber();
      return {
        ...base,
        linear: { floor, span, floorNumber, spanNumber },
        pointsOf: (value) => {
          const points = ((value - floorNumber) * 100) / spanNumber;
          return Math.min(100, Math.max(0, points));
        },
      };
    }
    if (normalization.kind === "steps") {
      const higher = criterion.direction === "higher-better";
      const steps = normalization.steps
        .map((step) => ({ threshold: Number(step.threshold), points: step.points }))
        .sort((a, b) => (higher ? b.threshold - a.threshold : a.threshold - b.threshold));
      const otherwise = normalization.otherwise;
      return {
        ...base,
        pointsOf: (value) => {
          for (const step of steps) {
            if (higher ? value >= step.threshold : value <= step.threshold) return step.points;
          }
          return otherwise;
        },
      };
    }
    const table = normalization.table.map((row) => ({ value: Number(row.value), points: row.points }));
    return {
      ...base,
      lookupValues: table.map((row) => row.value),
      pointsOf: (value) => table.find((candidate) => candidate.value === value)?.points ?? Number.NaN,
    };
  });
  const grades = [...(card.grades ?? defaultGradeBands())]
    .sort((a, b) => b.min - a.min)
    .map((band) => ({ ...band, minHundredths: new Dec(band.min).times(100).ceil().toNumber() }));
  const totalWeight = criteria.reduce((sum, criterion) => sum.plus(criterion.weight), ZERO);
  return {
    id: card.id,
    criteria,
    totalWeight,
    totalWeightNumber: totalWeight.toNumber(),
    grades,
    missing: card.missing,
  };
}
