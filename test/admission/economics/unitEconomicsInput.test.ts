import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeUnitEconomics,
  type UnitEconomicsInput,
  unitEconomicsInputSchema,
} from "../../../src/admission/index.js";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const usd = (amount: string, currency = "USD") => ({ amount, currency });
const typical: UnitEconomicsInput = {
  price: usd("30.00"),
  landedCost: { unitLandedCost: usd("8.00"), source: "LC-2026-031" },
  referralFee: { rate: "0.15", minimum: usd("0.30") },
  fulfilmentFee: usd("5.00"),
};
const BAD = ["NaN", "abc", "Infinity", "1e3", "", "1,5"];

describe("unitEconomicsInputSchema: malformed amounts", () => {
  it.each(BAD)("refuses a price of %j at the price amount", (amount) => {
    const input = { ...typical, price: usd(amount) };
    expect(unitEconomicsInputSchema.safeParse(input).success).toBe(false);
    expectOpsError(() => computeUnitEconomics(input), "INVALID_ARGUMENT", ["input", "price", "amount"]);
  });

  it.each(BAD)("refuses a fulfilment fee of %j at its amount", (amount) => {
    const input = { ...typical, fulfilmentFee: usd(amount) };
    expect(unitEconomicsInputSchema.safeParse(input).success).toBe(false);
    expectOpsError(() => computeUnitEconomics(input), "INVALID_ARGUMENT", ["input", "fulfilmentFee", "amount"]);
  });

  it("refuses a malformed wrapped landed cost at its inner amount", () => {
    const input = { ...typical, landedCost: { unitLandedCost: usd("NaN") } };
    expect(unitEconomicsInputSchema.safeParse(input).success).toBe(false);
    expectOpsError(() => computeUnitEconomics(input), "INVALID_ARGUMENT", [
      "input",
      "landedCost",
      "unitLandedCost",
      "amount",
    ]);
  });

  it("refuses a malformed bare landed cost naming its amount", () => {
    try {
      computeUnitEconomics({ ...typical, landedCost: usd("abc") });
      expect.unreachable();
    } catch (error) {
      if (!isCrossborderOpsError(error)) throw error;
      expect(error.issues[0]?.path).toEqual(["input", "landedCost"]);
      expect(error.issues[0]?.message).toMatch(/^amount must be a decimal string/);
    }
  });

  it("refuses an unknown price currency without crashing, and still checks the other amounts", () => {
    const input = { ...typical, price: usd("30.00", "QQQ"), fulfilmentFee: usd("-1") };
    expect(unitEconomicsInputSchema.safeParse(input).success).toBe(false);
    try {
      computeUnitEconomics(input);
      expect.unreachable();
    } catch (error) {
      if (!isCrossborderOpsError(error)) throw error;
      expect(error.issues.map((i) => i.path)).toEqual([
        ["input", "price", "currency"],
        ["input", "fulfilmentFee"],
      ]);
    }
  });

  it("never throws from safeParse, whatever the price amount (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("NaN", "Infinity", "1e3", "-5", "0")), (amount) => {
        const parsed = unitEconomicsInputSchema.safeParse({ ...typical, price: usd(amount) });
        if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(amount)) expect(parsed.success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
