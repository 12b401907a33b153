/*
 * Probability mass functions in log space, stable for samples of thousands of units: every term is built from
 * log-factorials and summed with the log-sum-exp trick, so nothing under- or overflows before the final exp.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * The natural log of the gamma function for x > 0 (Lanczos approximation, g = 7; relative error below 1e-14).
 *
 * @example
 * ```ts
 * logGamma(5); // ≈ Math.log(24)
 * ```
 */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * log(n!) for a non-negative integer n.
 *
 * @example
 * ```ts
 * logFactorial(3); // ≈ Math.log(6)
 * ```
 */
function logFactorial(n: number): number {
  if (n < 2) return 0;
  if (n < TABLE_LIMIT) {
    if (n >= factorialTable.length) growFactorialTable(n);
    return factorialTable[n] as number;
  }
  return logGamma(n + 1);
}

const TABLE_LIMIT = 1 << 17;
let factorialTable = new Float64Array([0, 0]);

/** Extends the memo of log(k!) = logGamma(k + 1) up to at least n; a pure cache, filled on demand. */
function growFactorialTable(n: number): void {
  const size = Math.min(TABLE_LIMIT, Math.max(n + 1, factorialTable.length * 2, 1024));
  const next = new Float64Array(size);
  next.set(factorialTable);
  for (let k = factorialTable.length; k < size; k++) next[k] = logGamma(k + 1);
  factorialTable = next;
}

/**
 * log of the binomial coefficient C(n, k).
 *
 * @example
 * ```ts
 * Math.exp(logChoose(5, 2)); // ≈ 10
 * ```
 */
function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * The three models of the number of nonconforming units in a sample.
 *
 * @example
 * ```ts
 * const model: CountModel = { kind: "binomial", p: 0.01 };
 * ```
 */
export type CountModel =
  | { readonly kind: "binomial"; readonly p: number }
  | { readonly kind: "poisson"; readonly p: number }
  | { readonly kind: "hypergeometric"; readonly defectives: number; readonly lotSize: number };

/**
 * log P(X = k) for a sample of n units under a model (−Infinity where the probability is 0).
 *
 * @example
 * ```ts
 * Math.exp(logProbabilityOfCount({ kind: "binomial", p: 0.5 }, 2, 1)); // 0.5
 * ```
 */
export function logProbabilityOfCount(model: CountModel, n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  switch (model.kind) {
    case "binomial": {
      const { p } = model;
      if (p <= 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
      if (p >= 1) return k === n ? 0 : Number.NEGATIVE_INFINITY;
      return logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
    }
    case "poisson": {
      const lambda = n * model.p;
      if (lambda <= 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
      return -lambda + k * Math.log(lambda) - logFactorial(k);
    }
    case "hypergeometric": {
      const { defectives: d, lotSize: lot } = model;
      if (k > d || n - k > lot - d) return Number.NEGATIVE_INFINITY;
      return logChoose(d, k) + logChoose(lot - d, n - k) - logChoose(lot, n);
    }
  }
}

/**
 * P(X ≤ c) for a sample of n units, summed in log space and clamped to [0, 1].
 *
 * @example
 * ```ts
 * cumulativeProbability({ kind: "poisson", p: 0.01 }, 100, 0); // ≈ e^-1
 * ```
 */
export function cumulativeProbability(model: CountModel, n: number, c: number): number {
  if (c < 0) return 0;
  if (model.kind !== "poisson" && c >= n) return 1;
  let max = Number.NEGATIVE_INFINITY;
  const logs: number[] = [];
  for (let k = 0; k <= c; k++) {
    const value = logProbabilityOfCount(model, n, k);
    logs.push(value);
    if (value > max) max = value;
  }
  if (max === Number.NEGATIVE_INFINITY) return 0;
  let sum = 0;
  for (const value of logs) sum += Math.exp(value - max);
  const result = Math.exp(max + Math.log(sum));
  return Math.min(1, Math.max(0, result));
}
