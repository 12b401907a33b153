import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeUnitEconomics, type UnitEconomicsInput } from "../../../src/admission/index.js";
import { money, moneyFromMinor } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const usd = (amount: string) => money(amount, "USD");

const typical: UnitEconomicsInput = {
  price: usd("30.00"),
  landedCost: { unitLandedCost: usd("8.00"), source: "LC-2026-031" },
  referralFee: { rate: "0.15", minimum: usd("0.30") },
  fulfilmentFee: usd("5.00"),
  advertisingRate: "0.10",
  returnAllowanceRate: "0.05",
  paymentFeeRate: "0.03",
  fxFeeRate: "0.02",
};

describe("computeUnitEconomics: worked examples", () => {
  it("explains a typical product line by line", () => {
    const r = computeUnitEconomics(typical);
    expect(r.lines.map((l) => [l.key, l.amount.amount.toFixed(2)])).toEqual([
      ["price", "30.00"],
      ["referralFee", "-4.50"],
      ["fulfilmentFee", "-5.00"],
      ["advertising", "-3.00"],
      ["returnAllowance", "-1.50"],
      ["paymentFee", "-0.90"],
      ["fxFee", "-0.60"],
      ["landedCost", "-8.00"],
      ["contributionMargin", "6.50"],
    ]);
    expect(r.lines[1]?.basis).toBe("15% of USD 30.00 (minimum USD 0.30)");
    expect(r.lines[7]?.basis).toBe("per unit, from LC-2026-031");
    expect(r.totalCosts.amount.toString()).toBe("23.5");
    expect(r.contributionMargin.amount.toString()).toBe("6.5");
    expect(r.marginPercent.toFixed(2)).toBe("21.67");
    expect(r.landedCostSource).toBe("LC-2026-031");
    // 13.00 fixed / (1 - 0.15 - 0.10 - 0.05 - 0.03 - 0.02) = 13 / 0.65 = 20 exactly
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.exact.amount.toString()).toBe("20");
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.price.amount.toFixed(2)).toBe("20.00");
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.referralBasis).toBe("rate");
    // 6.50 margin + 3.00 advertising
    expect(r.breakEvenAdSpend.amount.toFixed(2)).toBe("9.50");
    expect(r.breakEvenAdvertisingPercent.toFixed(2)).toBe("31.66");
  });

  it("gives a zero margin at the exact break-even price", () => {
    const r = computeUnitEconomics({ ...typical, price: usd("20") });
    expect(r.contributionMargin.amount.isZero()).toBe(true);
    expect(r.marginPercent.toFixed(2)).toBe("0.00");
  });

  it("uses the per-item minimum referral fee for cheap items, also when solving the break-even price", () => {
    const r = computeUnitEconomics({
      price: usd("2.00"),
      landedCost: usd("1.00"),
      referralFee: { rate: "0.08", minimum: usd("0.30") },
    });
    expect(r.lines[1]?.amount.amount.toFixed(2)).toBe("-0.30");
    expect(r.contributionMargin.amount.toFixed(2)).toBe("0.70");
    // (1.00 + 0.30) / 1 = 1.30, and 8% of 1.30 = 0.104 is still below the minimum
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.price.amount.toFixed(2)).toBe("1.30");
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.referralBasis).toBe("minimum");
  });

  it("rounds a non-terminating break-even price up to the cent", () => {
    const r = computeUnitEconomics({ price: usd("10"), landedCost: usd("1.00"), referralFee: { rate: "0.15" } });
    // 1 / 0.85 = 1.17647...
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.exact.amount.toFixed(5)).toBe("1.17647");
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.price.amount.toFixed(2)).toBe("1.18");
    const below = computeUnitEconomics({ price: usd("1.17"), landedCost: usd("1.00"), referralFee: { rate: "0.15" } });
    expect(below.contributionMargin.amount.toString()).toBe("-0.0055");
    const at = computeUnitEconomics({ price: usd("1.18"), landedCost: usd("1.00"), referralFee: { rate: "0.15" } });
    expect(at.contributionMargin.amount.toString()).toBe("0.003");
  });

  it("works in a currency without minor units (JPY)", () => {
    const yen = (amount: string) => money(amount, "JPY");
    const r = computeUnitEconomics({
      price: yen("3980"),
      landedCost: yen("1200"),
      referralFee: { rate: "0.10", minimum: yen("30") },
      fulfilmentFee: yen("421"),
      advertisingRate: "0.08",
    });
    // 3980 - 398 - 421 - 318.4 - 1200
    expect(r.contributionMargin.amount.toString()).toBe("1642.6");
    // 1621 / 0.82 = 1976.83 -> 1977
    expect(r.breakEvenPrice.ok && r.breakEvenPrice.value.price.amount.toString()).toBe("1977");
  });

  it("lists other unit costs and a fixed payment fee", () => {
    const r = computeUnitEconomics({
      price: usd("25.00"),
      landedCost: usd("7.25"),
      referralFee: { rate: "0.15" },
      paymentFixedFee: usd("0.30"),
      otherUnitCosts: [{ label: "Insert card", amount: usd("0.12") }],
    });
    expect(r.lines.map((l) => l.label)).toEqual([
      "Selling price",
      "Referral fee",
      "Payment fee per order",
      "Landed cost",
      "Insert card",
      "Contribution margin",
    ]);
    expect(r.contributionMargin.amount.toFixed(2)).toBe("13.58");
  });

  it("reports NO_BREAK_EVEN_PRICE when the rates reach 100% of the price", () => {
    const r = computeUnitEconomics({
      price: usd("10"),
      landedCost: usd("1"),
      referralFee: { rate: "0.15" },
      advertisingRate: "0.50",
      returnAllowanceRate: "0.35",
    });
    expect(r.breakEvenPrice.ok).toBe(false);
    if (!r.breakEvenPrice.ok) {
      expect(r.breakEvenPrice.error.code).toBe("NO_BREAK_EVEN_PRICE");
      expect(r.breakEvenPrice.error.message).toContain("100%");
    }
  });

  it("accepts JSON money and does not mutate the input", () => {
    const input = {
      price: { amount: "30.00", currency: "USD" },
      landedCost: { amount: "8.00", currency: "USD" },
      referralFee: { rate: 0.15 },
    };
    const copy = structuredClone(input);
    expect(computeUnitEconomics(input).contributionMargin.amount.toFixed(2)).toBe("17.50");
    expect(input).toEqual(copy);
  });
});

describe("computeUnitEconomics: bad input", () => {
  it("refuses a non-positive price", () => {
    expectOpsError(() => computeUnitEconomics({ ...typical, price: usd("0") }), "INVALID_ARGUMENT", ["input", "price"]);
  });
  it("refuses a rate of 100% or more", () => {
    expectOpsError(() => computeUnitEconomics({ ...typical, advertisingRate: "1" }), "INVALID_ARGUMENT", [
      "input",
      "advertisingRate",
    ]);
  });
  it("refuses a cost in another currency", () => {
    expectOpsError(() => computeUnitEconomics({ ...typical, fulfilmentFee: money("5", "EUR") }), "INVALID_ARGUMENT", [
      "input",
      "fulfilmentFee",
    ]);
  });
  it("refuses a negative landed cost", () => {
    expectOpsError(() => computeUnitEconomics({ ...typical, landedCost: usd("-1") }), "INVALID_ARGUMENT", [
      "input",
      "landedCost",
      "unitLandedCost",
    ]);
  });
  it("refuses a malformed rate", () => {
    expectOpsError(() => computeUnitEconomics({ ...typical, referralFee: { rate: "15%" } }), "INVALID_ARGUMENT", [
      "input",
      "referralFee",
      "rate",
    ]);
  });
});

const rate = (maxBasisPoints: number) =>
  fc.integer({ min: 0, max: maxBasisPoints }).map((bp) => (bp / 10000).toFixed(4));
const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => moneyFromMinor(c, "USD"));
const inputs = fc.record({
  landedCost: cents(50_000),
  referralRate: rate(2000),
  minimum: cents(200),
  fulfilmentFee: cents(2_000),
  advertisingRate: rate(2000),
  returnAllowanceRate: rate(1500),
  paymentFeeRate: rate(500),
  fxFeeRate: rate(500),
});
const build = (i: typeof inputs extends fc.Arbitrary<infer T> ? T : never, price: ReturnType<typeof usd>) => ({
  price,
  landedCost: i.landedCost,
  referralFee: { rate: i.referralRate, minimum: i.minimum },
  fulfilmentFee: i.fulfilmentFee,
  advertisingRate: i.advertisingRate,
  returnAllowanceRate: i.returnAllowanceRate,
  paymentFeeRate: i.paymentFeeRate,
  fxFeeRate: i.fxFeeRate,
});

describe("computeUnitEconomics: properties", () => {
  it("a higher price never lowers the margin", () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (i, p, step) => {
        const low = computeUnitEconomics(build(i, moneyFromMinor(p, "USD")));
        const high = computeUnitEconomics(build(i, moneyFromMinor(p + step, "USD")));
        return high.contributionMargin.amount.gte(low.contributionMargin.amount);
      }),
      { numRuns: 100 },
    );
  });

  it("the break-even price gives a zero margin; one cent less loses money", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = computeUnitEconomics(build(i, usd("100")));
        if (!r.breakEvenPrice.ok) return false;
        const { exact, price } = r.breakEvenPrice.value;
        if (!exact.amount.isPositive()) return true;
        const atExact = computeUnitEconomics(build(i, exact)).contributionMargin.amount;
        expect(atExact.abs().lt("1e-40")).toBe(true);
        expect(computeUnitEconomics(build(i, price)).contributionMargin.amount.gte(0)).toBe(true);
        if (price.amount.gt("0.01")) {
          const cheaper = moneyFromMinor(price.amount.times(100).minus(1).toFixed(0), "USD");
          expect(computeUnitEconomics(build(i, cheaper)).contributionMargin.amount.isNegative()).toBe(true);
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
