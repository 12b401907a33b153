import { describe, expect, it } from "vitest";
import {
  advanceDevelopment,
  applyEngineeringChange,
  type DevelopmentEvent,
  type DevelopmentStage,
  type EngineeringChangeEvent,
  engineeringChangeMachine,
  evaluateGateReview,
  type GateReview,
  nextSpecificationRevision,
  raiseEngineeringChange,
  SAMPLE_STAGE_GATE_TEMPLATE,
  type Specification,
  stageGateMachine,
  startDevelopment,
} from "../../../src/admission/index.js";
import { assertMachineWellFormed, transition } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const passing = (stage: DevelopmentStage, decidedOn = "2026-07-03"): GateReview => ({
  stage,
  decidedOn,
  decidedBy: ["gm.zhou"],
  criteria: SAMPLE_STAGE_GATE_TEMPLATE[stage].criteria.map((c) => ({ ...c, met: true, evidence: `${c.id}.pdf` })),
  deliverables: SAMPLE_STAGE_GATE_TEMPLATE[stage].deliverables.map((d) => ({
    ...d,
    delivered: true,
    reference: `${d.id}-v1`,
  })),
});
const meta = { at: "2026-07-03T08:00:00Z", actor: "gm.zhou", reason: "gate meeting" };
const run = (events: DevelopmentEvent[]) => {
  let s = startDevelopment({ projectId: "DEV-PB-01", productId: "PB-10K-MAG" });
  for (const e of events) {
    const r = advanceDevelopment(s, e, meta);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value.snapshot;
  }
  return s;
};

describe("evaluateGateReview", () => {
  it("needs every criterion met with evidence and every deliverable delivered", () => {
    expect(evaluateGateReview(passing("design")).passed).toBe(true);
    const review = passing("design");
    const weak = {
      ...review,
      criteria: review.criteria.map((c, i) => (i === 1 ? { id: c.id, text: c.text, met: true } : c)),
      deliverables: review.deliverables.map((d, i) => (i === 0 ? { ...d, delivered: false } : d)),
    };
    expect(evaluateGateReview(weak)).toEqual({
      passed: false,
      unmetCriteria: ["dfm"],
      missingDeliverables: ["drawings"],
    });
  });
});

describe("stageGateMachine", () => {
  it("is well formed", () => {
    assertMachineWellFormed(stageGateMachine);
    assertMachineWellFormed(engineeringChangeMachine);
  });

  it("goes through every gate to mass production, freezing the design at the design gate", () => {
    const stages: DevelopmentStage[] = ["requirements", "design", "prototype", "testing", "iteration", "pilotRun"];
    const s = run(stages.map((stage) => ({ type: "GO", review: passing(stage) })));
    expect(s.state).toBe("massProductionReady");
    expect(s.context.designFrozenOn).toBe("2026-07-03");
    expect(s.context.gateReviews).toHaveLength(6);
  });

  it("refuses GO while the gate review fails", () => {
    const s = startDevelopment({ projectId: "P", productId: "X" });
    const review = { ...passing("requirements"), criteria: [{ id: "team", text: "team", met: false }] };
    const r = advanceDevelopment(s, { type: "GO", review }, meta);
    expect(!r.ok && r.error.blockedBy).toEqual(["gatePassed"]);
  });

  it("recycles to an earlier stage with reasons, and holds and resumes where it was", () => {
    const testing = run([
      { type: "GO", review: passing("requirements") },
      { type: "GO", review: passing("design") },
      { type: "GO", review: passing("prototype") },
    ]);
    expect(testing.state).toBe("testing");
    const back = run([
      { type: "GO", review: passing("requirements") },
      { type: "GO", review: passing("design") },
      { type: "GO", review: passing("prototype") },
      { type: "RECYCLE", to: "design", reasons: ["housing cracks in the 1.2 m drop test"] },
      { type: "HOLD" },
      { type: "RESUME" },
    ]);
    expect(back.state).toBe("design");
    expect(back.context.recycles).toEqual([
      { from: "testing", to: "design", reasons: ["housing cracks in the 1.2 m drop test"] },
    ]);
    const forward = transition(stageGateMachine, testing, { type: "RECYCLE", to: "pilotRun", reasons: ["x"] });
    expect(forward.ok).toBe(false);
  });

  it("refuses a review of another stage's gate and a kill without reason", () => {
    const s = startDevelopment({ projectId: "P", productId: "X" });
    expectOpsError(() => advanceDevelopment(s, { type: "GO", review: passing("design") }, meta), "INVALID_ARGUMENT", [
      "event",
      "review",
      "stage",
    ]);
    expectOpsError(() => advanceDevelopment(s, { type: "KILL" }, { at: meta.at, actor: "gm" }), "INVALID_ARGUMENT", [
      "meta",
      "reason",
    ]);
    expectOpsError(
      () => advanceDevelopment(s, { type: "RECYCLE", to: "requirements", reasons: [] }, meta),
      "INVALID_ARGUMENT",
      ["event", "reasons"],
    );
  });
});

describe("engineering changes", () => {
  const spec: Specification = {
    productId: "PB-10K-MAG",
    revision: "A",
    frozenOn: "2026-07-03",
    parts: ["housing", "PCBA", "cell"],
    documents: ["DWG-PB-01", "SPEC-PB-01"],
    history: [],
  };
  const raise = () => {
    const r = raiseEngineeringChange(spec, {
      changeId: "ECR-007",
      reason: "housing cracks in the drop test",
      affectedParts: ["housing"],
      affectedDocuments: ["DWG-PB-01"],
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it("needs a frozen design", () => {
    const { frozenOn: _, ...open } = spec;
    const r = raiseEngineeringChange(open, { changeId: "E", reason: "r", affectedParts: [], affectedDocuments: [] });
    expect(!r.ok && r.error.code).toBe("DESIGN_NOT_FROZEN");
  });

  it("is approved by enough distinct approvers and produces the next revision with its history", () => {
    let c = raise();
    const step = (e: EngineeringChangeEvent) => {
      const r = transition(engineeringChangeMachine, c, e, { at: "2026-08-18T02:00:00Z", actor: "rd.sun" });
      if (!r.ok) return false;
      c = r.value.snapshot;
      return true;
    };
    expect(applyEngineeringChange(spec, c, "2026-08-20")).toMatchObject({
      ok: false,
      error: { code: "ENGINEERING_CHANGE_NOT_APPROVED" },
    });
    expect(step({ type: "SUBMIT" })).toBe(true);
    expect(step({ type: "APPROVE", approvers: ["rd.sun", "rd.sun"] })).toBe(false);
    expect(step({ type: "APPROVE", approvers: ["rd.sun", "qa.zhang"] })).toBe(true);
    const r = applyEngineeringChange(spec, c, "2026-08-20");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.revision).toBe("B");
    expect(r.value.history).toEqual([
      {
        revision: "B",
        changeId: "ECR-007",
        effectiveOn: "2026-08-20",
        reason: "housing cracks in the drop test",
        affectedParts: ["housing"],
        affectedDocuments: ["DWG-PB-01"],
        approvedBy: ["rd.sun", "qa.zhang"],
      },
    ]);
    expect(spec.revision).toBe("A");
    expect(applyEngineeringChange(r.value, c, "2026-08-21")).toMatchObject({
      ok: false,
      error: { code: "REVISION_MISMATCH" },
    });
    expect(step({ type: "IMPLEMENT", newRevision: "B" })).toBe(true);
    expect(c.state).toBe("implemented");
  });

  it("counts revisions like drawings do", () => {
    expect(["A", "H", "Z", "AZ", "ZZ", "01", "09", "99"].map(nextSpecificationRevision)).toEqual([
      "B",
      "I",
      "AA",
      "BA",
      "AAA",
      "02",
      "10",
      "100",
    ]);
    expectOpsError(() => nextSpecificationRevision("b"), "INVALID_ARGUMENT", ["revision"]);
  });

  it("refuses a change to a part the specification does not have", () => {
    expectOpsError(
      () => raiseEngineeringChange(spec, { changeId: "E", reason: "r", affectedParts: ["lid"], affectedDocuments: [] }),
      "INVALID_ARGUMENT",
      ["input", "affectedParts", 0],
    );
  });
});
