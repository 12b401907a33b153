/**
 * DDP landed cost per unit of one product — a cotton sweater made in China, FOB Shenzhen CNY 85.00 — shipped
 * 500 at a time by ocean to Germany, the US, the UK, Japan and Australia, in CNY so the markets compare.
 * Duty rates and freight are illustrative inputs; VAT/GST, regimes, fees and rounding come from the presets.
 *
 * Run: npx tsx examples/landed-cost-compare.ts
 */
import { createInMemoryFxRates, formatMoney, money } from "../src/core/index.js";
import { type LandedCostInput, landedCost } from "../src/landed-cost/index.js";

const fxRates = createInMemoryFxRates([
  { from: "EUR", to: "CNY", rate: "7.78", asOf: "2026-03-02", source: "illustrative" },
  { from: "USD", to: "CNY", rate: "7.12", asOf: "2026-03-02", source: "illustrative" },
  { from: "GBP", to: "CNY", rate: "9.04", asOf: "2026-03-02", source: "illustrative" },
  { from: "JPY", to: "CNY", rate: "0.0473", asOf: "2026-03-02", source: "illustrative" },
  { from: "AUD", to: "CNY", rate: "4.67", asOf: "2026-03-02", source: "illustrative" },
]);

// destination, illustrative MFN duty rate for HS 6110.20, ocean freight and onward transport for 500 pieces (CNY)
const markets: [string, string, string, string][] = [
  ["DE", "0.12", "2600.00", "900.00"],
  ["US", "0.165", "3900.00", "1200.00"],
  ["GB", "0.12", "2700.00", "800.00"],
  ["JP", "0.109", "1500.00", "700.00"],
  ["AU", "0.05", "2100.00", "900.00"],
];

const quantity = 500;
console.log(`DDP landed cost per sweater, ${quantity} pcs by ocean, FOB Shenzhen CNY 85.00, entry 2026-03-15\n`);
console.log("dest  regime             customs value (local)    duty CNY     tax CNY    fees CNY  per unit CNY");
for (const [destination, rate, freight, onward] of markets) {
  const input: LandedCostInput = {
    destination,
    date: "2026-03-15",
    currency: "CNY",
    incoterm: "FOB",
    mode: "ocean",
    fxRates,
    lines: [
      {
        id: "sweater",
        hsCode: "6110.20",
        originCountry: "CN",
        quantity,
        unitPrice: money("85.00", "CNY"),
        weightKg: "200",
        duty: [{ kind: "ad-valorem", rate }],
      },
    ],
    freight: money(freight, "CNY"),
    insurance: money("120.00", "CNY"),
    onwardTransport: money(onward, "CNY"),
  };
  const result = landedCost(input);
  const line = result.lines[0];
  const cells = [
    destination.padEnd(5),
    result.regime.code.padEnd(16),
    formatMoney(result.declaration.customsValue, "en-US", { currencyDisplay: "code" }).padStart(23),
    result.dutyTotal.amount.toFixed(2).padStart(11),
    result.taxTotal.amount.toFixed(2).padStart(11),
    result.feeTotal.amount.toFixed(2).padStart(11),
    line ? line.unitLandedCost.amount.toFixed(4).padStart(13) : "",
  ];
  console.log(cells.join(" "));
}
console.log("\nVAT/GST are shown as cost; a VAT-registered importer usually recovers them.");
console.log("US: Section 122 10% surcharge, MPF (formal entry) and HMF (ocean) are included.");
