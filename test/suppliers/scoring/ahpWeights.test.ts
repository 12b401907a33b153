import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { deriveAhpWeights, saatyRandomIndex } from "../../../src/suppliers/index.js";

describe("deriveAhpWeights", () => {
  it("recovers the weights of a perfectly consistent matrix", () => {
    const r = deriveAhpWeights({
      criteria: ["quality", "delivery", "price"],
      matrix: [
        [1, 2, 4],
        ["1/2", 1, 2],
        ["1/4", "1/2", 1],
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.weights).toEqual({ quality: 0.571429, delivery: 0.285714, price: 0.142857 });
    expect(r.value.lambdaMax).toBeCloseTo(3, 9);
    expect(r.value.consistencyRatio).toBeCloseTo(0, 9);
  });

  it("computes λmax, CI and CR of Saaty's 1-3-5 example", () => {
    // Principal eigenvector (0.6370, 0.2583, 0.1047), λmax 3.0385, CI 0.0193, CR 0.0332.
    const r = deriveAhpWeights({
      criteria: ["a", "b", "c"],
      matrix: [
        [1, 3, 5],
        ["1/3", 1, 3],
        ["1/5", "1/3", 1],
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.weights.a).toBeCloseTo(0.637, 3);
    expect(r.value.weights.b).toBeCloseTo(0.2583, 3);
    expect(r.value.weights.c).toBeCloseTo(0.1047, 3);
    expect(r.value.lambdaMax).toBeCloseTo(3.0385, 4);
    expect(r.value.consistencyIndex).toBeCloseTo(0.0193, 4);
    expect(r.value.consistencyRatio).toBeCloseTo(0.0332, 4);
  });

  it("refuses judgements with a consistency ratio above 0.10", () => {
    const r = deriveAhpWeights({
      criteria: ["a", "b", "c"],
      matrix: [
        [1, 9, "1/9"],
        ["1/9", 1, 9],
        [9, "1/9", 1],
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("AHP_INCONSISTENT");
    expect(r.error.consistencyRatio).toBeGreaterThan(0.1);
  });

  it("accepts two criteria (always consistent)", () => {
    const r = deriveAhpWeights({
      criteria: ["quality", "price"],
      matrix: [
        [1, 3],
        ["1/3", 1],
      ],
    });
    expect(r.ok && r.value.weights).toEqual({ quality: 0.75, price: 0.25 });
  });

  it.each([
    [
      "not reciprocal",
      {
        criteria: ["a", "b"],
        matrix: [
          [1, 3],
          [3, 1],
        ],
      },
      ["comparisons", "matrix", 1, 0],
    ],
    [
      "diagonal not 1",
      {
        criteria: ["a", "b"],
        matrix: [
          [2, 3],
          ["1/3", 1],
        ],
      },
      ["comparisons", "matrix", 0, 0],
    ],
    [
      "off the scale",
      {
        criteria: ["a", "b"],
        matrix: [
          [1, 12],
          ["1/12", 1],
        ],
      },
      ["comparisons", "matrix", 0, 1],
    ],
    ["missing row", { criteria: ["a", "b"], matrix: [[1, 3]] }, ["comparisons", "matrix"]],
    [
      "divide by zero",
      {
        criteria: ["a", "b"],
        matrix: [
          [1, "1/0"],
          [0, 1],
        ],
      },
      ["comparisons", "matrix", 0, 1],
    ],
  ])("bad input: %s", (_name, comparisons, path) => {
    try {
      deriveAhpWeights(comparisons as never);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(path);
    }
  });
});

describe("saatyRandomIndex", () => {
  it("follows Saaty's table", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(saatyRandomIndex)).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
    ]);
  });
  it("refuses an order outside 1..10", () => {
    expect(() => saatyRandomIndex(11)).toThrow(/1 to 10/);
  });
});
