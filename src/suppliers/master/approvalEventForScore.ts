import { invalidArgument } from "../../core/index.js";
import type { SupplierScore } from "../scoring/scoreSupplier.js";
import type { SupplierApprovalEvent } from "./supplierApprovalMachine.js";

/**
 * The approval-machine event a score calls for under the default grade actions: `corrective-action` →
 * `REQUIRE_CORRECTIVE_ACTION` (due on the score's `actionDeadline`), `suspend-and-review` → `SUSPEND`; `preferred`
 * and `approved` call for none (`undefined`). Custom actions also return `undefined`: map them yourself.
 *
 * @throws `INVALID_ARGUMENT` when the action is `corrective-action` but the score has no `actionDeadline` (score with
 *   `options.asOf`)
 * @example
 * ```ts
 * const score = scoreSupplier(supplierPerformanceScorecard(), measurements, { asOf: "2026-04-01" });
 * approvalEventForScore(score); // { type: "REQUIRE_CORRECTIVE_ACTION", dueOn: "2026-05-01", reason: "supplier-performance 71.46 (C)" }
 * ```
 */
export function approvalEventForScore(score: SupplierScore): SupplierApprovalEvent | undefined {
  const reason = `${score.scorecardId} ${score.total.toFixed(2)} (${score.grade})`;
  if (score.action === "corrective-action") {
    if (score.actionDeadline === undefined)
      throw invalidArgument(["score", "actionDeadline"], "is missing; score with options.asOf to get a deadline");
    return { type: "REQUIRE_CORRECTIVE_ACTION", dueOn: score.actionDeadline, reason };
  }
  if (score.action === "suspend-and-review") return { type: "SUSPEND", reason };
  return undefined;
}
