import { describe, expect, it } from "vitest";
import { applyInspectionEvent, planInspectionClasses, samplingPlan } from "../../../src/quality/index.js";
import { completeAt, expectInvalid, finding, iqc, run, start } from "../fixtures.js";

describe("planInspectionClasses", () => {
  it("plans critical 0 / major 2.5 / minor 4.0 for a lot of 1,200 at level II: J, n = 80", () => {
    const plans = planInspectionClasses({
      lotSize: 1200,
      classes: [
        { classId: "critical", aql: 0 },
        { classId: "major", aql: "2.5" },
        { classId: "minor", aql: 4 },
      ],
    });
    expect(
      plans.map((p) =>
        p.plan.scheme === "single"
          ? [p.classId, p.aql, p.plan.codeLetter, p.plan.sampleSize, p.plan.acceptanceNumber, p.plan.rejectionNumber]
          : [],
      ),
    ).toEqual([
      ["critical", "0", "J", 80, 0, 1],
      ["major", "2.5", "J", 80, 5, 6],
      ["minor", "4.0", "J", 80, 7, 8],
    ]);
    const { snapshot } = run(iqc({ plans }), [
      start,
      ...[1, 2, 3, 4, 5, 6].map((u) => finding(u, "CRACK")),
      completeAt,
    ]);
    expect(snapshot.state).toBe("rejected");
  });

  it("reports bad AQLs and classes with the inspection's field names", () => {
    expectInvalid(
      () => planInspectionClasses({ lotSize: 1200, classes: [{ classId: "major", aql: "2.0" }] }),
      ["classes", 0, "aql"],
    );
    expectInvalid(
      () =>
        planInspectionClasses({
          lotSize: 1200,
          classes: [
            { classId: "major", aql: "2.5" },
            { classId: "major", aql: "4.0" },
          ],
        }),
      ["classes", 1, "classId"],
    );
    expectInvalid(
      () => planInspectionClasses({ lotSize: 0, classes: [{ classId: "major", aql: "2.5" }] }),
      ["lotSize"],
    );
  });
});

describe("judging through judgeLot", () => {
  it("Z1.4 reduced inspection accepts a count between Ac and Re (J: n 32, Ac 2, Re 5)", () => {
    const plan = samplingPlan({ lotSize: 1200, aql: "2.5", severity: "reduced", edition: "z1.4" });
    expect(plan.scheme === "single" && [plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual([
      32, 2, 5,
    ]);
    const snap = iqc({ plans: [{ classId: "major", aql: "2.5", plan }] });
    const four = run(snap, [start, ...[1, 2, 3, 4].map((u) => finding(u, "CRACK")), completeAt]).snapshot;
    expect(four.state).toBe("accepted");
    const five = run(snap, [start, ...[1, 2, 3, 4, 5].map((u) => finding(u, "CRACK")), completeAt]).snapshot;
    expect(five.state).toBe("rejected");
  });

  it("double sampling from the tables: the first sample is closed once the second is asked for", () => {
    const plan = samplingPlan({ lotSize: 1200, aql: "2.5", scheme: "double" });
    expect(
      plan.scheme === "double" &&
        plan.stages.map((s) => [s.sampleSize, s.cumulativeSampleSize, s.acceptanceNumber, s.rejectionNumber]),
    ).toEqual([
      [50, 50, 2, 5],
      [50, 100, 6, 7],
    ]);
    const snap = iqc({ plans: [{ classId: "major", aql: "2.5", plan }] });
    const second = run(snap, [
      start,
      finding(1, "CRACK"),
      finding(2, "CRACK"),
      finding(3, "CRACK"),
      completeAt,
    ]).snapshot;
    expect(second.context.samplingStage).toBe(2);
    expectInvalid(() => applyInspectionEvent(second, finding(50, "CRACK")), ["event", "finding", "sampleUnit"]);
    expect(applyInspectionEvent(second, finding(51, "CRACK")).ok).toBe(true);
  });
});
