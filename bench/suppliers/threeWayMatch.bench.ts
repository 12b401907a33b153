import { bench, describe } from "vitest";
import { matchSupplierInvoice, type PurchaseOrderInput, type ThreeWayMatchInput } from "../../src/suppliers/index.js";

const LINES = 10_000;
const po: PurchaseOrderInput = {
  id: "PO-BIG",
  supplierId: "SUP-1",
  currency: "CNY",
  orderedOn: "2026-03-02",
  lines: Array.from({ length: LINES }, (_, i) => ({
    lineId: `L${i}`,
    sku: `SKU-${i}`,
    quantity: 100 + (i % 900),
    unitPrice: { amount: `${1 + (i % 50)}.${String(i % 100).padStart(2, "0")}`, currency: "CNY" },
    schedule: [{ quantity: 100 + (i % 900), requestedDate: "2026-04-15" }],
  })),
};
const input: ThreeWayMatchInput = {
  purchaseOrder: po,
  receipts: Array.from({ length: LINES }, (_, i) => ({
    lineId: `L${i}`,
    quantity: 100 + (i % 900) - (i % 7 === 0 ? 5 : 0),
  })),
  invoice: {
    invoiceNumber: "INV-BIG",
    supplierId: "SUP-1",
    invoiceDate: "2026-04-25",
    currency: "CNY",
    lines: Array.from({ length: LINES }, (_, i) => ({
      poLineId: `L${i}`,
      quantity: 100 + (i % 900),
      unitPrice: {
        amount: `${1 + (i % 50)}.${String((i + (i % 11 === 0 ? 3 : 0)) % 100).padStart(2, "0")}`,
        currency: "CNY",
      },
    })),
  },
  tolerances: { quantity: { absolute: 2 }, price: { percent: 1, absolute: "0.05" } },
};

describe("three-way match", () => {
  bench("matchSupplierInvoice: 10,000-line PO with receipts and invoice (target < 200 ms)", () => {
    matchSupplierInvoice(input);
  });
});
