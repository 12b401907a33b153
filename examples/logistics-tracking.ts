/**
 * A parcel from Shenzhen to Berlin: vendor tracking events normalised, a customs hold, a delay against the
 * promised date, the notification triggers for customer service, and a commercial-invoice check that catches a
 * vague description. Run with `npx tsx examples/logistics-tracking.ts`.
 */
import { describeCode } from "../src/core/index.js";
import {
  assessShipmentTracking,
  checkCommercialInvoice,
  logisticsOperationsMessages,
  normaliseTrackingEvent,
  type VendorTrackingEvent,
} from "../src/logistics/index.js";

const shipment = {
  orderId: "SO-1001",
  shipmentId: "SO-1001-1",
  trackingNumber: "LX123456789CN",
  carrier: "China Post → Deutsche Post",
  promisedDate: "2026-10-14",
};

// The first mile arrives from 17TRACK, the last mile from AfterShip: both normalise to one vocabulary.
const vendorEvents: VendorTrackingEvent[] = [
  { vendor: "17track", status: "InfoReceived", subStatus: "InfoReceived", at: "2026-10-08T03:00:00Z" },
  {
    vendor: "17track",
    status: "InTransit",
    subStatus: "InTransit_PickedUp",
    at: "2026-10-09T02:00:00Z",
    location: "Shenzhen",
  },
  {
    vendor: "17track",
    status: "InTransit",
    subStatus: "InTransit_Departure",
    at: "2026-10-10T16:00:00Z",
    location: "Shenzhen",
  },
  {
    vendor: "aftership",
    status: "InTransit",
    subStatus: "InTransit_004",
    at: "2026-10-12T05:00:00Z",
    location: "Leipzig",
  },
  {
    vendor: "aftership",
    status: "Exception",
    subStatus: "Exception_004",
    at: "2026-10-13T08:00:00Z",
    location: "Leipzig",
  },
];
const events = vendorEvents.map(normaliseTrackingEvent);

const zh = (code: string) => describeCode(code, "zh-CN", logisticsOperationsMessages);
console.log(`Shipment ${shipment.shipmentId} (${shipment.trackingNumber}), promised ${shipment.promisedDate}`);
for (const e of events) {
  const raw = [e.rawStatus, e.rawSubStatus].filter(Boolean).join(" / ");
  console.log(
    `  ${e.at.toISOString().slice(0, 16)}  ${(e.vendor ?? "").padEnd(9)} ${raw.padEnd(32)} → ${e.status} / ${e.subStatus}  ${zh(`tracking.${e.status}`)}`,
  );
}

const assessment = assessShipmentTracking({
  shipment,
  events,
  now: "2026-10-15T12:00:00+02:00",
  timeZone: "Europe/Berlin",
  staleAfterDays: 3,
});
const { summary, delay, stale, triggers } = assessment;
console.log(`\nNow: ${summary.status} / ${summary.subStatus}`);
console.log(`Delay: ${delay?.state}, ${delay?.daysLate} day(s) past ${delay?.promisedDate} (${zh("TRACKING_LATE")})`);
console.log(`Stale: ${stale?.stale} (${stale?.silentDays} silent day(s), threshold ${stale?.thresholdDays})`);
console.log("\nNotification triggers for customer service:");
for (const t of triggers) console.log(`  ${t.type.padEnd(17)} ${t.at}  ${t.dedupeKey}`);

const report = checkCommercialInvoice({
  invoiceNumber: "CI-2026-0918",
  invoiceDate: "2026-10-08",
  shipper: {
    name: "Shenzhen Bright Homeware Co., Ltd.",
    addressLines: ["18 Keji Road"],
    city: "Shenzhen",
    country: "CN",
  },
  consignee: {
    name: "Anna Schmidt",
    addressLines: ["Torstraße 12"],
    city: "Berlin",
    postalCode: "10119",
    country: "DE",
  },
  incoterm: "DAP",
  incotermPlace: "Berlin",
  currency: "USD",
  exportCountry: "CN",
  destinationCountry: "DE",
  defaultOriginCountry: "CN",
  lines: [
    {
      description: "Stainless steel vacuum flask, 500 ml",
      hsCode: "9617.00.11",
      quantity: 2,
      unit: "PCS",
      netWeightKg: "0.6",
      grossWeightKg: "0.75",
      unitValue: { amount: "6.50", currency: "USD" },
      category: "home_kitchen",
    },
    {
      description: "Phone accessories",
      descriptionZh: "手机配件",
      hsCode: "3926.90.97",
      quantity: 3,
      unit: "PCS",
      netWeightKg: "0.15",
      grossWeightKg: "0.2",
      unitValue: { amount: "1.85", currency: "USD" },
    },
  ],
  declaredTotal: { amount: "18.55", currency: "USD" },
  packages: [{ marks: "SO-1001 / 1/1 / MADE IN CHINA", cartons: 1, grossWeightKg: "0.95" }],
});
console.log(`\nCommercial invoice CI-2026-0918: ${report.clean ? "clean" : "would be held"}`);
console.log(`  computed total ${report.computedTotal.amount.toFixed(2)} ${report.computedTotal.currency}`);
for (const f of report.findings) {
  console.log(`  [${f.severity}] ${f.code} at ${f.path.join(".")}: ${f.message}`);
  console.log(`          ${zh(f.code)}`);
}
