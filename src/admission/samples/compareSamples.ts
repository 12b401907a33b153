import { invalidArgument } from "../../core/index.js";
import type { SampleEvaluation } from "./sampleEvaluation.js";

/**
 * One row of a side-by-side sample comparison: a check and each supplier's result (absent when that supplier's
 * sample was not checked on it).
 *
 * @example
 * ```ts
 * const row: SampleComparisonRow = { aspect: "dimensions", name: "length", results: { "SUP-1": { passed: true, value: "98.2 mm" } } };
 * ```
 */
export interface SampleComparisonRow {
  readonly aspect: string;
  readonly name: string;
  readonly results: Readonly<Record<string, { readonly passed: boolean; readonly value?: string }>>;
}

/**
 * Samples from several suppliers side by side: one row per check (in first-seen order), one column per supplier,
 * and a summary per supplier ordered by fewest failures, then most checks passed, then supplier id.
 *
 * @example
 * ```ts
 * const comparison: SampleComparison = compareSamples([evaluationA, evaluationB]);
 * comparison.summary[0]?.supplierId; // the best sample
 * ```
 */
export interface SampleComparison {
  readonly suppliers: readonly string[];
  readonly rows: readonly SampleComparisonRow[];
  readonly summary: readonly {
    readonly supplierId: string;
    readonly passed: boolean;
    readonly passedChecks: number;
    readonly failedChecks: number;
  }[];
}

/**
 * Compares sample evaluations across suppliers, side by side (when a supplier sent several samples, pass only the
 * evaluation to compare).
 *
 * @throws `INVALID_ARGUMENT` for an empty list or two evaluations of the same supplier (path `["evaluations", i]`)
 * @example
 * ```ts
 * const c = compareSamples([evaluateSample(a), evaluateSample(b)]);
 * c.rows.map((r) => [r.name, r.results["SUP-1"]?.passed, r.results["SUP-2"]?.passed]);
 * ```
 */
export function compareSamples(evaluations: readonly SampleEvaluation[]): SampleComparison {
  if (!Array.isArray(evaluations) || evaluations.length === 0)
    throw invalidArgument(["evaluations"], "must be a non-empty list of evaluations from evaluateSample()");
  const suppliers: string[] = [];
  type Row = { aspect: string; name: string; results: Record<string, { passed: boolean; value?: string }> };
  const rows = new Map<string, Row>();
  evaluations.forEach((evaluation, i) => {
    if (!Array.isArray(evaluation?.checks))
      throw invalidArgument(["evaluations", i], "must come from evaluateSample()");
    if (suppliers.includes(evaluation.supplierId))
      throw invalidArgument(
        ["evaluations", i],
        `supplier "${evaluation.supplierId}" appears twice; pass one evaluation per supplier`,
      );
    suppliers.push(evaluation.supplierId);
    for (const check of evaluation.checks) {
      const key = `${check.aspect}\u0000${check.name}`;
      const row: Row = rows.get(key) ?? { aspect: check.aspect, name: check.name, results: {} };
      const value = check.kind === "measured" ? `${check.measured} ${check.unit}` : check.observation;
      row.results[evaluation.supplierId] =
        value === undefined ? { passed: check.passed } : { passed: check.passed, value };
      rows.set(key, row);
    }
  });
  const summary = evaluations
    .map((e: SampleEvaluation) => ({
      supplierId: e.supplierId,
      passed: e.passed,
      passedChecks: e.checks.filter((c) => c.passed).length,
      failedChecks: e.checks.filter((c) => !c.passed).length,
    }))
    .sort(
      (a, b) =>
        a.failedChecks - b.failedChecks || b.passedChecks - a.passedChecks || (a.supplierId < b.supplierId ? -1 : 1),
    );
  return { suppliers, rows: [...rows.values()], summary };
}
