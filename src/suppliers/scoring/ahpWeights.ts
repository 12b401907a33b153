import * as z from "zod";
import { err, type Failure, invalidArgument, ok, parseInput, type Result } from "../../core/index.js";

/**
 * Saaty's random consistency index RI for matrices of order 1..10 (the mean consistency index of random reciprocal
 * matrices on the 1..9 scale), from T. L. Saaty, *The Analytic Hierarchy Process*, McGraw-Hill, 1980.
 *
 * @example
 * ```ts
 * saatyRandomIndex(3); // 0.58
 * saatyRandomIndex(8); // 1.41
 * ```
 */
export function saatyRandomIndex(order: number): number {
  const index = RANDOM_INDEX[order];
  if (!Number.isInteger(order) || index === undefined)
    throw invalidArgument(["order"], `must be an integer from 1 to 10, got ${order}`);
  return index;
}

const RANDOM_INDEX: readonly (number | undefined)[] = [undefined, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** The largest consistency ratio Saaty accepts. */
const MAX_CONSISTENCY_RATIO = 0.1;

const judgement = z.union([
  z.number().positive().finite(),
  z
    .string()
    .regex(/^\d+(\/\d+)?$/, { message: 'must be a number or a fraction such as "1/3"' })
    .refine((text) => !/\/0+$/.test(text), { message: "must not divide by zero" }),
]);

/**
 * Schema of AHP pairwise comparisons: the criterion ids and the square matrix where `matrix[i][j]` says how much
 * more important criterion i is than j on Saaty's 1..9 scale (fractions such as `"1/3"` for the reverse). The
 * diagonal is 1 and the matrix must be reciprocal (`matrix[j][i] = 1 / matrix[i][j]`).
 *
 * @example
 * ```ts
 * ahpComparisonsSchema.parse({ criteria: ["quality", "price"], matrix: [[1, 3], ["1/3", 1]] });
 * ```
 */
export const ahpComparisonsSchema = z.object({
  criteria: z.array(z.string().min(1)).min(1).max(10),
  matrix: z.array(z.array(judgement)),
});

/**
 * Pairwise comparisons as accepted by {@link deriveAhpWeights}.
 *
 * @example
 * ```ts
 * const c: AhpComparisons = { criteria: ["quality", "price"], matrix: [[1, 3], ["1/3", 1]] };
 * ```
 */
export type AhpComparisons = z.input<typeof ahpComparisonsSchema>;

/**
 * Weights derived by AHP, with the consistency figures that justify them.
 *
 * @example
 * ```ts
 * const w: AhpWeights = { weights: { quality: 0.75, price: 0.25 }, lambdaMax: 2, consistencyIndex: 0, consistencyRatio: 0 };
 * ```
 */
export interface AhpWeights {
  /** Criterion id → weight; the weights add up to 1 (rounded to 6 decimals). Use them as scorecard weights. */
  readonly weights: Readonly<Record<string, number>>;
  /** The principal eigenvalue λmax. */
  readonly lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  readonly consistencyIndex: number;
  /** CR = CI / RI(n); 0 for n ≤ 2. */
  readonly consistencyRatio: number;
}

/**
 * The outcome when judgements are too inconsistent (CR above 0.10).
 *
 * @example
 * ```ts
 * if (!r.ok) r.error.consistencyRatio; // e.g. 0.31
 * ```
 */
export interface AhpInconsistent extends Failure<"AHP_INCONSISTENT"> {
  readonly consistencyRatio: number;
}

function toNumber(value: number | string): number {
  if (typeof value === "number") return value;
  const [top, bottom] = value.split("/");
  return bottom === undefined ? Number(top) : Number(top) / Number(bottom);
}

/**
 * Derives criterion weights from pairwise comparisons by the analytic hierarchy process: the principal eigenvector
 * of the comparison matrix (power iteration, normalised to sum 1), with λmax, CI = (λmax − n)/(n − 1) and
 * CR = CI / RI (Saaty's random index, {@link saatyRandomIndex}). A consistency ratio above 0.10 is refused: revise
 * the judgements. Floating point is enough here: the weights are judgements, and the scoring that uses them is
 * exact.
 *
 * @returns the weights, or `AHP_INCONSISTENT` with the ratio found
 * @throws `INVALID_ARGUMENT` for a matrix that is not square, reciprocal, with a unit diagonal and values 1/9..9
 * @example
 * ```ts
 * const r = deriveAhpWeights({
 *   criteria: ["quality", "delivery", "price"],
 *   matrix: [[1, 2, 4], ["1/2", 1, 2], ["1/4", "1/2", 1]],
 * });
 * if (r.ok) r.value.weights; // { quality: 0.571429, delivery: 0.285714, price: 0.142857 }
 * ```
 */
export function deriveAhpWeights(comparisons: AhpComparisons): Result<AhpWeights, AhpInconsistent> {
  const input = parseInput(ahpComparisonsSchema, comparisons, ["comparisons"]);
  const n = input.criteria.length;
  if (new Set(input.criteria).size !== n) throw invalidArgument(["comparisons", "criteria"], "must not repeat an id");
  if (input.matrix.length !== n)
    throw invalidArgument(["comparisons", "matrix"], `must have ${n} rows, one per criterion`);
  const a = input.matrix.map((row, i) => {
    if (row.length !== n) throw invalidArgument(["comparisons", "matrix", i], `must have ${n} columns`);
    return row.map((cell, j) => {
      const value = toNumber(cell);
      const path = ["comparisons", "matrix", i, j];
      if (i === j && value !== 1) throw invalidArgument(path, "the diagonal must be 1");
      if (value < 1 / 9 - 1e-9 || value > 9 + 1e-9) throw invalidArgument(path, "must be on Saaty's scale 1/9..9");
      return value;
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const product = (a[i]?.[j] as number) * (a[j]?.[i] as number);
      if (Math.abs(product - 1) > 1e-3)
        throw invalidArgument(["comparisons", "matrix", j, i], `must be the reciprocal of matrix[${i}][${j}]`);
    }
  }
  let w = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 1000; iteration++) {
    const next = a.map((row) => row.reduce((sum, value, j) => sum + value * (w[j] as number), 0));
    const total = next.reduce((sum, value) => sum + value, 0);
    const normalised = next.map((value) => value / total);
    const change = normalised.reduce((max, value, i) => Math.max(max, Math.abs(value - (w[i] as number))), 0);
    w = normalised;
    if (change < 1e-13) break;
  }
  const aw = a.map((row) => row.reduce((sum, value, j) => sum + value * (w[j] as number), 0));
  const lambdaMax = aw.reduce((sum, value, i) => sum + value / (w[i] as number), 0) / n;
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const consistencyRatio = n <= 2 ? 0 : consistencyIndex / saatyRandomIndex(n);
  if (consistencyRatio > MAX_CONSISTENCY_RATIO) {
    return err({
      code: "AHP_INCONSISTENT",
      message: `consistency ratio ${consistencyRatio.toFixed(3)} is above 0.10; revise the pairwise judgements`,
      consistencyRatio,
    });
  }
  const weights = Object.fromEntries(input.criteria.map((id, i) => [id, Math.round((w[i] as number) * 1e6) / 1e6]));
  return ok({ weights, lambdaMax, consistencyIndex, consistencyRatio });
}
