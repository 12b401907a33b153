import type { PurchaseOrderInput } from "../../../src/suppliers/index.js";

export const chargerPo: PurchaseOrderInput = {
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
      schedule: [
        { quantity: 600, requestedDate: "2026-04-15" },
        { quantity: 400, requestedDate: "2026-04-30" },
      ],
    },
    {
      lineId: "20",
      sku: "CBL-USBC-1M",
      quantity: 3333,
      unitPrice: { amount: "2.345", currency: "CNY" },
      schedule: [{ quantity: 3333, requestedDate: "2026-04-15" }],
    },
  ],
};
