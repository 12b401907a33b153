import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/core/index.js";
import {
  ceilDivide,
  plus,
  powerOfTen,
  rescale,
  roundHalfUpToScale,
  scaledOf,
  times,
} from "../../../src/logistics/rating/scaledInteger.js";

describe("exact safe-integer fixed point", () => {
  it("rounds half up like decimal.js", () => {
    expect(roundHalfUpToScale(86415, 3, 2)).toBe(8642); // 86.415 → 86.42
    expect(roundHalfUpToScale(86414, 3, 2)).toBe(8641);
    expect(roundHalfUpToScale(5, 1, 0)).toBe(1); // 0.5 → 1
    expect(roundHalfUpToScale(4999999, 7, 0)).toBe(0);
    expect(roundHalfUpToScale(1234, 2, 2)).toBe(1234);
    expect(roundHalfUpToScale(12, 0, 2)).toBe(1200);
  });

  it("rounds any safe integer exactly as decimal.js ROUND_HALF_UP (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeNat(), fc.integer({ min: 0, max: 10 ** 9 })),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 4 }),
        (value, from, to) => {
          const expected = new Dec(value)
            .div(10 ** from)
            .toDecimalPlaces(to, Dec.ROUND_HALF_UP)
            .times(10 ** to);
          const actual = roundHalfUpToScale(value, from, to);
          // Refused (NaN) only when the answer is beyond 2^53, or at the very top of the range where the remainder
          // check itself would not be exact.
          const refusable = expected.gt(Number.MAX_SAFE_INTEGER) || value + 10 ** (from - to) > Number.MAX_SAFE_INTEGER;
          if (Number.isNaN(actual)) expect(refusable).toBe(true);
          else expect(actual).toBe(expected.toNumber());
        },
      ),
      { numRuns: 500 },
    );
  });

  it("divides rounding up exactly, near 2^53 too (property)", () => {
    expect(ceilDivide(7, 2)).toBe(4);
    expect(ceilDivide(6, 2)).toBe(3);
    expect(ceilDivide(0, 5)).toBe(0);
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 2 ** 40 }), (a, b) => {
        const actual = ceilDivide(a, b);
        if (Number.isNaN(actual)) return; // a + b beyond 2^53: refused, not guessed
        expect(BigInt(actual)).toBe((BigInt(a) + BigInt(b) - 1n) / BigInt(b));
      }),
      { numRuns: 500 },
    );
  });

  it("answers NaN instead of rounding when a result leaves the safe range", () => {
    expect(times(2 ** 30, 2 ** 23)).toBeNaN(); // exactly 2^53: representable, but not safe
    expect(times(94906267, 94906267)).toBeNaN(); // 9007199515875289 > 2^53 − 1
    expect(times(3, 4)).toBe(12);
    expect(plus(Number.MAX_SAFE_INTEGER, 1)).toBeNaN();
    expect(plus(Number.NaN, 1)).toBeNaN();
    expect(rescale(12, 2, 4)).toBe(1200);
    expect(rescale(9_007_199_254_740, 0, 4)).toBeNaN();
    expect(powerOfTen(16)).toBeNaN();
  });

  it("reads decimals at a scale, refusing more decimals than the scale or values beyond 2^53", () => {
    expect(scaledOf(new Dec("12.345"), 3)).toBe(12345);
    expect(scaledOf(new Dec("12.345"), 5)).toBe(1234500);
    expect(scaledOf(new Dec("12.345"), 2)).toBeNaN();
    expect(scaledOf(new Dec("90071992547409.92"), 2)).toBeNaN();
    expect(scaledOf(new Dec("0"), 0)).toBe(0);
    expect(scaledOf(new Dec("-1.5"), 1)).toBe(-15);
  });

  it("reads any decimal exactly, on the fast route below 2^49 and the decimal route above (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -(10 ** 6), max: 10 ** 6 })),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 3 }),
        (integer, places, extra) => {
          const value = new Dec(integer).div(10 ** places);
          const expected = value.times(10 ** (places + extra));
          const actual = scaledOf(value, places + extra);
          if (expected.abs().gt(Number.MAX_SAFE_INTEGER) || places + extra > 15) expect(actual).toBeNaN();
          else expect(actual).toBe(expected.toNumber());
        },
      ),
      { numRuns: 1000 },
    );
  });
});
