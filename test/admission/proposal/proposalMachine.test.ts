import { describe, expect, it } from "vitest";
import {
  advanceProposal,
  approvalBlockers,
  canIssuePurchaseOrder,
  createProposal,
  productQualityPlanSchema,
  proposalMachine,
  purchaseOrderBlockers,
} from "../../../src/admission/index.js";
import { assertMachineWellFormed, availableEvents } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";
import { atBoard, complianceReview, meta, newProposal, research, steps } from "./fixtures.js";

const votes = (approve: string[], other: "reject" | "improve" = "reject") =>
  ["buyer.li", "mkt.chen", "qa.zhang"].map((memberId) => ({
    type: "VOTE" as const,
    vote: approve.includes(memberId)
      ? {
          memberId,
          vote: "approve" as const,
          conditions: memberId === "qa.zhang" ? ["100% function test on the first lot"] : [],
        }
      : { memberId, vote: other, comment: "not convinced" },
  }));

describe("proposalMachine", () => {
  it("is well formed", () => {
    expect(() => assertMachineWellFormed(proposalMachine)).not.toThrow();
  });

  it("takes a product from draft to approval, recording who, when and why at each step", () => {
    const board = steps(atBoard(), votes(["buyer.li", "mkt.chen", "qa.zhang"]));
    const r = advanceProposal(
      board,
      { type: "APPROVE", decidedOn: "2026-06-10", conditions: ["re-test after any battery change"] },
      meta("gm.zhou", "all criteria met"),
    );
    if (!r.ok) throw new Error(r.error.message);
    const { snapshot, effects } = r.value;
    expect(snapshot.state).toBe("approved");
    expect(snapshot.context.conditions).toEqual([
      "100% function test on the first lot",
      "re-test after any battery change",
    ]);
    expect(snapshot.history.map((h) => h.to)).toEqual([
      "researching",
      "researching",
      "sourcing",
      "sourcing",
      "sampling",
      "sampling",
      "sampling",
      "complianceReview",
      "complianceReview",
      "atReviewBoard",
      "atReviewBoard",
      "atReviewBoard",
      "atReviewBoard",
      "approved",
    ]);
    const last = snapshot.history.at(-1);
    expect(last).toMatchObject({ event: "APPROVE", actor: "gm.zhou", reason: "all criteria met" });
    expect(last?.at).toMatch(/^2026-05-04T02:\d\d:00\.000Z$/);
    expect(effects[0]).toEqual({
      type: "proposal-approved",
      proposalId: "NP-2026-014",
      productId: "PB-10K-MAG",
      supplierId: "SUP-SZ-001",
    });
    const plan = productQualityPlanSchema.parse(effects[1]?.plan);
    expect(plan).toEqual({
      productId: "PB-10K-MAG",
      supplierId: "SUP-SZ-001",
      approvedOn: "2026-06-10",
      level: "II",
      aql: { critical: "0", major: "2.5", minor: "4.0" },
      conditions: ["100% function test on the first lot", "re-test after any battery change"],
    });
    expect(canIssuePurchaseOrder(snapshot, { supplierId: "SUP-SZ-001", status: "approved" })).toBe(true);
    expect(purchaseOrderBlockers(snapshot, { supplierId: "SUP-DG-007", status: "approved" })).toEqual([
      "SUPPLIER_NOT_ADMITTED_FOR_PRODUCT",
    ]);
    expect(purchaseOrderBlockers(snapshot, { supplierId: "SUP-SZ-001", status: "suspended" })).toEqual([
      "SUPPLIER_NOT_APPROVED",
    ]);
    expect(purchaseOrderBlockers(board, { supplierId: "SUP-SZ-001", status: "approved" })).toEqual([
      "PRODUCT_NOT_APPROVED",
    ]);
  });

  it("blocks approval while a required compliance item is missing, and allows it once provided", () => {
    const board = steps(atBoard("battery-un38-3"), votes(["buyer.li", "mkt.chen", "qa.zhang"]));
    const refused = advanceProposal(board, { type: "APPROVE", decidedOn: "2026-06-10" }, meta("gm.zhou"));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.blockedBy).toEqual(["approvalClear"]);
    expect(approvalBlockers(board.context, "2026-06-10")).toEqual([
      {
        code: "COMPLIANCE_GAPS",
        message: "1 compliance item(s) missing, expired or failed on 2026-06-10",
        items: ["battery-un38-3@US (missing)"],
      },
    ]);
    const fixed = steps(board, [{ type: "RECORD_COMPLIANCE", review: complianceReview() }]);
    expect(fixed.state).toBe("atReviewBoard");
    expect(advanceProposal(fixed, { type: "APPROVE", decidedOn: "2026-06-10" }, meta("gm.zhou")).ok).toBe(true);
  });

  it("blocks approval when evidence has expired by the decision date", () => {
    const board = steps(atBoard(), votes(["buyer.li", "mkt.chen", "qa.zhang"]));
    // IP searches and the MSDS issued 2026-05-01 are valid 12 months, through 2027-04-30
    expect(advanceProposal(board, { type: "APPROVE", decidedOn: "2027-04-30" }, meta("gm.zhou")).ok).toBe(true);
    expect(advanceProposal(board, { type: "APPROVE", decidedOn: "2027-05-01" }, meta("gm.zhou")).ok).toBe(false);
    expect(approvalBlockers(board.context, "2027-05-01")[0]?.items).toEqual([
      "ip-trademark-search@US (expired)",
      "ip-patent-search@US (expired)",
      "ip-design-search@US (expired)",
      "battery-msds@US (expired)",
    ]);
  });

  it("needs the board's approval: a split board cannot approve but can send back with what must change", () => {
    const board = steps(atBoard(), votes(["buyer.li"], "improve"));
    expect(approvalBlockers(board.context, "2026-06-10").map((b) => b.code)).toEqual(["BOARD_NOT_APPROVED"]);
    expect(advanceProposal(board, { type: "REJECT", decidedOn: "2026-06-10" }, meta("gm.zhou", "no")).ok).toBe(false);
    const sentBack = steps(board, [
      [
        { type: "SEND_BACK", changes: [{ id: "C1", description: "Find a second supplier", stage: "sourcing" }] },
        "price too high",
      ],
    ]);
    expect(sentBack.state).toBe("sentBack");
    expect(sentBack.context.requiredChanges).toHaveLength(1);
    const unanswered = advanceProposal(
      sentBack,
      { type: "RESUBMIT", resumeAt: "sourcing", responses: [] },
      meta("pm.wang"),
    );
    expect(unanswered.ok).toBe(false);
    const resumed = steps(sentBack, [
      { type: "RESUBMIT", resumeAt: "sourcing", responses: [{ changeId: "C1", response: "SUP-NB-003 quoted" }] },
    ]);
    expect(resumed.state).toBe("sourcing");
    expect(resumed.context.round).toBe(2);
    expect(resumed.context.votes).toEqual([]);
  });

  it("rejects on a majority to reject", () => {
    const board = steps(atBoard(), votes(["buyer.li"], "reject"));
    const r = advanceProposal(board, { type: "REJECT", decidedOn: "2026-06-10" }, meta("gm.zhou", "market saturated"));
    expect(r.ok && r.value.snapshot.state).toBe("rejected");
  });

  it("refuses steps out of order and guards the workflow", () => {
    const drafted = newProposal();
    expect(availableEvents(proposalMachine, drafted)).toEqual(["START_RESEARCH", "WITHDRAW"]);
    const researching = steps(drafted, [{ type: "START_RESEARCH" }]);
    const early = advanceProposal(researching, { type: "START_SOURCING" }, meta("pm.wang"));
    expect(!early.ok && early.error.blockedBy).toEqual(["researchRecorded"]);
    const sampling = steps(researching, [
      { type: "RECORD_RESEARCH", research },
      { type: "START_SOURCING" },
      { type: "SHORTLIST", supplierIds: ["SUP-1"] },
      { type: "REQUEST_SAMPLES" },
    ]);
    expect(
      advanceProposal(sampling, { type: "RECORD_SAMPLE_RESULT", supplierId: "SUP-9", passed: true }, meta("qa")).ok,
    ).toBe(false);
    expect(advanceProposal(sampling, { type: "SELECT_SUPPLIER", supplierId: "SUP-1" }, meta("pm")).ok).toBe(false);
    const board = atBoard();
    const outsider = advanceProposal(
      board,
      { type: "VOTE", vote: { memberId: "intern", vote: "approve" } },
      meta("intern"),
    );
    expect(!outsider.ok && outsider.error.blockedBy).toEqual(["isBoardMember"]);
    const withdrawn = steps(board, [[{ type: "WITHDRAW" }, "supplier went bankrupt"]]);
    expect(withdrawn.state).toBe("withdrawn");
  });

  it("refuses bad input", () => {
    const p = newProposal();
    expectOpsError(() => advanceProposal(p, { type: "START_RESEARCH" }, { at: new Date() }), "INVALID_ARGUMENT", [
      "meta",
      "actor",
    ]);
    expectOpsError(() => advanceProposal(p, { type: "WITHDRAW" }, meta("pm.wang")), "INVALID_ARGUMENT", [
      "meta",
      "reason",
    ]);
    expectOpsError(
      () => advanceProposal(p, { type: "APPROVE", decidedOn: "10/06/2026" }, meta("pm.wang")),
      "INVALID_ARGUMENT",
      ["event", "decidedOn"],
    );
    expectOpsError(
      () =>
        createProposal({
          proposalId: "NP-1",
          productId: "SKU",
          productName: "Lamp",
          category: "home",
          markets: ["US"],
          board: { members: [{ id: "a" }], quorum: 2, rule: "majority" },
        }),
      "INVALID_ARGUMENT",
      ["input", "board", "quorum"],
    );
  });
});
