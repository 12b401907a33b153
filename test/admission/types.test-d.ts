import { describe, expectTypeOf, it } from "vitest";
import {
  advanceProposal,
  type BoardOutcome,
  computeUnitEconomics,
  createProposal,
  type ProposalContext,
  type ProposalState,
} from "../../src/admission/index.js";
import type { Money, Snapshot } from "../../src/core/index.js";

describe("admission types", () => {
  it("unit economics are Money, never numbers", () => {
    const r = computeUnitEconomics({
      price: { amount: "10", currency: "USD" },
      landedCost: { amount: "2", currency: "USD" },
      referralFee: { rate: "0.15" },
    });
    expectTypeOf(r.contributionMargin).toEqualTypeOf<Money>();
    expectTypeOf(r.breakEvenAdSpend).toEqualTypeOf<Money>();
    if (r.breakEvenPrice.ok) expectTypeOf(r.breakEvenPrice.value.price).toEqualTypeOf<Money>();
    else expectTypeOf(r.breakEvenPrice.error.code).toEqualTypeOf<"NO_BREAK_EVEN_PRICE">();
  });

  it("proposal events are checked at compile time", () => {
    const p = createProposal({
      proposalId: "NP-1",
      productId: "SKU-1",
      productName: "Lamp",
      category: "home-kitchen",
      markets: ["US"],
      board: { members: [{ id: "a" }], quorum: 1, rule: "majority" },
    });
    expectTypeOf(p).toEqualTypeOf<Snapshot<ProposalState, ProposalContext>>();
    // @ts-expect-error APPROVE needs a decision date
    advanceProposal(p, { type: "APPROVE" }, { at: new Date(), actor: "gm" });
    // @ts-expect-error unknown event type
    advanceProposal(p, { type: "LAUNCH" }, { at: new Date(), actor: "gm" });
    expectTypeOf<BoardOutcome>().toEqualTypeOf<"approve" | "reject" | "improve" | "no-quorum" | "no-majority">();
  });
});
