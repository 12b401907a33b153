/** Chapters 8–9: a shipping method for a buyer order to Germany and one to the US, and the landed cost per unit. */
import {
  CN_2026,
  createBusinessCalendar,
  createInMemoryFxRates,
  formatMoney,
  money,
  US_2026,
} from "../../src/core/index.js";
import { landedCost } from "../../src/landed-cost/index.js";
import { sampleShippingRateCards, selectShippingMethod } from "../../src/logistics/index.js";
import { ORDERS, PRODUCT } from "./ids.js";
import { chapter, facts, say, table } from "./report.js";

export function shippingChapters() {
  chapter(8, "Shipping method per buyer order");
  const cards = sampleShippingRateCards();
  const calendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };
  const shipDate = "2026-09-29T03:00:00Z"; // Tuesday 11:00 in Shenzhen, two days before Golden Week
  const chosen: Record<string, { id: string; total: string; eta: string }> = {};
  for (const [orderId, country, postcode] of [
    [ORDERS.de, "DE", "10115"],
    [ORDERS.us, "US", "10001"],
  ] as const) {
    const selection = selectShippingMethod({
      shipment: {
        destination: { country, postcode },
        pieces: [{ weightKg: "0.45", dimensionsCm: { length: 18, width: 12, height: 6 } }],
        contents: { batteries: ["UN3481"] },
      },
      rateCards: cards,
      shipDate,
      calendars,
      policy: "cheapest",
    });
    say(`  ${orderId} → ${country} ${postcode} (policy ${selection.policy}, in ${selection.comparedIn})`);
    table(
      [">#", "method", ">total", "handover", "delivered"],
      [
        ...selection.ranked.map((o) => [
          o.rank,
          o.id,
          formatMoney(o.total, "zh-CN"),
          o.eta.handoverDate,
          `${o.eta.earliest} to ${o.eta.latest}`,
        ]),
        ...selection.rejected.map((r) => ["-", r.id, "", "", `rejected: ${r.reasons.map((x) => x.code).join(", ")}`]),
      ],
    );
    const best = selection.ranked[0];
    if (!best) throw new Error(`no method for ${country}`);
    chosen[country] = { id: best.id, total: formatMoney(best.total, "zh-CN"), eta: best.eta.latest };
    say(`  chosen for ${orderId}: ${best.id} (${formatMoney(best.total, "zh-CN")}, latest ${best.eta.latest})`);
    if (country === "DE") say();
  }

  chapter(9, "Landed cost per unit, DE and US (DDP, 1,500 units by ocean)");
  const fxRates = createInMemoryFxRates([
    { from: "EUR", to: "CNY", rate: "7.78", asOf: "2026-07-01", source: "illustrative" },
    { from: "USD", to: "CNY", rate: "7.12", asOf: "2026-07-01", source: "illustrative" },
  ]);
  const rows: (string | number)[][] = [];
  const perUnit: Record<string, string> = {};
  for (const [destination, dutyRate, freight, onward] of [
    ["DE", "0.027", "3200.00", "1100.00"],
    ["US", "0.034", "4800.00", "1500.00"],
  ] as const) {
    const result = landedCost({
      destination,
      date: "2026-08-20",
      currency: "CNY",
      incoterm: "FOB",
      mode: "ocean",
      fxRates,
      lines: [
        {
          id: PRODUCT.id,
          hsCode: PRODUCT.hsCode,
          originCountry: "CN",
          quantity: 1500,
          unitPrice: money("42.50", "CNY"),
          weightKg: "330",
          duty: [{ kind: "ad-valorem", rate: dutyRate }],
        },
      ],
      freight: money(freight, "CNY"),
      insurance: money("150.00", "CNY"),
      onwardTransport: money(onward, "CNY"),
    });
    const line = result.lines[0];
    const unit = line ? line.unitLandedCost.amount.toFixed(4) : "";
    perUnit[destination] = unit;
    rows.push([
      destination,
      result.regime.code,
      result.dutyTotal.amount.toFixed(2),
      result.taxTotal.amount.toFixed(2),
      result.feeTotal.amount.toFixed(2),
      unit,
    ]);
  }
  table(["dest", "regime", ">duty CNY", ">tax CNY", ">fees CNY", ">per unit CNY"], rows);
  facts([
    ["FOB unit price", "CNY 42.50"],
    ["duty rates", "illustrative (DE 2.7%, US 3.4%); VAT and US fees from the presets"],
  ]);
  return { chosen, perUnit };
}
