import * as z from "zod";
import { initialSnapshot, parseInput, type Snapshot } from "../../core/index.js";
import { reviewBoardSchema } from "../board/reviewBoard.js";
import { marketCodeSchema, nonEmptySchema } from "../shared/schemas.js";
import { DEFAULT_ADMISSION_QUALITY_REQUIREMENTS, qualityRequirementsSchema } from "../tieins/qualityPlan.js";
import { proposalMachine } from "./proposalMachine.js";
import type { ProposalContext, ProposalState } from "./proposalTypes.js";

/**
 * What a new admission proposal needs: ids, the product's name and category, its target markets, the review board
 * that will decide, and the inspection requirements it will be admitted with (level II, AQL 0 / 2.5 / 4.0 unless
 * given).
 *
 * @example
 * ```ts
 * const input = newProposalSchema.parse({
 *   proposalId: "NP-2026-014", productId: "PB-10K-MAG", productName: "10,000 mAh magnetic power bank",
 *   category: "electronics", markets: ["US"],
 *   board: { members: [{ id: "buyer.li" }, { id: "qa.zhang" }], quorum: 2, rule: "unanimous" },
 * });
 * ```
 */
export const newProposalSchema = z.object({
  proposalId: nonEmptySchema,
  productId: nonEmptySchema,
  productName: nonEmptySchema,
  category: nonEmptySchema,
  markets: z.array(marketCodeSchema).min(1, { message: "must name at least one target market" }),
  board: reviewBoardSchema,
  qualityRequirements: qualityRequirementsSchema.optional(),
});

/**
 * A new proposal as accepted.
 *
 * @example
 * ```ts
 * const input: NewProposal = { proposalId: "NP-1", productId: "SKU-1", productName: "Desk lamp", category: "home-kitchen",
 *   markets: ["US"], board: { members: [{ id: "buyer.li" }], quorum: 1, rule: "majority" } };
 * ```
 */
export type NewProposal = z.input<typeof newProposalSchema>;

/**
 * Starts an admission proposal: the initial snapshot of {@link proposalMachine}, in state `drafted`.
 *
 * @throws `INVALID_ARGUMENT` for a malformed input (path `["input", ...]`)
 * @example
 * ```ts
 * const proposal = createProposal({ proposalId: "NP-1", productId: "SKU-1", productName: "Desk lamp",
 *   category: "home-kitchen", markets: ["US"], board: { members: [{ id: "buyer.li" }], quorum: 1, rule: "majority" } });
 * proposal.state; // "drafted"
 * ```
 */
export function createProposal(input: NewProposal): Snapshot<ProposalState, ProposalContext> {
  const parsed = parseInput(newProposalSchema, input, ["input"]);
  return initialSnapshot(proposalMachine, {
    proposalId: parsed.proposalId,
    productId: parsed.productId,
    productName: parsed.productName,
    category: parsed.category,
    markets: parsed.markets,
    board: parsed.board,
    qualityRequirements: parsed.qualityRequirements ?? DEFAULT_ADMISSION_QUALITY_REQUIREMENTS,
    round: 1,
    shortlist: [],
    sampleResults: [],
    votes: [],
    requiredChanges: [],
    changeResponses: [],
    conditions: [],
  });
}
