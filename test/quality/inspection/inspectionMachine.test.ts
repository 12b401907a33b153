import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, toMermaid } from "../../../src/core/index.js";
import {
  applyInspectionEvent,
  inspectionMachine,
  inspectionQualityEvents,
  openNcr,
  parseQualityEvents,
} from "../../../src/quality/index.js";
import { completeAt, expectInvalid, finding, iqc, run, single, start } from "../fixtures.js";

const sixMajors = [3, 11, 27, 40, 52, 71].map((u) => finding(u, "CRACK"));

describe("inspectionMachine", () => {
  it("is well formed and draws", () => {
    assertMachineWellFormed(inspectionMachine);
    const drawing = toMermaid(inspectionMachine);
    expect(drawing).toContain("inProgress --> rejected : COMPLETE [anyClassRejects]");
    expect(drawing).toContain("rejected --> planned : RESUBMIT");
  });

  it("accepts a lot at Ac and emits the verdict and the defect counts", () => {
    const { snapshot, effects } = run(iqc(), [start, ...sixMajors.slice(0, 5), completeAt]);
    expect(snapshot.state).toBe("accepted");
    expect(snapshot.context.verdicts).toEqual([
      { classId: "critical", decision: "accept", nonconforming: 0 },
      { classId: "major", decision: "accept", nonconforming: 5 },
      { classId: "minor", decision: "accept", nonconforming: 0 },
    ]);
    expect(effects).toHaveLength(1);
    const events = parseQualityEvents(effects[0]?.events);
    expect(events.map((e) => e.id)).toEqual(["IQC-000001#1:lot-accepted", "IQC-000001#1:defects-counted"]);
    expect(events[0]).toMatchObject({
      type: "lot-accepted",
      at: "2026-09-30T03:30:00.000Z",
      supplierId: "SUP-7",
      lotSize: 1200,
      inspectedUnits: 80,
      attempt: 1,
      purchaseOrderId: "PO-000123",
    });
  });

  it("rejects at Re, emits the events and asks for an NCR for the whole lot", () => {
    const { snapshot, effects } = run(iqc(), [start, ...sixMajors, completeAt]);
    expect(snapshot.state).toBe("rejected");
    expect(effects.map((e) => e.type)).toEqual(["emit-quality-events", "open-ncr"]);
    expect(effects[1]).toEqual({
      type: "open-ncr",
      inspectionId: "IQC-000001",
      source: { kind: "inspection", inspectionId: "IQC-000001" },
      lot: { lotId: "LOT-1", sku: "LAMP-01", supplierId: "SUP-7" },
      quantity: 1200,
      description: "IQC incoming rejected lot LOT-1 (nonconforming units: major 6)",
    });
    const { type: _t, inspectionId: _i, ...fields } = effects[1] as Record<string, unknown>;
    const ncr = openNcr({
      ...(fields as Parameters<typeof openNcr>[0]),
      id: "NCR-1",
      raisedBy: "qc.zhang",
      raisedAt: "2026-09-30T11:35:00+08:00",
    });
    expect(ncr.context.quantity).toBe(1200);
    const counted = parseQualityEvents(effects[0]?.events)[1];
    expect(counted).toMatchObject({
      type: "defects-counted",
      nonconformingUnits: 6,
      byClass: [
        { classId: "critical", nonconformingUnits: 0 },
        { classId: "major", nonconformingUnits: 6 },
        { classId: "minor", nonconformingUnits: 0 },
      ],
      defects: [{ code: "CRACK", classId: "major", occurrences: 6, units: 6 }],
    });
  });

  it("a single critical unit rejects under zero tolerance", () => {
    const { snapshot } = run(iqc(), [start, finding(9, "EXPOSED_WIRE"), completeAt]);
    expect(snapshot.state).toBe("rejected");
  });

  it("double sampling: second sample between Ac1 and Re1, then judged on the cumulative count", () => {
    // Code letter J, AQL 2.5 double normal: n1 = n2 = 50, Ac1 2 Re1 5, Ac2 6 Re2 7.
    const double = {
      scheme: "double" as const,
      codeLetter: "J",
      hundredPercent: false,
      stages: [
        { sampleSize: 50, cumulativeSampleSize: 50, acceptanceNumber: 2, rejectionNumber: 5 },
        { sampleSize: 50, cumulativeSampleSize: 100, acceptanceNumber: 6, rejectionNumber: 7 },
      ],
    };
    const snap = iqc({ plans: [{ classId: "major", aql: "2.5", plan: double }] });
    const first = run(snap, [start, finding(1, "CRACK"), finding(2, "CRACK"), finding(3, "CRACK")]);
    expectInvalid(() => applyInspectionEvent(first.snapshot, finding(51, "CRACK")), ["event", "finding", "sampleUnit"]);
    const second = run(first.snapshot, [completeAt]);
    expect(second.snapshot.state).toBe("inProgress");
    expect(second.snapshot.context.samplingStage).toBe(2);
    expect(second.snapshot.context.verdicts).toEqual([
      { classId: "major", decision: "second-sample", nonconforming: 3 },
    ]);
    expect(second.effects).toEqual([]);
    const accepted = run(second.snapshot, [
      finding(60, "CRACK"),
      finding(99, "CRACK"),
      finding(100, "CRACK"),
      completeAt,
    ]);
    expect(accepted.snapshot.state).toBe("accepted");
    expect(accepted.snapshot.context.verdicts).toEqual([{ classId: "major", decision: "accept", nonconforming: 6 }]);
    const rejected = run(second.snapshot, [...[60, 70, 80, 90].map((u) => finding(u, "CRACK")), completeAt]);
    expect(rejected.snapshot.state).toBe("rejected");
    expect(rejected.snapshot.context.verdicts[0]).toEqual({ classId: "major", decision: "reject", nonconforming: 7 });
  });

  it("double sampling rejects at the first stage at Re1", () => {
    const double = {
      scheme: "double" as const,
      codeLetter: "J",
      stages: [
        { sampleSize: 50, cumulativeSampleSize: 50, acceptanceNumber: 2, rejectionNumber: 5 },
        { sampleSize: 50, cumulativeSampleSize: 100, acceptanceNumber: 6, rejectionNumber: 7 },
      ],
    };
    const snap = iqc({ plans: [{ classId: "major", aql: "2.5", plan: double }] });
    const { snapshot } = run(snap, [start, ...[1, 2, 3, 4, 5].map((u) => finding(u, "CRACK")), completeAt]);
    expect(snapshot.state).toBe("rejected");
  });

  it("a count between Ac and Re (Z1.4 reduced tables) accepts", () => {
    const snap = iqc({ plans: [{ classId: "major", aql: "2.5", plan: single(32, 2, 5) }] });
    const { snapshot } = run(snap, [start, ...[1, 2, 3, 4].map((u) => finding(u, "CRACK")), completeAt]);
    expect(snapshot.state).toBe("accepted");
  });

  it("resubmits a rejected lot as a new attempt and archives the first", () => {
    const rejected = run(iqc(), [start, ...sixMajors, completeAt]).snapshot;
    const { snapshot, effects } = run(rejected, [
      { type: "RESUBMIT", reason: "sorted 100% by the supplier" },
      start,
      finding(5, "CRACK"),
      completeAt,
    ]);
    expect(snapshot.state).toBe("accepted");
    expect(snapshot.context.attempt).toBe(2);
    expect(snapshot.context.findings).toHaveLength(1);
    expect(snapshot.context.previousAttempts).toHaveLength(1);
    expect(snapshot.context.previousAttempts[0]?.findings).toHaveLength(6);
    expect(snapshot.context.previousAttempts[0]?.completedAt).toBe("2026-09-30T03:30:00.000Z");
    expect(parseQualityEvents(effects[0]?.events)[0]?.id).toBe("IQC-000001#2:lot-accepted");
  });

  it("refuses steps out of order with ILLEGAL_TRANSITION", () => {
    const planned = iqc();
    const early = applyInspectionEvent(planned, completeAt);
    expect(early.ok).toBe(false);
    if (!early.ok)
      expect(early.error).toMatchObject({ code: "ILLEGAL_TRANSITION", state: "planned", event: "COMPLETE" });
    const accepted = run(planned, [start, completeAt]).snapshot;
    const again = applyInspectionEvent(accepted, { type: "RESUBMIT", reason: "x" });
    expect(again.ok).toBe(false);
    expect(run(planned, [{ type: "CANCEL", reason: "PO cancelled" }]).snapshot.state).toBe("cancelled");
    expect(
      run(run(planned, [start, ...sixMajors, completeAt]).snapshot, [{ type: "CLOSE", reason: "NCR-1" }]).snapshot
        .state,
    ).toBe("closed");
  });

  it("inspectionQualityEvents builds valid events for an accepted or rejected record", () => {
    const { snapshot } = run(iqc(), [start, finding(1, "SCRATCH"), completeAt]);
    const events = inspectionQualityEvents(snapshot.context, "accepted");
    expect(parseQualityEvents(events)).toHaveLength(2);
    expectInvalid(
      () => inspectionQualityEvents(run(iqc(), [start]).snapshot.context, "accepted"),
      ["record", "completedAt"],
    );
    expectInvalid(() => inspectionQualityEvents(snapshot.context, "maybe" as never), ["verdict"]);
  });

  it("does not mutate the snapshot it is given", () => {
    const before = run(iqc(), [start]).snapshot;
    const copy = structuredClone(before);
    run(before, [finding(1, "CRACK"), completeAt]);
    expect(before).toEqual(copy);
  });
});
