import { bench, describe } from "vitest";
import { CN_2026, createBusinessCalendar, US_2026 } from "../../src/core/index.js";
import {
  auditFreightBill,
  defineRateCard,
  type FreightBookingInput,
  type FreightInvoiceLineInput,
  type RateCard,
  type ShipmentInput,
  sampleShippingRateCards,
  selectShippingMethod,
} from "../../src/logistics/index.js";

const calendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };
const shipDate = "2026-03-02T02:00:00Z";

/** `count` distinct cards derived from the samples, with shifted prices, transit times and cut-offs. */
function manyCards(count: number): RateCard[] {
  const samples = sampleShippingRateCards();
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length] as RateCard;
    return defineRateCard({
      ...sample,
      id: `${sample.id}-${i}`,
      carrier: `${sample.carrier} ${i % 17}`,
      zones: sample.zones.map((zone) => ({
        ...zone,
        transitDays: { min: zone.transitDays.min + (i % 3), max: zone.transitDays.max + (i % 5) },
      })),
      cutoff: { ...sample.cutoff, time: `${String(12 + (i % 8)).padStart(2, "0")}:00` },
    } as never);
  });
}

const cards200 = manyCards(200);
const cards20 = manyCards(20);
const parcel = (i: number): ShipmentInput => ({
  destination: { country: i % 2 === 0 ? "US" : "DE", postcode: String(10000 + (i % 9000)) },
  pieces: [
    {
      weightKg: (0.1 + (i % 300) / 10).toFixed(1),
      dimensionsCm: { length: 20 + (i % 40), width: 20, height: 10 + (i % 15) },
    },
  ],
  ...(i % 7 === 0 ? { contents: { batteries: ["UN3481"] } } : {}),
});
const shipments = Array.from({ length: 10_000 }, (_, i) => parcel(i));

describe("logistics rating", () => {
  bench("select among 200 rate cards for one shipment (target: median < 1 ms)", () => {
    selectShippingMethod({ shipment: parcel(1), rateCards: cards200, policy: "best-value", shipDate, calendars });
  });

  bench(
    "10,000 shipments × 20 rate cards (target: < 2 s)",
    () => {
      for (const shipment of shipments) {
        selectShippingMethod({
          shipment,
          rateCards: cards20,
          policy: "cheapest",
          shipDate,
          calendars,
          deliverBy: "2026-04-30",
        });
      }
    },
    { iterations: 3, warmupIterations: 1 },
  );

  const cny = (amount: string) => ({ amount, currency: "CNY" });
  const bookings: FreightBookingInput[] = Array.from({ length: 10_000 }, (_, i) => ({
    shipmentRef: `SHP-${i}`,
    rateCardId: "sample-express",
    zoneId: i % 2 === 0 ? "US" : "EU",
    chargeableWeight: "1.5",
    charges: [
      { code: "BASE", amount: cny(i % 2 === 0 ? "198.00" : "211.00") },
      { code: "FUEL", amount: cny(i % 2 === 0 ? "36.63" : "39.04") },
    ],
  }));
  const lines: FreightInvoiceLineInput[] = bookings.map((booking, i) => ({
    lineId: `L${i}`,
    shipmentRef: i % 500 === 499 ? "SHP-0" : booking.shipmentRef,
    rateCardId: "sample-express",
    ...(i % 50 === 0 ? { billedWeight: "2" } : {}),
    charges:
      i % 10 === 0
        ? [...booking.charges, { code: "REMOTE_AREA", amount: cny("185.00") }]
        : booking.charges.map((charge) => ({ ...charge })),
  }));
  const rateCards = sampleShippingRateCards();

  bench(
    "audit a 10,000-line freight bill (target: < 500 ms)",
    () => {
      auditFreightBill({ currency: "CNY", lines, bookings, rateCards, tolerance: { amount: "1.00", percent: "1" } });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
