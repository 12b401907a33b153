import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  judgeMultiClassLot,
  MULTI_CLASS_AQL_CHOICES,
  multiClassSamplingPlan,
} from "../../../src/quality/sampling/index.js";

const plan = multiClassSamplingPlan({
  lotSize: 3000,
  classes: [
    { name: "critical", aql: 0 },
    { name: "major", aql: 2.5 },
    { name: "minor", aql: "4.0" },
  ],
});

const summary = (p: typeof plan) =>
  p.classes.map((c) =>
    c.plan.scheme === "single"
      ? [c.name, c.zeroTolerance, c.plan.codeLetter, c.plan.sampleSize, c.plan.acceptanceNumber, c.plan.rejectionNumber]
      : [c.name],
  );

describe("multi-class inspection", () => {
  it("plans critical 0 / major 2.5 / minor 4.0 for a lot of 3000 (letter K)", () => {
    expect(plan.drawSampleSize).toBe(125);
    expect(summary(plan)).toEqual([
      ["critical", true, "K", 125, 0, 1],
      ["major", false, "K", 125, 7, 8],
      ["minor", false, "K", 125, 10, 11],
    ]);
  });

  it("plans ISO 2859-1:1999 reduced inspection from Table 2-C (lot 3000, K: n 50; major 5 6, minor 6 7)", () => {
    const reduced = multiClassSamplingPlan({
      lotSize: 3000,
      severity: "reduced",
      classes: [
        { name: "critical", aql: 0 },
        { name: "major", aql: 2.5 },
        { name: "minor", aql: "4.0" },
      ],
    });
    expect(reduced.drawSampleSize).toBe(50);
    expect(summary(reduced)).toEqual([
      ["critical", true, "K", 50, 0, 1],
      ["major", false, "K", 50, 5, 6],
      ["minor", false, "K", 50, 6, 7],
    ]);
    const verdict = judgeMultiClassLot(reduced, { critical: 0, major: 6, minor: 0 });
    expect(verdict.ok).toBe(false);
  });

  it("draws the largest sample; each class is judged on its own sample size", () => {
    const mixed = multiClassSamplingPlan({
      lotSize: 3000,
      classes: [
        { name: "critical", aql: "0" },
        { name: "major", aql: 0.25 },
        { name: "cosmetic", aql: 0.15 },
      ],
    });
    expect(mixed.drawSampleSize).toBe(200);
    expect(summary(mixed)).toEqual([
      ["critical", true, "L", 200, 0, 1],
      ["major", false, "L", 200, 1, 2],
      ["cosmetic", false, "J", 80, 0, 1],
    ]);
    try {
      judgeMultiClassLot(mixed, { critical: 0, major: 0, cosmetic: 81 });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e, "INVALID_ARGUMENT")).toBe(true);
      if (isCrossborderOpsError(e)) expect(e.issues[0]?.path).toEqual(["counts", "cosmetic"]);
    }
  });

  it("with only zero-tolerance classes uses the code letter's sample size", () => {
    const zero = multiClassSamplingPlan({ lotSize: 3000, classes: [{ name: "safety", aql: 0 }] });
    expect(summary(zero)).toEqual([["safety", true, "K", 125, 0, 1]]);
    const tiny = multiClassSamplingPlan({ lotSize: 10, classes: [{ name: "safety", aql: 0 }] });
    expect(tiny.classes[0]?.plan).toMatchObject({ sampleSize: 3, hundredPercent: false });
  });

  it("rejects the lot when any class rejects", () => {
    expect(judgeMultiClassLot(plan, { critical: 0, major: 7, minor: 10 })).toMatchObject({
      ok: true,
      value: { verdict: "accept" },
    });
    const one = judgeMultiClassLot(plan, { critical: 1, major: 0, minor: 0 });
    expect(one).toMatchObject({ ok: false, error: { code: "LOT_REJECTED", rejectedClasses: ["critical"] } });
    const two = judgeMultiClassLot(plan, { critical: 0, major: 8, minor: 11 });
    expect(two).toMatchObject({
      ok: false,
      error: { rejectedClasses: ["major", "minor"], message: "rejected on major, minor" },
    });
  });

  it("double sampling: second sample when no class rejects and one is undecided", () => {
    const d = multiClassSamplingPlan({
      lotSize: 3000,
      scheme: "double",
      classes: [
        { name: "critical", aql: 0 },
        { name: "major", aql: 2.5 },
      ],
    });
    expect(d.drawSampleSize).toBe(80);
    expect(judgeMultiClassLot(d, { critical: 0, major: 4 })).toMatchObject({
      ok: true,
      value: { verdict: "second-sample-needed" },
    });
    expect(judgeMultiClassLot(d, { critical: 0, major: [4, 4] })).toMatchObject({
      ok: true,
      value: { verdict: "accept" },
    });
  });

  it("bad input", () => {
    const cases: [() => unknown, (string | number)[]][] = [
      [() => multiClassSamplingPlan({ lotSize: 100, classes: [] }), ["classes"]],
      [() => multiClassSamplingPlan({ lotSize: 100, classes: [{ name: "", aql: 1 }] }), ["classes", 0, "name"]],
      [
        () =>
          multiClassSamplingPlan({
            lotSize: 100,
            classes: [
              { name: "a", aql: 1 },
              { name: "a", aql: 2.5 },
            ],
          }),
        ["classes", 1, "name"],
      ],
      [() => multiClassSamplingPlan({ lotSize: 100, classes: [{ name: "a", aql: 3 }] }), ["classes", 0, "aql"]],
      [() => multiClassSamplingPlan({ lotSize: 0, classes: [{ name: "a", aql: 1 }] }), ["lotSize"]],
      [() => judgeMultiClassLot(plan, { critical: 0, major: 0 }), ["counts", "minor"]],
      [() => judgeMultiClassLot(plan, { critical: 0, major: 0, minor: 0, other: 1 }), ["counts", "other"]],
      [() => judgeMultiClassLot(plan, { critical: -1, major: 0, minor: 0 }), ["counts", "critical"]],
    ];
    for (const [run, path] of cases) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(isCrossborderOpsError(e, "INVALID_ARGUMENT")).toBe(true);
        if (isCrossborderOpsError(e)) expect(e.issues[0]?.path).toEqual(path);
      }
    }
  });

  it("offers zero tolerance and the 26 AQLs as choices", () => {
    expect(MULTI_CLASS_AQL_CHOICES).toHaveLength(27);
    expect(MULTI_CLASS_AQL_CHOICES[0]).toBe("0");
  });
});
