import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BoardVote, tallyBoardVotes } from "../../../src/admission/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const members = ["buyer", "marketing", "quality", "legal", "finance"].map((id) => ({ id }));
const majority = { members, quorum: 3, rule: "majority" as const };
const unanimous = { ...majority, rule: "unanimous" as const };
const v = (memberId: string, vote: BoardVote["vote"], conditions?: string[]): BoardVote =>
  conditions ? { memberId, vote, conditions } : { memberId, vote };

describe("tallyBoardVotes", () => {
  it("needs the quorum, abstentions included", () => {
    const t = tallyBoardVotes(majority, [v("buyer", "approve"), v("quality", "abstain")]);
    expect(t.outcome).toBe("no-quorum");
    expect(
      tallyBoardVotes(majority, [v("buyer", "approve"), v("quality", "abstain"), v("legal", "abstain")]).outcome,
    ).toBe("approve");
  });
  it("majority: more than half of the decisive votes", () => {
    expect(
      tallyBoardVotes(majority, [v("buyer", "approve"), v("quality", "approve"), v("legal", "reject")]).outcome,
    ).toBe("approve");
    expect(
      tallyBoardVotes(majority, [v("buyer", "approve"), v("quality", "reject"), v("legal", "improve")]).outcome,
    ).toBe("no-majority");
    expect(
      tallyBoardVotes(majority, [
        v("buyer", "approve"),
        v("quality", "reject"),
        v("legal", "abstain"),
        v("finance", "reject"),
      ]).outcome,
    ).toBe("reject");
    expect(
      tallyBoardVotes(majority, [v("buyer", "abstain"), v("quality", "abstain"), v("legal", "abstain")]).outcome,
    ).toBe("no-majority");
  });
  it("unanimous: one dissent sends back, a majority to reject rejects", () => {
    expect(
      tallyBoardVotes(unanimous, [v("buyer", "approve"), v("quality", "approve"), v("legal", "abstain")]).outcome,
    ).toBe("approve");
    expect(
      tallyBoardVotes(unanimous, [v("buyer", "approve"), v("quality", "approve"), v("legal", "reject")]).outcome,
    ).toBe("improve");
    expect(
      tallyBoardVotes(unanimous, [v("buyer", "approve"), v("quality", "reject"), v("legal", "reject")]).outcome,
    ).toBe("reject");
  });
  it("counts a member's latest vote and gathers approval conditions", () => {
    const t = tallyBoardVotes(majority, [
      v("buyer", "reject"),
      v("quality", "approve", ["approve once the UN38.3 report is in"]),
      v("legal", "approve", ["approve once the UN38.3 report is in", "trademark filed in the US"]),
      v("buyer", "approve"),
    ]);
    expect(t.counts).toEqual({ approve: 3, reject: 0, improve: 0, abstain: 0 });
    expect(t.voted).toBe(3);
    expect(t.conditions).toEqual(["approve once the UN38.3 report is in", "trademark filed in the US"]);
    expect(t.votes.map((x) => x.memberId)).toEqual(["quality", "legal", "buyer"]);
  });
  it("unanimous approval implies majority approval", () => {
    const vote = fc.constantFrom<BoardVote["vote"]>("approve", "reject", "improve", "abstain");
    fc.assert(
      fc.property(fc.array(vote, { minLength: 5, maxLength: 5 }), (choices) => {
        const votes = choices.map((choice, i) => v(members[i]?.id ?? "", choice));
        if (tallyBoardVotes(unanimous, votes).outcome === "approve")
          expect(tallyBoardVotes(majority, votes).outcome).toBe("approve");
      }),
      { numRuns: 200 },
    );
  });
  it("refuses votes from outside the board and a malformed board", () => {
    expectOpsError(() => tallyBoardVotes(majority, [v("intern", "approve")]), "INVALID_ARGUMENT", [
      "votes",
      0,
      "memberId",
    ]);
    expectOpsError(
      () => tallyBoardVotes({ members: [{ id: "a" }, { id: "a" }], quorum: 1, rule: "majority" }, []),
      "INVALID_ARGUMENT",
      ["board", "members", 1, "id"],
    );
  });
});
