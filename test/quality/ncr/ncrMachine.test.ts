import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, money, toMermaid } from "../../../src/core/index.js";
import {
  applyNcrEvent,
  type NcrSnapshot,
  ncrMachine,
  openNcr,
  parseQualityEvents,
} from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const input = {
  id: "NCR-000001",
  source: { kind: "inspection" as const, inspectionId: "IQC-000001" },
  lot: { lotId: "LOT-1", sku: "LAMP-01", supplierId: "SUP-7" },
  quantity: 1200,
  description: "6 major nonconforming units in 80",
  raisedBy: "qc.zhang",
  raisedAt: "2026-09-30T11:35:00+08:00",
};

type NcrInputEvent = Parameters<typeof applyNcrEvent>[1];
function apply(snap: NcrSnapshot, ...events: NcrInputEvent[]) {
  let current = snap;
  const effects: { type: string; [k: string]: unknown }[] = [];
  for (const event of events) {
    const r = applyNcrEvent(current, event);
    if (!r.ok) throw new Error(r.error.message);
    current = r.value.snapshot;
    effects.push(...r.value.effects);
  }
  return { snapshot: current, effects };
}

const sortAll: NcrInputEvent = {
  type: "PROPOSE_DISPOSITION",
  by: "sqe.chen",
  lines: [{ action: "sort", quantity: 1200 }],
};
const sortResult: NcrInputEvent = {
  type: "RECORD_SORT_RESULT",
  line: 0,
  passed: 1128,
  failed: 72,
  followUp: [
    { action: "return-to-supplier", quantity: 50 },
    { action: "rework", quantity: 12 },
    { action: "concession", quantity: 6 },
    { action: "scrap", quantity: 4 },
  ],
};

describe("ncrMachine", () => {
  it("is well formed and draws", () => {
    assertMachineWellFormed(ncrMachine);
    expect(toMermaid(ncrMachine)).toContain(
      "awaitingApproval --> inExecution : APPROVE_CONCESSION [approverIsNotProposer]",
    );
  });

  it("sort, follow-up dispositions, concession approval, close", () => {
    const sorted = apply(openNcr(input), sortAll, sortResult).snapshot;
    expect(sorted.state).toBe("awaitingApproval");
    expect(sorted.context.dispositions.map((l) => l.from)).toEqual([undefined, 0, 0, 0, 0]);
    const closed = apply(
      sorted,
      { type: "APPROVE_CONCESSION", approver: "qa.manager.wang" },
      { type: "CLOSE", at: "2026-10-09T08:00:00Z" },
    );
    expect(closed.snapshot.state).toBe("closed");
    expect(closed.snapshot.context.dispositions[3]).toEqual({
      action: "concession",
      quantity: 6,
      from: 0,
      approvedBy: "qa.manager.wang",
    });
    expect(closed.snapshot.context.closedAt).toBe("2026-10-09T08:00:00.000Z");
  });

  it("a concession cannot be approved by the person who proposed it", () => {
    const waiting = apply(openNcr(input), {
      type: "PROPOSE_DISPOSITION",
      by: "sqe.chen",
      lines: [
        { action: "concession", quantity: 1000 },
        { action: "return-to-supplier", quantity: 200 },
      ],
    }).snapshot;
    expect(waiting.state).toBe("awaitingApproval");
    const selfApproved = apply(openNcr(input), {
      type: "PROPOSE_DISPOSITION",
      by: "sqe.chen",
      lines: [{ action: "concession", quantity: 1200, approvedBy: "sqe.chen" } as never],
    }).snapshot;
    expect(selfApproved.state).toBe("awaitingApproval");
    const r = applyNcrEvent(waiting, { type: "APPROVE_CONCESSION", approver: "sqe.chen" });
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      blockedBy: ["approverIsNotProposer"],
    });
    const rejected = apply(waiting, {
      type: "REJECT_CONCESSION",
      approver: "qa.manager.wang",
      reason: "safety risk",
    }).snapshot;
    expect(rejected.state).toBe("open");
    expect(rejected.context.dispositions).toEqual([]);
  });

  it("refuses dispositions that do not add up to the lot", () => {
    const r = applyNcrEvent(openNcr(input), {
      type: "PROPOSE_DISPOSITION",
      by: "sqe.chen",
      lines: [{ action: "return-to-supplier", quantity: 1199 }],
    });
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "DISPOSITION_QUANTITY_MISMATCH",
      expected: 1200,
      actual: 1199,
    });
    const inSort = apply(openNcr(input), sortAll).snapshot;
    const short = applyNcrEvent(inSort, {
      ...sortResult,
      followUp: [{ action: "scrap", quantity: 70 }],
    } as NcrInputEvent);
    expect(short.ok ? undefined : short.error).toMatchObject({
      code: "DISPOSITION_QUANTITY_MISMATCH",
      path: ["lines", 0, "result", "failed"],
      expected: 72,
      actual: 70,
    });
  });

  it("cannot close while a sort has no result", () => {
    const inSort = apply(openNcr(input), sortAll).snapshot;
    const r = applyNcrEvent(inSort, { type: "CLOSE", at: "2026-10-09T08:00:00Z" });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: "ILLEGAL_TRANSITION", blockedBy: ["everyUnitDisposed"] });
  });

  it("opens and answers a supplier claim, emitting quality events", () => {
    const { snapshot, effects } = apply(
      openNcr(input),
      {
        type: "OPEN_CLAIM",
        claimId: "CLM-1",
        at: "2026-09-30T15:00:00+08:00",
        reason: "IQC rejection",
        amount: money("420.00", "USD"),
      },
      {
        type: "RECORD_CLAIM_ANSWER",
        at: "2026-10-09T10:00:00+08:00",
        answer: "partially-accepted",
        note: "accepts 40 of 50",
      },
    );
    expect(snapshot.state).toBe("open");
    expect(snapshot.context.claim).toMatchObject({
      claimId: "CLM-1",
      answer: "partially-accepted",
      answeredAt: "2026-10-09T02:00:00.000Z",
    });
    const events = parseQualityEvents(JSON.parse(JSON.stringify(effects.flatMap((e) => e.events as unknown[]))));
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ["CLM-1:opened", "claim-opened"],
      ["CLM-1:answered", "claim-answered"],
    ]);
    expect(events[0]).toMatchObject({ supplierId: "SUP-7", ncrId: "NCR-000001", quantity: 1200 });
    const opened = events[0];
    if (opened?.type === "claim-opened") expect(opened.amount?.amount.toFixed(2)).toBe("420.00");
    const twice = applyNcrEvent(snapshot, {
      type: "OPEN_CLAIM",
      claimId: "CLM-2",
      at: "2026-10-10T00:00:00Z",
      reason: "again",
    });
    expect(twice.ok ? undefined : twice.error).toMatchObject({ blockedBy: ["claimCanOpen"] });
  });

  it("no claim without a supplier", () => {
    const own = openNcr({ ...input, lot: { lotId: "RUN-1", sku: "LAMP-01" } });
    const r = applyNcrEvent(own, { type: "OPEN_CLAIM", claimId: "CLM-1", at: "2026-09-30T15:00:00Z", reason: "x" });
    expect(r.ok).toBe(false);
  });

  it("refuses bad input with paths", () => {
    expectInvalid(() => openNcr({ ...input, quantity: 0 }), ["input", "quantity"]);
    expectInvalid(() => openNcr({ ...input, raisedAt: "soon" }), ["input", "raisedAt"]);
    const inSort = apply(openNcr(input), sortAll).snapshot;
    expectInvalid(() => applyNcrEvent(inSort, { ...sortResult, line: 3 } as NcrInputEvent), ["event", "line"]);
    expectInvalid(
      () => applyNcrEvent(inSort, { ...sortResult, passed: Number.NaN } as NcrInputEvent),
      ["event", "passed"],
    );
    expectInvalid(() => applyNcrEvent(inSort, { type: "PROPOSE_DISPOSITION", by: "x", lines: [] }), ["event", "lines"]);
    expectInvalid(
      () => applyNcrEvent({ ...inSort, machine: "quality.capa" }, { type: "CANCEL", reason: "x" }),
      ["snapshot", "machine"],
    );
  });

  it("cancels only while open", () => {
    expect(apply(openNcr(input), { type: "CANCEL", reason: "raised in error" }).snapshot.state).toBe("cancelled");
    const r = applyNcrEvent(apply(openNcr(input), sortAll).snapshot, { type: "CANCEL", reason: "x" });
    expect(r.ok).toBe(false);
  });
});
