/**
 * Ranks the four usual shipping methods (express, postal, dedicated line, overseas warehouse) for one parcel to
 * Germany and one to the United States, with the library's sample rate cards (sample prices, not real tariffs).
 * Run: npx tsx examples/logistics-rating.ts
 */
import { CN_2026, createBusinessCalendar, formatMoney, US_2026 } from "../src/core/index.js";
import {
  type SelectShippingMethodInput,
  type ShipmentInput,
  sampleShippingRateCards,
  selectShippingMethod,
} from "../src/logistics/index.js";

const cards = sampleShippingRateCards();
const calendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };
const shipDate = "2026-09-29T03:00:00Z"; // Tuesday 11:00 in Shenzhen, two days before Golden Week

const parcel = (country: string, postcode: string): ShipmentInput => ({
  destination: { country, postcode },
  pieces: [{ weightKg: "1.2", dimensionsCm: { length: 30, width: 20, height: 12 } }],
  contents: { batteries: ["UN3481"] },
});

function report(title: string, input: SelectShippingMethodInput): void {
  const selection = selectShippingMethod(input);
  console.log(`\n${title} (policy ${selection.policy}, compared in ${selection.comparedIn})`);
  for (const option of selection.ranked) {
    const quote = option.quote;
    const weight = quote ? `${quote.chargeable.value.toString()} ${quote.chargeable.unit}` : "-";
    const score = option.score ? ` score ${option.score.toFixed(3)}` : "";
    console.log(
      `  #${option.rank} ${option.id.padEnd(30)} ${formatMoney(option.total, "zh-CN").padStart(10)}  ` +
        `chargeable ${weight.padEnd(7)} handover ${option.eta.handoverDate}, delivered ${option.eta.earliest} to ${option.eta.latest}${score}`,
    );
  }
  for (const rejected of selection.rejected) {
    console.log(`  -  ${rejected.id.padEnd(30)} rejected: ${rejected.reasons.map((reason) => reason.code).join(", ")}`);
  }
}

for (const [country, postcode] of [
  ["DE", "10115"],
  ["US", "10001"],
] as const) {
  const base = { shipment: parcel(country, postcode), rateCards: cards, shipDate, calendars };
  report(`1.2 kg parcel with a UN3481 battery to ${country} ${postcode}`, { ...base, policy: "cheapest" });
  report(`Same parcel to ${country}, best value`, { ...base, policy: "best-value" });
}
console.log("\nSample prices for illustration only. DE has no calendar preset: Monday to Friday is assumed there.");
