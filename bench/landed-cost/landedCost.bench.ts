import { bench, describe } from "vitest";
import { allocate, Dec, type Decimal, money } from "../../src/core/index.js";
import { type LandedCostInput, landedCost } from "../../src/landed-cost/index.js";

const LINES = 10_000;

function shipment(): LandedCostInput {
  return {
    destination: "US",
    date: "2026-03-15",
    currency: "USD",
    incoterm: "FOB",
    mode: "ocean",
    allocation: "weight",
    freight: money("18450.00", "USD"),
    insurance: money("950.00", "USD"),
    lines: Array.from({ length: LINES }, (_, i) => ({
      id: `L${i}`,
      hsCode: i % 2 === 0 ? "6110.20.20" : "6205.20.20",
      originCountry: "CN",
      quantity: 1 + (i % 17),
      unitPrice: money(`${3 + (i % 50)}.${String(i % 100).padStart(2, "0")}`, "USD"),
      weightKg: `${1 + (i % 9)}.5`,
      duty: [{ kind: "ad-valorem" as const, rate: i % 2 === 0 ? "0.165" : "0.197" }],
    })),
  };
}

/** The same arithmetic with bare decimal.js: goods, freight/insurance allocation, duty, layer, MPF, HMF, totals. */
function bareDecimalLoop(input: LandedCostInput): Decimal {
  const lines = input.lines;
  const goods: Decimal[] = [];
  const weights: Decimal[] = [];
  for (const line of lines) {
    goods.push(new Dec((line.unitPrice as { amount: Decimal }).amount).times(line.quantity).toDecimalPlaces(2));
    weights.push(new Dec(line.weightKg ?? 0));
  }
  const freight = allocate(money("18450.00", "USD"), weights);
  const insurance = allocate(money("950.00", "USD"), weights);
  let customsValue = new Dec(0);
  let duty = new Dec(0);
  let layer = new Dec(0);
  let total = new Dec(0);
  for (let i = 0; i < lines.length; i++) {
    const value = goods[i] as Decimal;
    const rate = i % 2 === 0 ? "0.165" : "0.197";
    const lineDuty = value.times(rate).toDecimalPlaces(2);
    const lineLayer = value.times("0.10").toDecimalPlaces(2);
    customsValue = customsValue.plus(value);
    duty = duty.plus(lineDuty);
    layer = layer.plus(lineLayer);
    total = total
      .plus(value)
      .plus((freight[i] as { amount: Decimal }).amount)
      .plus((insurance[i] as { amount: Decimal }).amount)
      .plus(lineDuty)
      .plus(lineLayer);
  }
  const mpf = Dec.min(Dec.max(customsValue.times("0.003464").toDecimalPlaces(2), "33.58"), "651.50");
  const hmf = customsValue.times("0.00125").toDecimalPlaces(2);
  return total.plus(mpf).plus(hmf);
}

const input = shipment();

describe("10,000-line US ocean shipment, allocation by weight", () => {
  bench("landedCost (validation, rules, explanations, exact allocation)", () => {
    landedCost(input);
  });
  bench("bare decimal.js loop (same arithmetic, no explanations)", () => {
    bareDecimalLoop(input);
  });
});
