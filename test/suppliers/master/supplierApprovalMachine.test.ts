import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, initialSnapshot, replay, toMermaid, transition } from "../../../src/core/index.js";
import {
  approvalEventForScore,
  scoreSupplier,
  supplierApprovalMachine,
  supplierPerformanceScorecard,
} from "../../../src/suppliers/index.js";

describe("supplierApprovalMachine", () => {
  it("is well formed", () => {
    expect(() => assertMachineWellFormed(supplierApprovalMachine)).not.toThrow();
    expect(toMermaid(supplierApprovalMachine)).toContain("approved --> conditional : REQUIRE_CORRECTIVE_ACTION");
  });

  it("goes through corrective action and back to approved", () => {
    const r = replay(supplierApprovalMachine, { supplierId: "SUP-1" }, [
      { event: { type: "START_EVALUATION" } },
      { event: { type: "APPROVE" } },
      { event: { type: "REQUIRE_CORRECTIVE_ACTION", dueOn: "2026-05-01", reason: "score 71.46 (C)" } },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.snapshot.state).toBe("conditional");
    expect(r.value.snapshot.context).toEqual({ supplierId: "SUP-1", correctiveActionDueOn: "2026-05-01" });
    expect(r.value.effects.at(-1)).toEqual({
      type: "request-corrective-action",
      supplierId: "SUP-1",
      dueOn: "2026-05-01",
    });
    const back = transition(supplierApprovalMachine, r.value.snapshot, { type: "CORRECTIVE_ACTION_VERIFIED" });
    expect(back.ok && back.value.snapshot.state).toBe("approved");
    expect(back.ok && back.value.snapshot.context).toEqual({ supplierId: "SUP-1" });
  });

  it("refuses to approve a candidate that was never evaluated, and anything after termination", () => {
    const start = initialSnapshot(supplierApprovalMachine, { supplierId: "SUP-1" });
    const r = transition(supplierApprovalMachine, start, { type: "APPROVE" });
    expect(!r.ok && r.error.code).toBe("ILLEGAL_TRANSITION");
    const ended = replay(supplierApprovalMachine, { supplierId: "SUP-1" }, [
      { event: { type: "START_EVALUATION" } },
      { event: { type: "REJECT" } },
    ]);
    if (!ended.ok) throw new Error("expected ok");
    expect(ended.value.snapshot.state).toBe("terminated");
    expect(transition(supplierApprovalMachine, ended.value.snapshot, { type: "REEVALUATE" }).ok).toBe(false);
  });

  it("suspends and asks the host to hold open orders", () => {
    const r = replay(supplierApprovalMachine, { supplierId: "SUP-9" }, [
      { event: { type: "START_EVALUATION" } },
      { event: { type: "APPROVE" } },
      { event: { type: "SUSPEND", reason: "score 52 (D)" } },
    ]);
    expect(r.ok && r.value.snapshot.state).toBe("suspended");
    expect(r.ok && r.value.effects.at(-1)).toEqual({ type: "hold-open-purchase-orders", supplierId: "SUP-9" });
  });
});

describe("approvalEventForScore", () => {
  const measurements = { onTime: 93.5, qualityPassRate: "98.2", priceIndex: 101, responseHours: 20, cooperation: 4 };

  it("asks for corrective action by the score's deadline, and the machine accepts it", () => {
    const score = scoreSupplier(supplierPerformanceScorecard(), measurements, { asOf: "2026-04-01" });
    const event = approvalEventForScore(score);
    expect(event).toEqual({
      type: "REQUIRE_CORRECTIVE_ACTION",
      dueOn: "2026-05-01",
      reason: "supplier-performance 71.46 (C)",
    });
    const approved = replay(supplierApprovalMachine, { supplierId: "SUP-1" }, [
      { event: { type: "START_EVALUATION" } },
      { event: { type: "APPROVE" } },
    ]);
    if (!approved.ok || !event) throw new Error("expected ok");
    const next = transition(supplierApprovalMachine, approved.value.snapshot, event);
    expect(next.ok && next.value.snapshot.context.correctiveActionDueOn).toBe("2026-05-01");
  });

  it("suspends a D and leaves A and B alone", () => {
    const d = scoreSupplier(supplierPerformanceScorecard(), { ...measurements, onTime: 80, qualityPassRate: 95 });
    expect(approvalEventForScore(d)).toEqual({
      type: "SUSPEND",
      reason: "supplier-performance 27.63 (D)" /* 0 + 0 + 12 + 8.125 + 7.5 */,
    });
    const a = scoreSupplier(supplierPerformanceScorecard(), {
      onTime: 99,
      qualityPassRate: 100,
      priceIndex: 90,
      responseHours: 4,
      cooperation: 5,
    });
    expect(approvalEventForScore(a)).toBeUndefined();
  });

  it("needs a deadline for corrective action", () => {
    const score = scoreSupplier(supplierPerformanceScorecard(), measurements);
    expect(() => approvalEventForScore(score)).toThrow(/actionDeadline/);
  });
});
