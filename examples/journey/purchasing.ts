/** Chapters 3–4: the purchase order with its 30% deposit, and the production milestones on the CN calendar. */

import { canIssuePurchaseOrder } from "../../src/admission/index.js";
import { CN_2026, createBusinessCalendar, formatMoney, initialSnapshot, transition } from "../../src/core/index.js";
import {
  openReceivingLedger,
  type PurchaseOrderEvent,
  type PurchaseOrderInput,
  planProcurementMilestones,
  purchaseOrderAmounts,
  purchaseOrderMachine,
  schedulePurchaseOrderPayments,
  trackProcurementPlan,
} from "../../src/suppliers/index.js";
import type { admissionChapters } from "./admission.js";
import { LOTS, PO_ID, PRODUCT, SUPPLIER } from "./ids.js";
import { machines } from "./machines.js";
import { chapter, facts, say, table } from "./report.js";

export const cn = createBusinessCalendar(CN_2026);

export function purchasingChapters(admission: ReturnType<typeof admissionChapters>) {
  chapter(3, "Purchase order with a 30% deposit");
  const allowed = canIssuePurchaseOrder(admission.proposal, { supplierId: SUPPLIER.id, status: "approved" });
  const po: PurchaseOrderInput = {
    id: PO_ID,
    supplierId: SUPPLIER.id,
    currency: "CNY",
    orderedOn: "2026-06-15",
    paymentTerms: [
      { id: "deposit", percent: 30, due: "on-order" },
      { id: "balance", percent: 70, due: "before-shipment" },
    ],
    lines: [
      {
        lineId: "10",
        sku: PRODUCT.id,
        quantity: 3000,
        unitPrice: { amount: "42.50", currency: "CNY" },
        tolerance: { overPercent: 2, underPercent: 3 },
        schedule: [
          { quantity: 1500, requestedDate: "2026-07-20", confirmedDate: "2026-07-20" },
          { quantity: 1500, requestedDate: "2026-08-05", confirmedDate: "2026-08-05" },
        ],
      },
    ],
  };
  const amounts = purchaseOrderAmounts(po);
  const payments = schedulePurchaseOrderPayments(po);
  facts([
    ["PO allowed by admission", String(allowed)],
    ["PO", `${PO_ID} to ${SUPPLIER.id}, 3,000 × ${PRODUCT.id} at CNY 42.50, ordered 2026-06-15`],
    ["total", formatMoney(amounts.total, "zh-CN")],
  ]);
  table(
    ["term", ">%", "due", ">amount"],
    payments.map((p) => [p.termId, p.percent, p.due, formatMoney(p.amount, "zh-CN")]),
  );

  let snapshot = initialSnapshot(purchaseOrderMachine, { purchaseOrderId: PO_ID, revision: 0 });
  const fire = (event: PurchaseOrderEvent) => {
    const r = transition(purchaseOrderMachine, snapshot, event);
    if (!r.ok) throw new Error(`PO ${event.type}: ${r.error.message}`);
    snapshot = r.value.snapshot;
    machines.track(`purchase order ${PO_ID}`, purchaseOrderMachine, snapshot);
  };
  const steps: PurchaseOrderEvent[] = [
    { type: "SUBMIT" },
    { type: "APPROVE" },
    { type: "SEND" },
    { type: "CONFIRM", revision: 0 },
  ];
  for (const e of steps) fire(e);
  say(`  PO machine: ${steps.map((e) => e.type).join(" → ")} → ${snapshot.state}`);

  chapter(4, "Production milestones (CN_2026 calendar)");
  const planned = planProcurementMilestones(
    {
      planId: `${PO_ID}-plan`,
      startOn: "2026-06-15",
      businessDays: {
        "deposit-paid": 1,
        "materials-ready": 8,
        "production-done": 12,
        inspected: 1,
        shipped: 1,
        received: 3,
      },
    },
    cn,
  );
  const done: Record<string, string> = {
    "deposit-paid": "2026-06-16",
    "materials-ready": "2026-06-29",
    "production-done": "2026-07-15",
  };
  const plan = {
    planId: planned.planId,
    milestones: planned.milestones.map((m) => (done[m.kind] ? { ...m, doneOn: done[m.kind] } : m)),
  };
  const tracked = trackProcurementPlan(plan, cn, "2026-07-15");
  table(
    ["milestone", "planned", "done", "status", ">slip (bd)"],
    tracked.milestones.map((m) => [m.kind, m.plannedOn, m.doneOn ?? "", m.status, m.slipBusinessDays]),
  );
  facts([
    [
      "as of 2026-07-15",
      `${tracked.onTrack ? "on track" : "late"}, max slip ${tracked.maxSlipBusinessDays} business day(s)`,
    ],
    ["next", tracked.next ? `${tracked.next.kind} on ${tracked.next.plannedOn}` : "none"],
  ]);
  fire({ type: "START_PRODUCTION" });
  say(`  PO machine: START_PRODUCTION → ${snapshot.state}`);

  return {
    po,
    ledger: openReceivingLedger(po),
    lots: LOTS,
    get snapshot() {
      return snapshot;
    },
    fire,
  };
}
