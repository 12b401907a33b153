import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { judgeLot, type SamplingPlan, samplingPlan } from "../../../src/quality/sampling/index.js";

const single = samplingPlan({ lotSize: 1500, aql: 2.5 }); // n 125, Ac 7, Re 8
const double = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" }); // 80: 3 7 | 8 9
const reduced = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "z1.4" }); // 50: 3 6
const reducedDouble = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "z1.4", scheme: "double" }); // 32: 1 5 | 4 7

const verdict = (plan: SamplingPlan, counts: number | number[]) => {
  const r = judgeLot(plan, counts);
  return r.ok
    ? [r.value.verdict, r.value.stage, r.value.nonconforming]
    : [r.error.verdict, r.error.stage, r.error.nonconforming];
};

describe("judgeLot", () => {
  it("single: accepts at Ac, rejects at Re", () => {
    expect(verdict(single, 0)).toEqual(["accept", 1, 0]);
    expect(verdict(single, 7)).toEqual(["accept", 1, 7]);
    expect(verdict(single, [7])).toEqual(["accept", 1, 7]);
    expect(verdict(single, 8)).toEqual(["reject", 1, 8]);
    const r = judgeLot(single, 8);
    expect(r).toEqual({
      ok: false,
      error: {
        verdict: "reject",
        code: "LOT_REJECTED",
        message: "8 nonconforming reaches the rejection number 8",
        stage: 1,
        nonconforming: 8,
        acceptanceNumber: 7,
        rejectionNumber: 8,
      },
    });
  });

  it("double: decides on the first sample or asks for the second, then judges the cumulative count", () => {
    expect(verdict(double, 3)).toEqual(["accept", 1, 3]);
    expect(verdict(double, 7)).toEqual(["reject", 1, 7]);
    expect(judgeLot(double, 4)).toEqual({
      ok: true,
      value: {
        verdict: "second-sample-needed",
        code: "SECOND_SAMPLE_NEEDED",
        stage: 1,
        nonconforming: 4,
        acceptanceNumber: 3,
        rejectionNumber: 7,
        nextSampleSize: 80,
      },
    });
    expect(verdict(double, [4, 4])).toEqual(["accept", 2, 8]);
    expect(verdict(double, [6, 3])).toEqual(["reject", 2, 9]);
  });

  it("Z1.4 reduced: a count between Ac and Re accepts the lot but reinstates normal inspection", () => {
    const inGap = judgeLot(reduced, 4);
    expect(inGap.ok && inGap.value.verdict === "accept" && inGap.value.reinstateNormal).toBe(true);
    const atAc = judgeLot(reduced, 3);
    expect(atAc.ok && atAc.value.verdict === "accept" && atAc.value.reinstateNormal).toBe(false);
    expect(verdict(reduced, 6)).toEqual(["reject", 1, 6]);
    const second = judgeLot(reducedDouble, [2, 3]);
    expect(second.ok && second.value.verdict === "accept" && second.value.reinstateNormal).toBe(true);
    expect(verdict(reducedDouble, [2, 5])).toEqual(["reject", 2, 7]);
  });

  it("bad counts: negative, fractional, NaN, larger than the sample, wrong arity", () => {
    const cases: [SamplingPlan, unknown, (string | number)[]][] = [
      [single, -1, ["nonconforming"]],
      [single, 1.5, ["nonconforming"]],
      [single, Number.NaN, ["nonconforming"]],
      [single, 126, ["nonconforming"]],
      [single, [1, 2], ["nonconforming"]],
      [double, [81], ["nonconforming", 0]],
      [double, [4, 81], ["nonconforming", 1]],
      [double, [2, 1], ["nonconforming", 1]],
      [double, [1, 1, 1], ["nonconforming"]],
      [{ scheme: "triple" } as unknown as SamplingPlan, 1, ["plan"]],
    ];
    for (const [plan, counts, path] of cases) {
      try {
        judgeLot(plan, counts as number);
        expect.unreachable();
      } catch (e) {
        expect(isCrossborderOpsError(e, "INVALID_ARGUMENT")).toBe(true);
        if (isCrossborderOpsError(e)) expect(e.issues[0]?.path).toEqual(path);
      }
    }
  });

  it("property: a single plan accepts exactly the counts below Re", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 125 }), (d) => {
        expect(judgeLot(single, d).ok).toBe(d < 8);
      }),
      { numRuns: 126 },
    );
  });
});
