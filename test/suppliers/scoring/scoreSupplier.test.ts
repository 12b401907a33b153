import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, isCrossborderOpsError } from "../../../src/core/index.js";
import {
  admissionScreeningScorecard,
  logisticsPartnerRatingScorecard,
  type ScorecardInput,
  scoreSupplier,
  scoreSuppliers,
  supplierPerformanceScorecard,
} from "../../../src/suppliers/index.js";

function thrown(fn: () => unknown): { code: string; path: ReadonlyArray<string | number> } {
  try {
    fn();
  } catch (e) {
    if (!isCrossborderOpsError(e)) throw e;
    return { code: e.code, path: e.issues[0]?.path ?? [] };
  }
  throw new Error("expected a throw");
}

const twoCriteria: ScorecardInput = {
  id: "monthly",
  criteria: [
    { id: "onTime", weight: 60, direction: "higher-better", floor: 80, target: 98 },
    { id: "ppm", weight: 40, direction: "lower-better", floor: 5000, target: 500 },
  ],
};

describe("scoreSupplier: the worked example of docs/suppliers.md", () => {
  const score = scoreSupplier(
    supplierPerformanceScorecard(),
    { onTime: 93.5, qualityPassRate: "98.2", priceIndex: 101, responseHours: 20, cooperation: 4 },
    { asOf: "2026-04-01" },
  );

  it("totals 71.46, grade C, corrective action within 30 days", () => {
    expect(score.total.toFixed(2)).toBe("71.46");
    expect(score.grade).toBe("C");
    expect(score.action).toBe("corrective-action");
    expect(score.deadlineDays).toBe(30);
    expect(score.actionDeadline).toBe("2026-05-01");
  });

  it("explains each criterion", () => {
    const rows = score.criteria.map((c) => [
      c.id,
      c.value?.toString(),
      c.normalized?.toFixed(4),
      c.weight.toString(),
      c.contribution.toFixed(2),
    ]);
    expect(rows).toEqual([
      ["onTime", "93.5", "75.0000", "0.3", "22.50"],
      ["qualityPassRate", "98.2", "71.1111", "0.3", "21.33"],
      ["priceIndex", "101", "60.0000", "0.2", "12.00"],
      ["responseHours", "20", "81.2500", "0.1", "8.13"],
      ["cooperation", "4", "75.0000", "0.1", "7.50"],
    ]);
    expect(score.criteria[3]?.exactContribution.toString()).toBe("8.125");
  });

  it("contributions add up exactly to the total", () => {
    const sum = score.criteria.reduce((acc, c) => acc.plus(c.contribution), new Dec(0));
    expect(sum.toFixed(2)).toBe("71.46");
  });
});

describe("scoreSupplier: normalisation", () => {
  it("scores lower-better linearly between floor and target", () => {
    const score = scoreSupplier(twoCriteria, { onTime: 93.5, ppm: 1400 });
    expect(score.total.toFixed(2)).toBe("77.00");
    expect(score.grade).toBe("B");
    expect(score.action).toBe("approved");
    expect(score.criteria[1]?.normalized?.toString()).toBe("80");
  });

  it("clamps to 0..100", () => {
    const best = scoreSupplier(twoCriteria, { onTime: 120, ppm: 0 });
    expect(best.total.toFixed(2)).toBe("100.00");
    expect(best.grade).toBe("A");
    expect(best.action).toBe("preferred");
    const worst = scoreSupplier(twoCriteria, { onTime: 50, ppm: 9000 });
    expect(worst.total.toFixed(2)).toBe("0.00");
    expect(worst.grade).toBe("D");
    expect(worst.action).toBe("suspend-and-review");
  });

  it("rounds a half-hundredth up", () => {
    const card: ScorecardInput = {
      id: "tie",
      criteria: [
        { id: "a", weight: 1, direction: "higher-better", floor: 0, target: 100 },
        { id: "b", weight: 1, direction: "higher-better", floor: 0, target: 100 },
      ],
    };
    const score = scoreSupplier(card, { a: 50, b: "0.01" });
    expect(score.total.toFixed(2)).toBe("25.01");
    expect(score.criteria.map((c) => c.contribution.toFixed(2))).toEqual(["25.00", "0.01"]);
    expect(scoreSupplier(card, { a: "0.009", b: 0 }).total.toFixed(2)).toBe("0.00");
    expect(scoreSupplier(card, { a: "0.01", b: 0 }).total.toFixed(3)).toBe("0.010");
  });

  it("grades on the rounded total (89.995 is an A)", () => {
    const card: ScorecardInput = {
      id: "edge",
      criteria: [{ id: "x", weight: 1, direction: "higher-better", floor: 0, target: 100 }],
    };
    expect(scoreSupplier(card, { x: "89.995" }).grade).toBe("A");
    expect(scoreSupplier(card, { x: "89.994" }).grade).toBe("B");
    expect(scoreSupplier(card, { x: 75 }).grade).toBe("B");
    expect(scoreSupplier(card, { x: "59.99" }).grade).toBe("D");
  });

  it("applies step bands in either direction", () => {
    const card: ScorecardInput = {
      id: "steps",
      criteria: [
        {
          id: "onTime",
          weight: 1,
          direction: "higher-better",
          normalization: {
            kind: "steps",
            steps: [
              { threshold: 90, points: 60 },
              { threshold: 95, points: 100 },
              { threshold: 85, points: 30 },
            ],
          },
        },
        {
          id: "hours",
          weight: 1,
          direction: "lower-better",
          normalization: {
            kind: "steps",
            steps: [
              { threshold: 24, points: 100 },
              { threshold: 48, points: 50 },
            ],
            otherwise: 10,
          },
        },
      ],
    };
    const rows = (m: Record<string, number>) => scoreSupplier(card, m).criteria.map((c) => c.normalized?.toString());
    expect(rows({ onTime: 92, hours: 24 })).toEqual(["60", "100"]);
    expect(rows({ onTime: 95, hours: 30 })).toEqual(["100", "50"]);
    expect(rows({ onTime: 80, hours: 72 })).toEqual(["0", "10"]);
    expect(scoreSupplier(card, { onTime: 85, hours: 48 }).total.toFixed(2)).toBe("40.00");
  });

  it("looks values up in a table", () => {
    const card = supplierPerformanceScorecard();
    const base = { onTime: 98, qualityPassRate: "99.5", priceIndex: 95, responseHours: 8 };
    expect(scoreSupplier(card, { ...base, cooperation: 3 }).total.toFixed(2)).toBe("95.00");
    expect(thrown(() => scoreSupplier(card, { ...base, cooperation: 6 }))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["measurements", "cooperation"],
    });
  });

  it("accepts overriding grade bands", () => {
    const card: ScorecardInput = {
      ...twoCriteria,
      grades: [
        { grade: "Strategic", min: 85, action: "grow" },
        { grade: "Watch", min: 0, action: "review", deadlineDays: 14 },
      ],
    };
    const score = scoreSupplier(card, { onTime: 93.5, ppm: 1400 }, { asOf: "2026-12-25" });
    expect([score.grade, score.action, score.deadlineDays, score.actionDeadline]).toEqual([
      "Watch",
      "review",
      14,
      "2027-01-08",
    ]);
  });
});

describe("scoreSupplier: missing measurements", () => {
  it("throws MEASUREMENT_MISSING by default", () => {
    expect(thrown(() => scoreSupplier(twoCriteria, { onTime: 93.5 }))).toEqual({
      code: "MEASUREMENT_MISSING",
      path: ["measurements", "ppm"],
    });
  });

  it("scores zero points at full weight under `zero`", () => {
    const score = scoreSupplier({ ...twoCriteria, missing: "zero" }, { onTime: 93.5 });
    expect(score.total.toFixed(2)).toBe("45.00");
    expect(score.criteria[1]).toMatchObject({ value: null, missing: true });
    expect(score.criteria[1]?.normalized?.toString()).toBe("0");
    expect(score.criteria[1]?.weight.toString()).toBe("0.4");
  });

  it("shares the weight among the criteria present under `reweight`", () => {
    const score = scoreSupplier({ ...twoCriteria, missing: "reweight" }, { onTime: 93.5 });
    expect(score.total.toFixed(2)).toBe("75.00");
    expect(score.criteria[0]?.weight.toString()).toBe("1");
    expect(score.criteria[1]).toMatchObject({ value: null, normalized: null, missing: true });
    expect(score.criteria[1]?.weight.toString()).toBe("0");
  });

  it("refuses to score nothing", () => {
    expect(thrown(() => scoreSupplier({ ...twoCriteria, missing: "reweight" }, {}))).toEqual({
      code: "MEASUREMENT_MISSING",
      path: ["measurements"],
    });
  });
});

describe("presets", () => {
  it("screens an admission candidate", () => {
    const score = scoreSupplier(admissionScreeningScorecard(), {
      qualification: 88,
      capacity: 150,
      qcSystem: 70,
      rnd: 58,
      reputation: 4,
      price: 105,
      afterSales: 70,
    });
    // 16 + 7.5 + 10 + 4 + 7.5 + 7.5 + 5 = 57.5
    expect(score.total.toFixed(2)).toBe("57.50");
    expect(score.grade).toBe("D");
  });

  it("rates a logistics partner", () => {
    const score = scoreSupplier(logisticsPartnerRatingScorecard(), {
      onTime: "93.7",
      lossDamage: "0.4",
      price: 100,
      clearance: 98,
      responsiveness: 6,
    });
    // 66.923…×0.3 + 66.667…×0.2 + 75×0.2 + 66.667…×0.15 + 81.818…×0.15 = 20.0769… + 13.3333… + 15 + 10 + 12.2727… = 70.6829…
    expect(score.total.toFixed(2)).toBe("70.68");
    expect(score.grade).toBe("C");
  });
});

describe("scoreSuppliers", () => {
  it("scores a batch in order and names the failing supplier", () => {
    const scores = scoreSuppliers(twoCriteria, [
      { onTime: 99, ppm: 300 },
      { onTime: 85, ppm: 4000 },
    ]);
    expect(scores.map((s) => [s.total.toFixed(2), s.grade])).toEqual([
      ["100.00", "A"],
      ["25.56", "D"],
    ]);
    expect(
      thrown(() =>
        scoreSuppliers(twoCriteria, [
          { onTime: 99, ppm: 300 },
          { onTime: "x", ppm: 1 },
        ]),
      ),
    ).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["measurements", 1, "onTime"],
    });
  });
});

describe("bad input", () => {
  const cases: [string, unknown, unknown, ReadonlyArray<string | number>][] = [
    [
      "zero weight",
      { id: "x", criteria: [{ ...twoCriteria.criteria[0], weight: 0 }] },
      {},
      ["scorecard", "criteria", 0, "weight"],
    ],
    [
      "target below floor for higher-better",
      { id: "x", criteria: [{ id: "a", weight: 1, direction: "higher-better", floor: 90, target: 80 }] },
      { a: 1 },
      ["scorecard", "criteria", 0, "target"],
    ],
    [
      "missing floor",
      { id: "x", criteria: [{ id: "a", weight: 1, direction: "lower-better", target: 80 }] },
      { a: 1 },
      ["scorecard", "criteria", 0, "floor"],
    ],
    [
      "repeated id",
      { id: "x", criteria: [twoCriteria.criteria[0], twoCriteria.criteria[0]] },
      {},
      ["scorecard", "criteria", 1, "id"],
    ],
    ["no zero band", { ...twoCriteria, grades: [{ grade: "A", min: 50, action: "ok" }] }, {}, ["scorecard", "grades"]],
    ["NaN measurement", twoCriteria, { onTime: Number.NaN, ppm: 1 }, ["measurements", "onTime"]],
    ["text measurement", twoCriteria, { onTime: 90, ppm: "many" }, ["measurements", "ppm"]],
    ["measurements not an object", twoCriteria, 42, ["measurements"]],
    [
      "falling step points",
      {
        id: "x",
        criteria: [
          {
            id: "a",
            weight: 1,
            direction: "higher-better",
            normalization: {
              kind: "steps",
              steps: [
                { threshold: 90, points: 100 },
                { threshold: 95, points: 50 },
              ],
            },
          },
        ],
      },
      { a: 1 },
      ["scorecard", "criteria", 0, "normalization", "steps"],
    ],
  ];
  it.each(cases)("%s", (_name, card, measurements, path) => {
    const e = thrown(() => scoreSupplier(card as ScorecardInput, measurements as Record<string, number>));
    expect(e.code).toBe("INVALID_ARGUMENT");
    expect(e.path).toEqual(path);
  });

  it("refuses a malformed asOf", () => {
    expect(thrown(() => scoreSupplier(twoCriteria, { onTime: 90, ppm: 1 }, { asOf: "01/04/2026" }))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["options", "asOf"],
    });
  });

  it("does not mutate its arguments", () => {
    const card = supplierPerformanceScorecard();
    const copy = structuredClone(card);
    const m = { onTime: 93.5, qualityPassRate: 98.2, priceIndex: 101, responseHours: 20, cooperation: 4 };
    scoreSupplier(card, m).criteria;
    expect(card).toEqual(copy);
    expect(m).toEqual({ onTime: 93.5, qualityPassRate: 98.2, priceIndex: 101, responseHours: 20, cooperation: 4 });
  });
});

describe("properties", () => {
  const card: ScorecardInput = {
    id: "prop",
    criteria: [
      { id: "a", weight: 3, direction: "higher-better", floor: 80, target: 98 },
      { id: "b", weight: 1, direction: "lower-better", floor: 5000, target: 500 },
      { id: "c", weight: 7, direction: "higher-better", floor: "95", target: "99.7" },
      { id: "d", weight: "0.5", direction: "lower-better", floor: 72, target: 8 },
    ],
  };
  const value = fc.integer({ min: -20_000, max: 120_000 }).map((n) => new Dec(n).div(1000).toString());
  const measurements = fc.record({ a: value, b: value, c: value, d: value });

  /** An oracle written independently of the engine: exact decimals, straight from the definition. */
  function oracle(m: Record<string, string>): string {
    let sum = new Dec(0);
    let weights = new Dec(0);
    for (const c of card.criteria) {
      const floor = new Dec(c.floor as string | number);
      const raw = new Dec(m[c.id] as string)
        .minus(floor)
        .times(100)
        .div(new Dec(c.target as string | number).minus(floor));
      const points = Dec.min(100, Dec.max(0, raw));
      sum = sum.plus(points.times(c.weight));
      weights = weights.plus(c.weight);
    }
    return sum.div(weights).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  }

  it("total is in 0..100, equals the exact decimal result, and contributions add up to it", () => {
    fc.assert(
      fc.property(measurements, (m) => {
        const score = scoreSupplier(card, m);
        expect(score.total.gte(0) && score.total.lte(100)).toBe(true);
        expect(score.total.toFixed(2)).toBe(oracle(m));
        const sum = score.criteria.reduce((acc, c) => acc.plus(c.contribution), new Dec(0));
        expect(sum.equals(score.total)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("raising one measurement in its better direction never lowers the total", () => {
    fc.assert(
      fc.property(
        measurements,
        fc.constantFrom("a", "b", "c", "d"),
        fc.integer({ min: 1, max: 50_000 }),
        (m, id, step) => {
          const criterion = card.criteria.find((c) => c.id === id);
          const delta = new Dec(step).div(1000).times(criterion?.direction === "higher-better" ? 1 : -1);
          const better = { ...m, [id]: new Dec(m[id] as string).plus(delta).toString() };
          expect(scoreSupplier(card, better).total.gte(scoreSupplier(card, m).total)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
