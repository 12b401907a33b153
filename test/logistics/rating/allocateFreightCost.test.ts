import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, type Decimal, money, sumMoney } from "../../../src/core/index.js";
import { allocateFreightCost } from "../../../src/logistics/index.js";
import { expectThrows } from "./helpers.js";

const shares = (list: { amount: { amount: Decimal } }[]) => list.map((s) => s.amount.amount.toFixed(2));

describe("allocateFreightCost", () => {
  it("by chargeable weight, volume, value and count, exactly", () => {
    const lines = [
      { id: "SO-1", chargeableWeightKg: "1.5", volumeCbm: "0.01", value: money("20.00", "USD"), count: 1 },
      { id: "SO-2", chargeableWeightKg: "3", volumeCbm: "0.02", value: money("50.00", "USD"), count: 1 },
      { id: "SO-3", chargeableWeightKg: "1.5", volumeCbm: "0.03", value: money("30.00", "USD"), count: 1 },
    ];
    const total = money("100.00", "USD");
    expect(shares(allocateFreightCost({ total, basis: "chargeable-weight", lines }))).toEqual([
      "25.00",
      "50.00",
      "25.00",
    ]);
    expect(shares(allocateFreightCost({ total, basis: "volume", lines }))).toEqual(["16.67", "33.33", "50.00"]);
    expect(shares(allocateFreightCost({ total, basis: "value", lines }))).toEqual(["20.00", "50.00", "30.00"]);
    // 33.333… each: the extra cent goes to the first line
    expect(shares(allocateFreightCost({ total, basis: "count", lines }))).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("shares always add back to the total (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 12 })
          .filter((g) => g.some((x) => x > 0)),
        (cents, grams) => {
          const total = money(new Dec(cents).div(100), "EUR");
          const result = allocateFreightCost({
            total,
            basis: "chargeable-weight",
            lines: grams.map((g, i) => ({ id: `L${i}`, chargeableWeightKg: new Dec(g).div(1000) })),
          });
          return sumMoney(result.map((s) => s.amount)).amount.eq(total.amount);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses bad input", () => {
    const total = money("10.00", "USD");
    expectThrows(
      () => allocateFreightCost({ total, basis: "volume", lines: [{ id: "A", count: 1 }] }),
      "INVALID_ARGUMENT",
      ["input", "lines", 0, "volumeCbm"],
    );
    expectThrows(
      () => allocateFreightCost({ total: money("10.005", "USD"), basis: "count", lines: [{ id: "A", count: 1 }] }),
      "INVALID_ARGUMENT",
      ["input", "total"],
    );
    expectThrows(
      () => allocateFreightCost({ total, basis: "count", lines: [{ id: "A", count: 0 }] }),
      "INVALID_ARGUMENT",
      ["input", "lines"],
    );
    expectThrows(
      () =>
        allocateFreightCost({
          total,
          basis: "value",
          lines: [
            { id: "A", value: money("1", "USD") },
            { id: "B", value: money("1", "EUR") },
          ],
        }),
      "INVALID_ARGUMENT",
      ["input", "lines", 1, "value", "currency"],
    );
    expectThrows(() => allocateFreightCost({ total, basis: "count", lines: [] }), "INVALID_ARGUMENT", [
      "input",
      "lines",
    ]);
  });
});
