import { tallyBoardVotes } from "../board/tallyBoardVotes.js";
import { complianceGapsOn } from "../compliance/complianceGapsOn.js";
import type { ProposalContext } from "./proposalTypes.js";

/**
 * One reason a proposal cannot be approved yet.
 *
 * @example
 * ```ts
 * const blocker: ApprovalBlocker = { code: "COMPLIANCE_GAPS", message: "2 compliance items missing or expired", items: ["battery-un38-3@US"] };
 * ```
 */
export interface ApprovalBlocker {
  readonly code: "NO_SUPPLIER_SELECTED" | "NO_COMPLIANCE_REVIEW" | "COMPLIANCE_GAPS" | "BOARD_NOT_APPROVED";
  readonly message: string;
  /** For compliance gaps: `requirementId@market (status)` of each gap. */
  readonly items?: readonly string[];
}

/**
 * Everything that stops a proposal from being approved on a decision date: no supplier selected, no compliance
 * review recorded, compliance gaps on that date (missing, expired, failed), or a board tally that is not an approval.
 * The proposal machine's `approvalClear` guard is exactly "this list is empty".
 *
 * @example
 * ```ts
 * approvalBlockers(snapshot.context, "2026-06-10").map((b) => b.code); // ["COMPLIANCE_GAPS"]
 * ```
 */
export function approvalBlockers(context: ProposalContext, decisionDate: string): ApprovalBlocker[] {
  const blockers: ApprovalBlocker[] = [];
  if (context.selectedSupplierId === undefined)
    blockers.push({ code: "NO_SUPPLIER_SELECTED", message: "no supplier has been selected" });
  if (context.compliance === undefined) {
    blockers.push({ code: "NO_COMPLIANCE_REVIEW", message: "no compliance review has been recorded" });
  } else {
    const gaps = complianceGapsOn(context.compliance, decisionDate);
    if (gaps.length > 0)
      blockers.push({
        code: "COMPLIANCE_GAPS",
        message: `${gaps.length} compliance item(s) missing, expired or failed on ${decisionDate}`,
        items: gaps.map((gap) => `${gap.requirementId}@${gap.market} (${gap.status})`),
      });
  }
  const tally = tallyBoardVotes(context.board, context.votes);
  if (tally.outcome !== "approve")
    blockers.push({ code: "BOARD_NOT_APPROVED", message: `the board's tally is "${tally.outcome}"` });
  return blockers;
}
