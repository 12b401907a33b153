import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, initialSnapshot, replay, toMermaid, transition } from "../../../src/core/index.js";
import { supplierApprovalMachine } from "../../../src/suppliers/index.js";

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
