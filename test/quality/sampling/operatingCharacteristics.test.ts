import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  AQL_SERIES,
  acceptanceBreakdown,
  averageOutgoingQuality,
  averageOutgoingQualityLimit,
  averageSampleNumber,
  averageTotalInspection,
  INSPECTION_LEVELS,
  limitingQuality,
  type OcPlan,
  operatingCharacteristicCurve,
  probabilityOfAcceptance,
  producersRisk,
  samplingPlan,
} from "../../../src/quality/sampling/index.js";

/*
 * Expected values computed independently with exact rational arithmetic (Python fractions / math.comb), not with
 * this code: e.g. Pa = Σ_{k≤7} C(125,k) 0.025^k 0.975^(125−k) = 0.98638362037987.
 */
const plan = samplingPlan({ lotSize: 1500, aql: 2.5 }); // n 125, Ac 7
const double = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" }); // 80: 3 7 | 8 9
const big: OcPlan = { scheme: "single", sampleSize: 3150, acceptanceNumber: 21, rejectionNumber: 22 };

describe("probability of acceptance", () => {
  it("binomial, Poisson and hypergeometric for n 125, Ac 7 at p = 2.5 %", () => {
    expect(probabilityOfAcceptance(plan, 0.025)).toBeCloseTo(0.9863836203798736, 11);
    expect(probabilityOfAcceptance(plan, 0.025, { model: "poisson" })).toBeCloseTo(0.9851629723565524, 11);
    // lot 1500 holds round(37.5) = 38 nonconforming units
    expect(probabilityOfAcceptance(plan, 0.025, { model: "hypergeometric" })).toBeCloseTo(0.9892815465076847, 11);
  });

  it("is stable for n = 3150 (log space)", () => {
    expect(probabilityOfAcceptance(big, 0.005)).toBeCloseTo(0.9215274406461396, 11);
    expect(probabilityOfAcceptance(big, 0.01)).toBeCloseTo(0.030851738702056476, 11);
    expect(probabilityOfAcceptance(big, 0.5)).toBeGreaterThanOrEqual(0);
    expect(
      probabilityOfAcceptance(
        { scheme: "single", sampleSize: 20000, acceptanceNumber: 44, rejectionNumber: 45 },
        0.001,
      ),
    ).toBeGreaterThan(0.99999);
  });

  it("edges: p = 0 accepts, p = 1 rejects, small exact cases", () => {
    expect(probabilityOfAcceptance(plan, 0)).toBe(1);
    expect(probabilityOfAcceptance(plan, 1)).toBe(0);
    expect(
      probabilityOfAcceptance({ scheme: "single", sampleSize: 2, acceptanceNumber: 0, rejectionNumber: 1 }, 0.5),
    ).toBeCloseTo(0.25, 14);
    expect(
      probabilityOfAcceptance({ scheme: "single", sampleSize: 13, acceptanceNumber: 1, rejectionNumber: 2 }, 0.04),
    ).toBeCloseTo(0.9068104408480557, 12);
  });

  it("double sampling: both stages", () => {
    const b = acceptanceBreakdown(double, 0.025);
    expect(b.acceptedAtFirst).toBeCloseTo(0.8594318188724333, 11);
    expect(b.acceptedAtSecond).toBeCloseTo(0.12349330120595146, 11);
    expect(b.secondSampleProbability).toBeCloseTo(0.1366210290238032, 11);
    expect(b.pa).toBeCloseTo(0.8594318188724333 + 0.12349330120595146, 11);
    expect(averageSampleNumber(double, 0.025)).toBeCloseTo(80 + 80 * 0.1366210290238032, 9);
  });

  it("property: Pa falls as the fraction nonconforming rises", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 600_000 }),
        fc.constantFrom(...AQL_SERIES.slice(0, 16)),
        fc.constantFrom(...INSPECTION_LEVELS),
        fc.constantFrom("single", "double"),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lotSize, aql, level, scheme, a, b) => {
          const p = samplingPlan({ lotSize, aql, level, scheme });
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(probabilityOfAcceptance(p, high)).toBeLessThanOrEqual(probabilityOfAcceptance(p, low) + 1e-12);
          const pa = probabilityOfAcceptance(p, low);
          expect(pa >= 0 && pa <= 1).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("risks, AOQ, ATI", () => {
  it("producer's risk at the AQL and limiting quality at 10 % and 5 %", () => {
    expect(producersRisk(plan)).toBeCloseTo(0.013616379620126406, 11);
    expect(limitingQuality(plan)).toBeCloseTo(0.09237114998747703, 9);
    expect(limitingQuality(plan, { consumerRisk: 0.05 })).toBeCloseTo(0.10260783496465892, 9);
    expect(probabilityOfAcceptance(plan, limitingQuality(plan))).toBeCloseTo(0.1, 9);
  });

  it("AOQ, AOQL and ATI for lot 1500", () => {
    expect(averageOutgoingQuality(plan, 0.03)).toBeCloseTo(0.026531052927344152, 11);
    const { aoql, atFraction } = averageOutgoingQualityLimit(plan);
    expect(aoql).toBeCloseTo(0.0329581154, 8);
    expect(atFraction).toBeCloseTo(0.04633, 3);
    expect(averageTotalInspection(plan, 0.025)).toBeCloseTo(143.72252197767733, 8);
  });

  it("a 100 % plan lets nothing through", () => {
    const all = samplingPlan({ lotSize: 3, aql: 0.65 });
    expect(averageOutgoingQuality(all, 0.5)).toBe(0);
  });
});

describe("OC curve", () => {
  it("has the requested points from 0 to the 1 % acceptance quality", () => {
    const curve = operatingCharacteristicCurve(big);
    expect(curve).toHaveLength(200);
    expect(curve[0]).toEqual({ p: 0, pa: 1 });
    const last = curve[curve.length - 1];
    expect(last?.pa).toBeLessThan(0.01);
    expect(operatingCharacteristicCurve(plan, { points: 3, maxFraction: 0.05 }).map((x) => x.p)).toEqual([
      0, 0.025, 0.05,
    ]);
  });
});

describe("bad input", () => {
  const cases: [() => unknown, (string | number)[]][] = [
    [() => probabilityOfAcceptance(plan, Number.NaN), ["p"]],
    [() => probabilityOfAcceptance(plan, -0.1), ["p"]],
    [() => probabilityOfAcceptance(plan, 1.5), ["p"]],
    [() => probabilityOfAcceptance(plan, 0.1, { model: "normal" as never }), ["options", "model"]],
    [
      () =>
        probabilityOfAcceptance({ scheme: "single", sampleSize: 10, acceptanceNumber: 0, rejectionNumber: 1 }, 0.1, {
          model: "hypergeometric",
        }),
      ["options", "lotSize"],
    ],
    [() => probabilityOfAcceptance(plan, 0.1, { lotSize: 100 }), ["options", "lotSize"]],
    [
      () => averageOutgoingQuality({ scheme: "single", sampleSize: 10, acceptanceNumber: 0, rejectionNumber: 1 }, 0.1),
      ["options", "lotSize"],
    ],
    [() => limitingQuality(plan, { consumerRisk: 1.2 }), ["options", "consumerRisk"]],
    [() => operatingCharacteristicCurve(plan, { points: 1 }), ["options", "points"]],
    [
      () => producersRisk({ scheme: "single", sampleSize: 10, acceptanceNumber: 0, rejectionNumber: 1 }),
      ["options", "aql"],
    ],
    [
      () => probabilityOfAcceptance({ scheme: "single", sampleSize: 10, acceptanceNumber: 2, rejectionNumber: 1 }, 0.1),
      ["plan", 0],
    ],
  ];
  it.each(cases)("%# throws INVALID_ARGUMENT with its path", (run, path) => {
    try {
      run();
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e, "INVALID_ARGUMENT")).toBe(true);
      if (isCrossborderOpsError(e)) expect(e.issues[0]?.path).toEqual(path);
    }
  });
});
