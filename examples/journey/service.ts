/** Chapters 10–13: tracking events turned into buyer notices, a return with its refund, a complaint and its CAPA. */
import { CN_2026, createBusinessCalendar, formatMoney, money, transition } from "../../src/core/index.js";
import { assessShipmentTracking, normaliseTrackingEvent, type VendorTrackingEvent } from "../../src/logistics/index.js";
import { applyCapaEvent, capaMachine, openCapa } from "../../src/quality/index.js";
import {
  calculateRefund,
  checkReturnEligibility,
  complaintMachine,
  createRma,
  defaultReturnPolicy,
  openComplaint,
  planTrackingNotice,
  type RmaEvent,
  rmaAmount,
  rmaMachine,
  type SentTrackingNotice,
  trackingNoticeTemplates,
} from "../../src/service/index.js";
import { LOTS, nextId, ORDERS, PRODUCT, SUPPLIER } from "./ids.js";
import { machines } from "./machines.js";
import { chapter, facts, say, table } from "./report.js";
import type { shippingChapters } from "./shipping.js";

export function serviceChapters(
  shipping: ReturnType<typeof shippingChapters>,
  quality: { ncrId: string; inspectionIds: string[] },
) {
  chapter(10, "Tracking events → buyer notices");
  const shipment = {
    orderId: ORDERS.de,
    shipmentId: `${ORDERS.de}-1`,
    trackingNumber: "LX123456789CN",
    carrier: shipping.chosen.DE?.id ?? "postal",
    promisedDate: "2026-10-14",
  };
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
  table(
    ["at (UTC)", "vendor", "raw", "normalised"],
    events.map((e) => [
      e.at.toISOString().slice(0, 16),
      e.vendor ?? "",
      [e.rawStatus, e.rawSubStatus].filter(Boolean).join(" / "),
      `${e.status} / ${e.subStatus}`,
    ]),
  );
  const assessment = assessShipmentTracking({
    shipment,
    events,
    now: "2026-10-15T12:00:00+02:00",
    timeZone: "Europe/Berlin",
    staleAfterDays: 3,
  });
  const sent: SentTrackingNotice[] = [];
  const noticeRows: string[][] = [];
  // Logistics' triggers go to service as they are; a delay notice also needs the carrier's new estimate, which
  // tracking alone cannot know: the host adds it.
  const toServiceTrigger = (t: (typeof assessment.triggers)[number]) =>
    t.type === "delayed" ? { ...t, expectedDate: "2026-10-19" } : t;
  for (const trigger of assessment.triggers) {
    const notice = planTrackingNotice({
      trigger: toServiceTrigger(trigger),
      buyer: { name: "Anna Schmidt", channel: "email", language: "de" },
      sent,
      templates: trackingNoticeTemplates,
    });
    if (notice.ok) {
      sent.push(notice.value.record);
      noticeRows.push([trigger.type, "sent", notice.value.reply.subject ?? notice.value.reply.body.slice(0, 60)]);
    } else noticeRows.push([trigger.type, notice.error.code, notice.error.message]);
  }
  say(
    `  status now ${assessment.summary.status} / ${assessment.summary.subStatus}, delay ${assessment.delay?.state ?? "-"}`,
  );
  table(["trigger", "notice", "subject"], noticeRows);

  chapter(11, "Return and refund");
  const terms = checkReturnEligibility(defaultReturnPolicy, {
    marketplace: "amazon-de",
    category: "electronics",
    reason: "defective",
    deliveredOn: "2026-10-16",
    requestedOn: "2026-10-20",
    opened: true,
  });
  if (!terms.ok) throw new Error(terms.error.message);
  const order = {
    currency: "EUR",
    lines: [{ lineId: "1", sku: PRODUCT.id, unitPrice: money("34.99", "EUR"), quantity: 2 }],
    orderDiscount: money("3.00", "EUR"),
    shipping: money("4.90", "EUR"),
  };
  const refund = calculateRefund({
    order,
    returnLines: [{ lineId: "1", quantity: 1 }],
    refundOriginalShipping: terms.value.refundOriginalShipping,
    restockingFeeRate: terms.value.restockingFeeRate,
  });
  const line = refund.lines[0];
  if (line)
    table(
      ["line", ">item", ">discount", ">shipping", ">fee", ">refund"],
      [
        [
          `1 × ${PRODUCT.id}`,
          formatMoney(line.itemAmount, "de-DE"),
          `-${formatMoney(line.discount, "de-DE")}`,
          formatMoney(line.shipping, "de-DE"),
          `-${formatMoney(line.restockingFee, "de-DE")}`,
          formatMoney(refund.total, "de-DE"),
        ],
      ],
    );
  say(`  Refund total: ${refund.total.amount.toFixed(2)} ${refund.total.currency} (${terms.value.fault}'s fault)`);
  const rmaId = nextId("RMA");
  let rma = createRma({
    rmaId,
    orderId: ORDERS.de,
    reason: "defective",
    description: "does not charge the phone",
    lines: [{ lineId: "1", sku: PRODUCT.id, quantity: 1, lotId: LOTS.second, supplierId: SUPPLIER.id }],
  });
  machines.track(`RMA ${rmaId}`, rmaMachine, rma);
  const rmaEffects: string[] = [];
  const rmaSteps: RmaEvent[] = [
    { type: "APPROVE", shipBy: "2026-11-03" },
    { type: "ISSUE_LABEL", carrier: "DHL", trackingNumber: "JJD000390007" },
    { type: "SHIP_BACK" },
    { type: "RECEIVE" },
    { type: "INSPECT", outcome: "defect-confirmed", notes: "no output on USB-C" },
    { type: "REFUND", amount: rmaAmount(refund.total) },
  ];
  for (const event of rmaSteps) {
    const r = transition(rmaMachine, rma, event);
    if (!r.ok) throw new Error(`RMA ${event.type}: ${r.error.message}`);
    rma = r.value.snapshot;
    rmaEffects.push(...r.value.effects.map((e) => e.type));
  }
  machines.track(`RMA ${rmaId}`, rmaMachine, rma);
  facts([
    ["RMA", `${rmaId}: ${rmaSteps.map((e) => e.type).join(" → ")} → ${rma.state}`],
    ["effects", rmaEffects.join(", ")],
  ]);

  chapter(12, "Complaint → CAPA");
  const complaintId = nextId("CMP");
  let complaint = openComplaint({
    complaintId,
    openedAt: "2026-10-21T08:00:00Z",
    channel: "email",
    severity: "critical",
    description: "power bank got hot while charging, second unit of the order",
    links: { orderId: ORDERS.de, sku: PRODUCT.id, supplierId: SUPPLIER.id, rmaId },
  });
  machines.track(`complaint ${complaintId}`, complaintMachine, complaint);
  const complaintEvents = [
    { type: "ACKNOWLEDGE" as const, at: "2026-10-21T08:30:00Z" },
    {
      type: "LINK" as const,
      links: { lotInspectionId: quality.inspectionIds[1] ?? "", shipmentId: shipment.shipmentId },
    },
    {
      type: "RESOLVE" as const,
      at: "2026-10-23T06:00:00Z",
      resolution: { kind: "replacement" as const, summary: "replacement sent, apology" },
      rootCause: {
        category: "supplier" as const,
        description: "charging IC overheats on some units of lot B",
        capaRequired: true,
      },
    },
  ];
  let capaRequest: Record<string, unknown> | undefined;
  for (const event of complaintEvents) {
    const r = transition(complaintMachine, complaint, event);
    if (!r.ok) throw new Error(`complaint ${event.type}: ${r.error.message}`);
    complaint = r.value.snapshot;
    for (const effect of r.value.effects)
      if (effect.type === "open-capa") capaRequest = effect as Record<string, unknown>;
  }
  machines.track(`complaint ${complaintId}`, complaintMachine, complaint);
  if (!capaRequest) throw new Error("the complaint's root cause asks for a CAPA");
  const rootCause = capaRequest.rootCause as { description: string };
  const capaId = nextId("CAPA");
  let capa = openCapa(
    {
      id: capaId,
      problem: `${complaintId}: ${rootCause.description}`,
      openedOn: "2026-10-23",
      ncrIds: [quality.ncrId],
      supplierId: SUPPLIER.id,
      sku: PRODUCT.id,
    },
    createBusinessCalendar(CN_2026),
  );
  machines.track(`CAPA ${capaId}`, capaMachine, capa);
  const formed = applyCapaEvent(capa, {
    type: "FORM_TEAM",
    on: "2026-10-23",
    leader: "sqe.chen",
    members: ["qe.li", "supplier.wu"],
  });
  if (!formed.ok) throw new Error(formed.error.message);
  capa = formed.value.snapshot;
  machines.track(`CAPA ${capaId}`, capaMachine, capa);
  facts([
    ["complaint", `${complaintId} ${complaint.state}, effect open-capa (source ${String(capaRequest.source)})`],
    ["CAPA", `${capaId} opened 2026-10-23, now ${capa.state}`],
  ]);
  chapter(13, "CAPA due dates (CN_2026 calendar)");
  table(
    ["step", "due"],
    Object.entries(capa.context.due).map(([step, due]) => [step, String(due)]),
  );
  return { refund, rma, complaint, capa };
}
