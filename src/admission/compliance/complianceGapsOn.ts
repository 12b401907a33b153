import { localDateSchema, parseInput } from "../../core/index.js";
import type { ComplianceReview, ComplianceReviewItem } from "./reviewCompliance.js";

/**
 * What in a stored compliance review still blocks approval on a later decision date: every item that was not
 * provided, plus every provided item whose evidence has expired by then (valid through `expiresOn`). An empty list
 * means the review is clear on that date.
 *
 * @param review - a review from {@link reviewCompliance}
 * @param decisionDate - the decision date, `YYYY-MM-DD`
 * @throws `INVALID_ARGUMENT` for a malformed date (path `["decisionDate"]`)
 * @example
 * ```ts
 * complianceGapsOn(review, "2027-04-01"); // a test report that expired on 2027-03-01 now shows as "expired"
 * ```
 */
export function complianceGapsOn(review: ComplianceReview, decisionDate: string): ComplianceReviewItem[] {
  const on = parseInput(localDateSchema, decisionDate, ["decisionDate"]);
  const gaps: ComplianceReviewItem[] = [];
  for (const item of review.required) {
    if (item.status !== "provided") gaps.push(item);
    else if (item.evidence?.expiresOn !== undefined && item.evidence.expiresOn < on)
      gaps.push({ ...item, status: "expired" });
  }
  return gaps;
}
