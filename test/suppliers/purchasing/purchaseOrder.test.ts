import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  isCrossborderOpsError,
  replay,
  sumMoney,
  toMermaid,
} from "../../../src/core/index.js";
import {
  purchaseOrderAmounts,
  purchaseOrderMachine,
  revisePurchaseOrder,
  schedulePurchaseOrderPayments,
} from "../../../src/suppliers/index.js";
import { chargerPo } from "./fixtures.js";

describe("purchaseOrderAmounts", () => {
  it("rounds each line half-up and totals the rounded lines", () => {
    const amounts = purchaseOrderAmounts(chargerPo);
    // 1000 × 18.50 = 18500.00; 3333 × 2.345 = 7815.885 → 7815.89
    expect(amounts.lines.map((l) => l.amount.amount.toFixed(2))).toEqual(["18500.00", "7815.89"]);
    expect(amounts.total.amount.toFixed(2)).toBe("26315.89");
  });
});

describe("schedulePurchaseOrderPayments", () => {
  it("splits 30/70 exactly with the remainder cent on the larger remainder", () => {
    const plan = schedulePurchaseOrderPayments(chargerPo);
    // 30% of 26315.89 = 7894.767, 70% = 18421.123 → 7894.77 + 18421.12
    expect(plan.map((p) => [p.termId, p.due, p.amount.amount.toFixed(2)])).toEqual([
      ["deposit", "on-order", "7894.77"],
      ["balance", "before-shipment", "18421.12"],
    ]);
    expect(sumMoney(plan.map((p) => p.amount)).amount.toFixed(2)).toBe("26315.89");
  });

  it("refuses terms that do not add up to 100%", () => {
    try {
      schedulePurchaseOrderPayments({ ...chargerPo, paymentTerms: [{ id: "d", percent: 30, due: "on-order" }] });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["po", "paymentTerms"]);
    }
  });

  it("refuses a line in another currency", () => {
    const bad = { ...chargerPo, lines: [{ ...chargerPo.lines[0], unitPrice: { amount: "2.60", currency: "USD" } }] };
    try {
      purchaseOrderAmounts(bad as typeof chargerPo);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["po", "lines", 0, "unitPrice", "currency"]);
    }
  });
});

describe("revisePurchaseOrder", () => {
  it("records price and date changes as a new revision and leaves the original alone", () => {
    const before = structuredClone(chargerPo);
    const { purchaseOrder, revision } = revisePurchaseOrder(chargerPo, {
      at: "2026-03-04T02:00:00Z",
      by: "supplier",
      reason: "copper price",
      lines: [
        { lineId: "10", unitPrice: { amount: "18.80", currency: "CNY" } },
        { lineId: "20", schedule: [{ quantity: 3333, requestedDate: "2026-04-15", confirmedDate: "2026-04-20" }] },
      ],
    });
    expect(purchaseOrder.revision).toBe(1);
    expect(revision.revision).toBe(1);
    expect(revision.at).toBe("2026-03-04T02:00:00.000Z");
    expect(revision.changes.map((c) => [c.lineId, c.field])).toEqual([
      ["10", "unitPrice"],
      ["20", "schedule"],
    ]);
    expect(revision.changes[0]).toMatchObject({ from: "18.5 CNY", to: "18.8 CNY" });
    expect(purchaseOrderAmounts(purchaseOrder).total.amount.toFixed(2)).toBe("26615.89");
    expect(chargerPo).toEqual(before);
  });

  it("refuses an unknown line and a schedule that no longer adds up", () => {
    const at = "2026-03-04T02:00:00Z";
    try {
      revisePurchaseOrder(chargerPo, { at, by: "s", lines: [{ lineId: "99" }] });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["change", "lines", 0, "lineId"]);
    }
    try {
      revisePurchaseOrder(chargerPo, {
        at,
        by: "s",
        lines: [{ lineId: "20", schedule: [{ quantity: 10, requestedDate: "2026-04-15" }] }],
      });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["change", "lines", 1, "schedule"]);
    }
  });
});

describe("purchaseOrderMachine", () => {
  it("is well formed and drawn", () => {
    expect(() => assertMachineWellFormed(purchaseOrderMachine)).not.toThrow();
    expect(toMermaid(purchaseOrderMachine)).toContain("partially_received --> received : GOODS_RECEIVED [complete]");
  });

  it("runs from draft to closed through a partial receipt, keeping the confirmed revision", () => {
    const r = replay(purchaseOrderMachine, { purchaseOrderId: "PO-1", revision: 0 }, [
      { event: { type: "SUBMIT" } },
      { event: { type: "APPROVE" } },
      { event: { type: "SEND" } },
      { event: { type: "CONFIRM", revision: 1 } },
      { event: { type: "START_PRODUCTION" } },
      { event: { type: "REVISE", revision: 2 } },
      { event: { type: "GOODS_RECEIVED", complete: false } },
      { event: { type: "GOODS_RECEIVED", complete: true } },
      { event: { type: "CLOSE" } },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.snapshot.state).toBe("closed");
    expect(r.value.snapshot.context.revision).toBe(2);
    expect(r.value.snapshot.history.map((h) => h.to)).toEqual([
      "pending-approval",
      "approved",
      "sent",
      "confirmed",
      "in-production",
      "confirmed",
      "partially-received",
      "received",
      "closed",
    ]);
  });

  it("cannot be cancelled once goods arrived", () => {
    const r = replay(purchaseOrderMachine, { purchaseOrderId: "PO-1", revision: 0 }, [
      { event: { type: "SUBMIT" } },
      { event: { type: "APPROVE" } },
      { event: { type: "SEND" } },
      { event: { type: "CONFIRM", revision: 0 } },
      { event: { type: "GOODS_RECEIVED", complete: false } },
      { event: { type: "CANCEL" } },
    ]);
    expect(!r.ok && [r.error.code, r.error.index]).toEqual(["ILLEGAL_TRANSITION", 5]);
  });
});
