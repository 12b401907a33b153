import { describe, expect, it } from "vitest";
import {
  applyInspectionEvent,
  createInspection,
  judgeInspection,
  planInspectionClasses,
} from "../../../src/quality/index.js";
import { catalog, checklist, completeAt, expectInvalid, finding, iqc, plansJ, run, start } from "../fixtures.js";

const lot = { lotId: "LOT-1", sku: "LAMP-01", lotSize: 1200, supplierId: "SUP-7", purchaseOrderId: "PO-1" };

describe("createInspection", () => {
  it("opens a planned record at attempt 1, stage 1", () => {
    const snap = iqc();
    expect(snap.state).toBe("planned");
    expect(snap.context).toMatchObject({ attempt: 1, samplingStage: 1, counting: "most-serious", findings: [] });
  });

  it("opens IPQC first-article, patrol and completion records and OQC pre-shipment", () => {
    const base = {
      lot: { lotId: "RUN-1", sku: "LAMP-01", lotSize: 500, productionOrderId: "MO-9" },
      catalog,
      checklist,
      plans: plansJ,
    };
    expect(createInspection({ ...base, id: "IPQC-1", type: "IPQC", stage: "first-article" }).state).toBe("planned");
    expect(
      createInspection({ ...base, id: "IPQC-2", type: "IPQC", stage: "patrol", patrolRound: 3 }).context.patrolRound,
    ).toBe(3);
    expect(createInspection({ ...base, id: "OQC-1", type: "OQC", stage: "pre-shipment" }).context.type).toBe("OQC");
  });

  it("refuses a plan chosen for another lot size", () => {
    const plans = planInspectionClasses({
      lotSize: 1200,
      classes: [
        { classId: "critical", aql: 0 },
        { classId: "major", aql: "2.5" },
      ],
    });
    const input = { id: "IQC-9", type: "IQC" as const, stage: "incoming" as const, catalog, checklist, plans };
    expect(createInspection({ ...input, lot }).state).toBe("planned");
    // A lot of 50 judged on the plan for 1,200 (n 80, Ac 5) would accept what its own plan (n 13, Ac 0) rejects.
    expectInvalid(
      () => createInspection({ ...input, lot: { ...lot, lotSize: 50 } }),
      ["input", "plans", 0, "plan", "lotSize"],
    );
  });

  it("refuses inconsistent input with the path of the field", () => {
    const base = { id: "X", catalog, checklist, plans: plansJ, lot };
    expectInvalid(() => createInspection({ ...base, type: "IQC", stage: "patrol" }), ["input", "stage"]);
    expectInvalid(() => createInspection({ ...base, type: "IPQC", stage: "patrol" }), ["input", "patrolRound"]);
    expectInvalid(
      () => createInspection({ ...base, type: "IQC", stage: "incoming", lot: { ...lot, purchaseOrderId: undefined } }),
      ["input", "lot", "purchaseOrderId"],
    );
    expectInvalid(
      () => createInspection({ ...base, type: "IQC", stage: "incoming", lot: { ...lot, lotSize: 0 } }),
      ["input", "lot", "lotSize"],
    );
    expectInvalid(
      () => createInspection({ ...base, type: "IQC", stage: "incoming", lot: { ...lot, lotSize: 12.5 } }),
      ["input", "lot", "lotSize"],
    );
    expectInvalid(
      () => createInspection({ ...base, type: "IQC", stage: "incoming", lot: { ...lot, lotSize: Number.NaN } }),
      ["input", "lot", "lotSize"],
    );
    expectInvalid(
      () =>
        createInspection({
          ...base,
          type: "IQC",
          stage: "incoming",
          plans: [{ ...plansJ[0], classId: "cosmetic" } as never],
        }),
      ["input", "plans", 0, "classId"],
    );
    expectInvalid(
      () =>
        createInspection({
          ...base,
          type: "IQC",
          stage: "incoming",
          checklist: [{ id: "V", kind: "visual", description: "x", defectCode: "NOPE" }],
        }),
      ["input", "checklist", 0, "defectCode"],
    );
    expectInvalid(
      () =>
        createInspection({
          ...base,
          type: "IQC",
          stage: "incoming",
          plans: [
            {
              classId: "major",
              aql: "2.5",
              plan: {
                scheme: "single",
                codeLetter: "J",
                sampleSize: 80,
                acceptanceNumber: 5,
                rejectionNumber: 5,
                hundredPercent: false,
              },
            },
          ],
        }),
      ["input", "plans", 0, "plan", "rejectionNumber"],
    );
    expectInvalid(
      () =>
        createInspection({
          ...base,
          type: "IQC",
          stage: "incoming",
          plans: [
            {
              classId: "major",
              aql: "2.5",
              plan: {
                scheme: "single",
                codeLetter: "I",
                sampleSize: 80,
                acceptanceNumber: 5,
                rejectionNumber: 6,
                hundredPercent: false,
              },
            },
          ],
        }),
      ["input", "plans", 0, "plan", "codeLetter"],
    );
  });
});

describe("applyInspectionEvent: bad input", () => {
  const inProgress = run(iqc(), [start]).snapshot;

  it("refuses unknown defects, checklist items, units outside the sample and bad counts", () => {
    expectInvalid(() => applyInspectionEvent(inProgress, finding(1, "UNKNOWN")), ["event", "finding", "defectCode"]);
    expectInvalid(() => applyInspectionEvent(inProgress, finding(81, "CRACK")), ["event", "finding", "sampleUnit"]);
    expectInvalid(() => applyInspectionEvent(inProgress, finding(0, "CRACK")), ["event", "finding", "sampleUnit"]);
    expectInvalid(() => applyInspectionEvent(inProgress, finding(1, "CRACK", 0)), ["event", "finding", "occurrences"]);
    expectInvalid(
      () => applyInspectionEvent(inProgress, finding(1, "CRACK", Number.NaN)),
      ["event", "finding", "occurrences"],
    );
    expectInvalid(
      () =>
        applyInspectionEvent(inProgress, {
          type: "RECORD_FINDING",
          finding: { sampleUnit: 1, defectCode: "CRACK", checklistItemId: "NOPE" },
        }),
      ["event", "finding", "checklistItemId"],
    );
    expectInvalid(
      () =>
        applyInspectionEvent(inProgress, {
          type: "RECORD_FINDING",
          finding: { sampleUnit: 1, defectCode: "CRACK", evidence: ["not a uri"] },
        }),
      ["event", "finding", "evidence", 0],
    );
  });

  it("refuses measurements on non-dimensional items, in foreign units or not finite", () => {
    const measure = (checklistItemId: string, value: string | number, unit: string) =>
      applyInspectionEvent(inProgress, {
        type: "RECORD_MEASUREMENT",
        measurement: { sampleUnit: 1, checklistItemId, value, unit },
      });
    expectInvalid(() => measure("VIS-01", "1", "mm"), ["event", "measurement", "checklistItemId"]);
    expectInvalid(() => measure("DIM-01", "150", "kg"), ["event", "measurement", "unit"]);
    expectInvalid(() => measure("DIM-01", Number.NaN, "mm"), ["event", "measurement", "value"]);
  });

  it("refuses verdicts that do not match the findings and the plans", () => {
    const withTwo = run(inProgress, [finding(1, "CRACK"), finding(2, "CRACK")]).snapshot;
    const verdicts = [
      { classId: "critical", decision: "accept" as const, nonconforming: 0 },
      { classId: "major", decision: "accept" as const, nonconforming: 2 },
      { classId: "minor", decision: "accept" as const, nonconforming: 0 },
    ];
    expect(applyInspectionEvent(withTwo, { ...completeAt, verdicts }).ok).toBe(true);
    expectInvalid(
      () =>
        applyInspectionEvent(withTwo, {
          ...completeAt,
          verdicts: verdicts.map((v, i) => (i === 1 ? { ...v, nonconforming: 1 } : v)),
        }),
      ["event", "verdicts", 1, "nonconforming"],
    );
    expectInvalid(
      () =>
        applyInspectionEvent(withTwo, {
          ...completeAt,
          verdicts: verdicts.map((v, i) => (i === 1 ? { ...v, decision: "reject" as const } : v)),
        }),
      ["event", "verdicts", 1, "decision"],
    );
    expectInvalid(
      () => applyInspectionEvent(withTwo, { ...completeAt, verdicts: verdicts.slice(1) }),
      ["event", "verdicts"],
    );
    expectInvalid(
      () =>
        applyInspectionEvent(withTwo, { ...completeAt, verdicts: [verdicts[1], verdicts[1], verdicts[2]] as never }),
      ["event", "verdicts"],
    );
  });

  it("refuses a foreign snapshot, a broken context, an unknown event or a bad instant", () => {
    expectInvalid(
      () => applyInspectionEvent({ ...inProgress, machine: "quality.ncr" }, completeAt),
      ["snapshot", "machine"],
    );
    expectInvalid(
      () =>
        applyInspectionEvent(
          { ...inProgress, context: { ...inProgress.context, samplingStage: 3 as never } },
          completeAt,
        ),
      ["snapshot", "context", "samplingStage"],
    );
    expectInvalid(() => applyInspectionEvent(inProgress, { type: "EXPLODE" } as never), ["event", "type"]);
    expectInvalid(
      () => applyInspectionEvent({ ...inProgress, state: "lost" as never }, completeAt),
      ["snapshot", "state"],
    );
    expectInvalid(() => applyInspectionEvent(inProgress, { type: "COMPLETE", at: "yesterday" }), ["event", "at"]);
  });
});

describe("judgeInspection", () => {
  it("previews the verdict without moving the record", () => {
    const snap = run(iqc(), [
      start,
      ...[1, 2, 3, 4, 5, 6].map((u) => finding(u, "NO_LIGHT")),
      finding(7, "SCRATCH"),
    ]).snapshot;
    const verdict = judgeInspection(snap.context);
    expect(verdict.lot).toBe("rejected");
    expect(verdict.classes.map((c) => `${c.classId}:${c.decision}:${c.nonconforming}`)).toEqual([
      "critical:accept:0",
      "major:reject:6",
      "minor:accept:1",
    ]);
    expect(snap.state).toBe("inProgress");
    const done = run(snap, [completeAt]).snapshot;
    expect(done.state).toBe("rejected");
  });

  it("refuses a broken record", () => {
    expectInvalid(() => judgeInspection({ ...iqc().context, plans: [] }), ["record", "plans"]);
  });
});
