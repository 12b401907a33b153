import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInMemoryFxRates, Dec, type Decimal, money } from "../../src/core/index.js";
import { type LandedCostInput, type LandedCostResult, landedCost } from "../../src/landed-cost/index.js";

const MARKETS = [
  ["US", "USD"],
  ["DE", "EUR"],
  ["FR", "EUR"],
  ["GB", "GBP"],
  ["JP", "JPY"],
  ["AU", "AUD"],
  ["CA", "CAD"],
] as const;

const fxRates = createInMemoryFxRates(
  [
    ["USD", "7.1234"],
    ["EUR", "7.7811"],
    ["GBP", "9.0355"],
    ["JPY", "0.047316"],
    ["AUD", "4.6721"],
    ["CAD", "5.1937"],
  ].map(([from, rate]) => ({
    from: from as string,
    to: "CNY",
    rate: rate as string,
    asOf: "2025-01-02",
    source: "test",
  })),
);

const shipment = fc.record({
  market: fc.constantFrom(...MARKETS),
  inCny: fc.boolean(),
  date: fc.constantFrom("2025-05-01", "2025-05-02", "2025-09-15", "2026-03-15", "2026-06-30", "2026-07-01"),
  incoterm: fc.constantFrom("EXW", "FOB", "FCA", "CFR", "CIF", "DAP"),
  mode: fc.constantFrom("express", "postal", "air", "ocean"),
  buyer: fc.constantFrom("business", "consumer"),
  ioss: fc.boolean(),
  allocation: fc.constantFrom("value", "weight", "quantity"),
  rate: fc.integer({ min: 0, max: 400 }),
  lines: fc.array(
    fc.record({
      quantity: fc.integer({ min: 1, max: 40 }),
      unitCents: fc.integer({ min: 1, max: 400_000 }),
      weight: fc.integer({ min: 1, max: 5000 }),
      hs: fc.constantFrom("6109.10", "6205.20", "6403.99", "9503.00", "8471.30"),
      origin: fc.constantFrom("CN", "VN", "HK", "MX"),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  freightPermille: fc.integer({ min: 0, max: 300 }),
  onwardPermille: fc.integer({ min: 0, max: 100 }),
});

type Shipment = typeof shipment extends fc.Arbitrary<infer T> ? T : never;

function build(s: Shipment, ratePermille = s.rate): LandedCostInput {
  const destination: string = s.market[0];
  const currency: string = s.market[1];
  const zeroDecimals = currency === "JPY";
  const amount = (cents: number) => (zeroDecimals ? String(cents) : (cents / 100).toFixed(2));
  const goodsCents = s.lines.reduce((sum, line) => sum + line.quantity * line.unitCents, 0);
  const costs = (permille: number) => money(amount(Math.floor((goodsCents * permille) / 1000)), currency);
  const includesCosts = !["EXW", "FOB", "FCA"].includes(s.incoterm);
  return {
    destination,
    date: s.date,
    currency: s.inCny ? "CNY" : currency,
    incoterm: s.incoterm,
    mode: s.mode,
    buyer: s.buyer,
    iossRegistered: s.ioss,
    allocation: includesCosts ? "value" : s.allocation,
    fxRates,
    freight: costs(s.freightPermille),
    insurance: costs(5),
    onwardTransport: costs(s.onwardPermille),
    lines: s.lines.map((line, index) => ({
      id: `L${index}`,
      hsCode: line.hs,
      originCountry: line.origin,
      quantity: line.quantity,
      unitPrice: money(amount(line.unitCents), currency),
      weightKg: (line.weight / 10).toString(),
      duty: [{ kind: "ad-valorem" as const, rate: (ratePermille / 1000).toString() }],
    })),
  };
}

const sum = (values: readonly Decimal[]) => values.reduce((total, value) => total.plus(value), new Dec(0));

function expectLinesAddUp(result: LandedCostResult): void {
  const lines = result.lines;
  expect(sum(lines.map((l) => l.landedCost.amount)).toString()).toBe(result.landedTotal.amount.toString());
  expect(sum(lines.map((l) => l.duty.amount)).toString()).toBe(result.dutyTotal.amount.toString());
  expect(sum(lines.map((l) => l.tax.amount)).toString()).toBe(result.taxTotal.amount.toString());
  expect(sum(lines.map((l) => l.fees.amount)).toString()).toBe(result.feeTotal.amount.toString());
  for (const kind of ["duty", "tax", "fee"] as const) {
    const charges = result.charges.filter((c) => c.kind === kind);
    const total = kind === "duty" ? result.dutyTotal : kind === "tax" ? result.taxTotal : result.feeTotal;
    expect(sum(charges.map((c) => c.amountInCurrency.amount)).toString()).toBe(total.amount.toString());
  }
  for (const line of lines) {
    const parts = [line.goods, line.freight, line.insurance, line.onwardTransport, line.duty, line.tax, line.fees];
    expect(sum(parts.map((p) => p.amount)).toString()).toBe(line.landedCost.amount.toString());
    expect(line.landedCost.amount.isNegative()).toBe(false);
    expect(line.landedCost.amount.isFinite()).toBe(true);
  }
}

describe("landedCost properties", () => {
  it("line landed costs (and every component) sum exactly to the totals", () => {
    fc.assert(
      fc.property(shipment, (s) => expectLinesAddUp(landedCost(build(s)))),
      { numRuns: 120 },
    );
  });

  it("a higher duty rate never lowers the total", () => {
    fc.assert(
      fc.property(shipment, fc.integer({ min: 0, max: 200 }), (s, extra) => {
        const low = landedCost(build({ ...s, inCny: false }));
        const high = landedCost(build({ ...s, inCny: false }, s.rate + extra));
        expect(high.landedTotal.amount.gte(low.landedTotal.amount)).toBe(true);
        expect(high.regime.code).toBe(low.regime.code);
      }),
      { numRuns: 120 },
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(shipment, (s) => {
        const input = build(s);
        const before = JSON.stringify(input);
        landedCost(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 20 },
    );
  });
});
