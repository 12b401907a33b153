/**
 * Scores three suppliers on the performance scorecard, then runs a purchase order through receipt, an IQC lot
 * verdict (event data from the quality area) and a three-way match. Run: npx tsx examples/suppliers-scorecard.ts
 */
import { describeCode, formatMoney, initialSnapshot, transition } from "../src/core/index.js";
import {
  isReceivingComplete,
  matchSupplierInvoice,
  openReceivingLedger,
  type PurchaseOrderInput,
  purchaseOrderMachine,
  recordGoodsReceipt,
  recordLotVerdict,
  schedulePurchaseOrderPayments,
  scoreSuppliers,
  supplierPerformanceScorecard,
  suppliersMessages,
} from "../src/suppliers/index.js";

const say = (code: string) =>
  `${describeCode(code, "en", suppliersMessages)} / ${describeCode(code, "zh-CN", suppliersMessages)}`;

console.log("— Supplier scorecard (供应商绩效评估) —");
const names = ["Shenzhen Bright Electronics", "Dongguan Apex Plastics", "Ningbo Harbour Textiles"];
const scores = scoreSuppliers(
  supplierPerformanceScorecard(),
  [
    { onTime: 99, qualityPassRate: "99.6", priceIndex: 96, responseHours: 6, cooperation: 5 },
    { onTime: 93.5, qualityPassRate: "98.2", priceIndex: 101, responseHours: 20, cooperation: 4 },
    { onTime: 84, qualityPassRate: 96, priceIndex: 108, responseHours: 60, cooperation: 2 },
  ],
  { asOf: "2026-05-04" },
);
scores.forEach((score, i) => {
  const deadline = score.actionDeadline ? ` by ${score.actionDeadline}` : "";
  console.log(`${names[i]}: ${score.total.toFixed(2)} grade ${score.grade} → ${say(score.action)}${deadline}`);
});
const explained = scores[1];
if (explained) {
  const parts = explained.criteria.map(
    (c) => `${c.id} ${c.normalized?.toFixed(2)} × ${c.weight.toString()} = ${c.contribution.toFixed(2)}`,
  );
  console.log(`  why ${explained.total.toFixed(2)}: ${parts.join("; ")}`);
}

console.log("\n— Purchase order PO-2026-001 (采购订单) —");
const po: PurchaseOrderInput = {
  id: "PO-2026-001",
  supplierId: "SUP-1",
  currency: "CNY",
  orderedOn: "2026-03-02",
  paymentTerms: [
    { id: "deposit", percent: 30, due: "on-order" },
    { id: "balance", percent: 70, due: "before-shipment" },
  ],
  lines: [
    {
      lineId: "10",
      sku: "CHG-20W",
      quantity: 1000,
      unitPrice: { amount: "18.50", currency: "CNY" },
      tolerance: { overPercent: 5, underPercent: 3 },
      schedule: [{ quantity: 1000, requestedDate: "2026-04-15", confirmedDate: "2026-04-17" }],
    },
  ],
};
for (const p of schedulePurchaseOrderPayments(po))
  console.log(`  ${p.termId} (${p.due}): ${formatMoney(p.amount, "zh-CN")}`);

let snap = initialSnapshot(purchaseOrderMachine, { purchaseOrderId: "PO-2026-001", revision: 0 });
const events = [{ type: "SUBMIT" }, { type: "APPROVE" }, { type: "SEND" }, { type: "CONFIRM", revision: 0 }] as const;
for (const event of events) {
  const step = transition(purchaseOrderMachine, snap, event);
  if (step.ok) snap = step.value.snapshot;
}

let ledger = openReceivingLedger(po);
const firstReceipt = {
  receiptId: "GR-1",
  receivedOn: "2026-04-16",
  lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }],
};
const receipt = recordGoodsReceipt(ledger, firstReceipt);
if (receipt.ok) ledger = receipt.value.ledger;
const again = recordGoodsReceipt(ledger, firstReceipt);
console.log(
  `  GR-1: 600 received, available ${ledger.lines[0]?.available} until IQC; booked twice → duplicate=${again.ok && again.value.duplicate}`,
);
const over = recordGoodsReceipt(ledger, {
  receiptId: "GR-2",
  receivedOn: "2026-04-20",
  lines: [{ lineId: "10", quantity: 500, lotId: "LOT-2" }],
});
if (!over.ok) console.log(`  GR-2 of 500: ${over.error.code} (${say(over.error.code)}): ${over.error.message}`);

const verdict = recordLotVerdict(ledger, {
  type: "lot-accepted",
  supplierId: "SUP-1",
  lotId: "LOT-1",
  at: "2026-04-17T03:00:00Z",
  inspectedQuantity: 80,
  nonconformingQuantity: 1,
});
if (verdict.ok) ledger = verdict.value.ledger;
const line = ledger.lines[0];
console.log(`  IQC LOT-1 accepted (1 nonconforming in 80): available ${line?.available}, rejected ${line?.rejected}`);
// Complete only when every unit is on the dock and settled on quality: inspected, and enough of it accepted.
const settled = ledger.lines.every((l) => l.pendingInspection === 0 && l.available >= l.minComplete);
const received = transition(purchaseOrderMachine, snap, {
  type: "GOODS_RECEIVED",
  complete: isReceivingComplete(ledger) && settled,
});
if (received.ok) snap = received.value.snapshot;
console.log(`  PO state: ${snap.state}`);

console.log("\n— Three-way match (三单匹配) —");
const match = matchSupplierInvoice({
  purchaseOrder: po,
  receipts: [{ lineId: "10", quantity: line?.accepted ?? 0 }],
  invoice: {
    invoiceNumber: "INV-88",
    supplierId: "SUP-1",
    invoiceDate: "2026-04-25",
    currency: "CNY",
    lines: [{ poLineId: "10", quantity: 600, unitPrice: { amount: "18.60", currency: "CNY" } }],
  },
  tolerances: { price: { percent: 1 } },
});
for (const l of match.lines) {
  const variance = formatMoney(l.priceVarianceAmount, "zh-CN");
  console.log(
    `  line ${l.poLineId}: ${l.verdict} (invoiced ${l.invoicedQuantity}, accepted ${l.receivedQuantity}, price variance ${variance})`,
  );
}
console.log(`  invoice ${match.invoiceNumber}: ${say(match.verdict)}`);
console.log(
  `  invoiced ${formatMoney(match.invoiceTotal, "zh-CN")}, approved for payment ${formatMoney(match.matchedTotal, "zh-CN")}`,
);
