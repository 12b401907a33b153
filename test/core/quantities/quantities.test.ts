import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/core/money/decimal.js";
import { convertLength, length } from "../../../src/core/quantities/length.js";
import { percent, rate } from "../../../src/core/quantities/rate.js";
import { convertVolume, volume } from "../../../src/core/quantities/volume.js";
import { convertWeight, type WeightUnit, weight } from "../../../src/core/quantities/weight.js";
import { expectOpsError } from "../expectOpsError.js";

describe("conversions", () => {
  it.each([
    [weight("1", "lb"), "kg", "0.45359237"],
    [weight("16", "oz"), "lb", "1"],
    [weight("2500", "g"), "kg", "2.5"],
    [weight("1", "kg"), "g", "1000"],
  ] as const)("weight %o → %s", (from, to, expected) => {
    expect(convertWeight(from, to).value.toString()).toBe(expected);
  });

  it("converts lengths and volumes exactly", () => {
    expect(convertLength(length("10", "in"), "cm").value.toString()).toBe("25.4");
    expect(convertLength(length("1.5", "m"), "mm").value.toString()).toBe("1500");
    expect(convertVolume(volume("36531", "cm3"), "m3").value.toString()).toBe("0.036531");
    expect(convertVolume(volume("2", "L"), "cm3").value.toString()).toBe("2000");
  });

  it("round-trips every weight unit pair", () => {
    const units: WeightUnit[] = ["kg", "g", "lb", "oz"];
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.constantFrom(...units),
        fc.constantFrom(...units),
        (milli, from, to) => {
          const original = weight(new Dec(milli).div(1000), from);
          const back = convertWeight(convertWeight(original, to), from);
          expect(back.value.toSignificantDigits(40).equals(original.value)).toBe(true);
        },
      ),
    );
  });

  it("refuses negative, NaN, infinite values and unknown units", () => {
    expectOpsError(() => weight("-1", "kg"), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => weight(Number.NaN, "kg"), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => length(Number.POSITIVE_INFINITY, "cm"), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => volume("1", "gallon" as never), "INVALID_ARGUMENT", ["unit"]);
    expectOpsError(() => convertWeight(weight("1", "kg"), "stone" as never), "INVALID_ARGUMENT", ["to"]);
  });
});

describe("rates", () => {
  it("keeps rates exact and bounded", () => {
    expect(rate("0.19").toString()).toBe("0.19");
    expect(percent("12.5").toString()).toBe("0.125");
    expect(rate("1.5", { max: "10" }).toString()).toBe("1.5");
    expectOpsError(() => rate("1.2"), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => percent("-1"), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => rate(Number.NaN), "INVALID_ARGUMENT", ["value"]);
  });
});
