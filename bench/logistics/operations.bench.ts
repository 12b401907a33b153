import { bench, describe } from "vitest";
import {
  assessShipmentTracking,
  type CommercialInvoiceInput,
  checkCommercialInvoice,
  normaliseTrackingEvent,
  type TrackingEvent,
} from "../../src/logistics/index.js";

const codes = [
  ["InfoReceived", "InfoReceived_001"],
  ["InTransit", "InTransit_002"],
  ["InTransit", "InTransit_007"],
  ["InTransit", "InTransit_004"],
  ["Exception", "Exception_004"],
  ["InTransit", "InTransit_005"],
  ["OutForDelivery", "OutForDelivery_001"],
  ["Delivered", "Delivered_003"],
] as const;

const start = Date.UTC(2026, 9, 1);
const rawEvents = Array.from({ length: 10_000 }, (_, i) => {
  const [status, subStatus] = codes[i % codes.length] as (typeof codes)[number];
  return { vendor: "aftership" as const, status, subStatus, at: new Date(start + i * 60_000) };
});
const events: TrackingEvent[] = rawEvents.slice(0, 40).map(normaliseTrackingEvent);

const line = {
  description: "Stainless steel vacuum flask, 500 ml",
  hsCode: "9617.00.11",
  originCountry: "CN",
  quantity: 24,
  unit: "PCS" as const,
  netWeightKg: "7.2",
  grossWeightKg: "8.1",
  unitValue: { amount: "6.50", currency: "USD" },
  category: "home_kitchen",
};
const invoice: CommercialInvoiceInput = {
  invoiceNumber: "CI-BENCH",
  invoiceDate: "2026-10-08",
  shipper: { name: "Shipper", addressLines: ["1 Road"], city: "Ningbo", country: "CN" },
  consignee: { name: "Buyer", addressLines: ["2 Street"], city: "Berlin", country: "DE" },
  incoterm: "DAP",
  currency: "USD",
  exportCountry: "CN",
  destinationCountry: "DE",
  lines: Array.from({ length: 1000 }, () => line),
  declaredTotal: { amount: "156000.00", currency: "USD" },
};

describe("logistics operations", () => {
  bench("normalise 10,000 AfterShip checkpoints", () => {
    for (const raw of rawEvents) normaliseTrackingEvent(raw);
  });
  bench("assess one shipment (40 events: summary, stale, delay, triggers)", () => {
    assessShipmentTracking({
      shipment: {
        orderId: "SO-1",
        shipmentId: "SO-1-1",
        trackingNumber: "T1",
        carrier: "DHL",
        promisedDate: "2026-10-14",
      },
      events,
      now: "2026-10-15T12:00:00Z",
      timeZone: "Europe/Berlin",
    });
  });
  bench("check a 1,000-line commercial invoice", () => {
    checkCommercialInvoice(invoice);
  });
});
