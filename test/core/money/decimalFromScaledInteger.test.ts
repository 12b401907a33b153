import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/core/money/decimal.js";
import { decimalFromScaledInteger } from "../../../src/core/money/decimalFromScaledInteger.js";

const internals = (value: unknown) => {
  const { s, e, d } = value as { s: number; e: number; d: number[] };
  return { s, e, d };
};

describe("decimalFromScaledInteger", () => {
  it.each([
    [199800, 2, "1998"],
    [-5, 3, "-0.005"],
    [123456789012345, 2, "1234567890123.45"],
    [0, 2, "0"],
    [10000000, 0, "10000000"],
    [1, 12, "0.000000000001"],
  ] as const)("%d × 10^-%d is %s", (integer, scale, expected) => {
    expect(decimalFromScaledInteger(integer, scale).toString()).toBe(expected);
  });

  it("builds exactly the decimal.js value its parser builds, for every sign, size and scale", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.integer({ min: -1000, max: 1000 }),
          fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 10_000_000, 9_999_999),
        ),
        fc.integer({ min: 0, max: 12 }),
        (integer, scale) => {
          const built = decimalFromScaledInteger(integer, scale);
          const parsed = new Dec(`${integer}e-${scale}`);
          expect(internals(built)).toEqual(internals(parsed));
          expect(built.constructor).toBe(Dec);
          expect(built.plus("0.5").minus(parsed).toString()).toBe("0.5");
        },
      ),
      { numRuns: 5000 },
    );
  });
});
