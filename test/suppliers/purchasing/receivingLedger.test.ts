import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  isReceivingComplete,
  openReceivingLedger,
  type ReceivingLedger,
  recordGoodsReceipt,
  recordLotVerdict,
  recordSupplierReturn,
} from "../../../src/suppliers/index.js";
import { chargerPo } from "./fixtures.js";

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const line = (ledger: ReceivingLedger, id: string) => ledger.lines.find((l) => l.lineId === id);

describe("receiving", () => {
  const opened = openReceivingLedger(chargerPo);

  it("derives tolerance limits per line", () => {
    expect(line(opened, "10")).toMatchObject({ ordered: 1000, maxReceivable: 1050, minComplete: 970 });
    expect(line(opened, "20")).toMatchObject({ ordered: 3333, maxReceivable: 3333, minComplete: 3333 });
  });

  it("makes only accepted quantity available, and returns reduce it", () => {
    let ledger = must(
      recordGoodsReceipt(opened, {
        receiptId: "GR-1",
        receivedOn: "2026-04-18",
        lines: [
          { lineId: "10", quantity: 600, lotId: "LOT-1" },
          { lineId: "20", quantity: 3333, lotId: "LOT-2" },
        ],
      }),
    ).ledger;
    expect(line(ledger, "10")).toMatchObject({ received: 600, pendingInspection: 600, available: 0 });
    ledger = must(
      recordLotVerdict(ledger, {
        type: "lot-accepted",
        supplierId: "SUP-1",
        lotId: "LOT-1",
        at: "2026-04-19T08:00:00Z",
        inspectedQuantity: 80,
        nonconformingQuantity: 1,
      }),
    ).ledger;
    expect(line(ledger, "10")).toMatchObject({ pendingInspection: 0, accepted: 599, rejected: 1, available: 599 });
    ledger = must(
      recordLotVerdict(ledger, {
        type: "lot-rejected",
        supplierId: "SUP-1",
        lotId: "LOT-2",
        at: "2026-04-19T09:00:00Z",
        inspectedQuantity: 200,
        nonconformingQuantity: 11,
        acceptedQuantity: 3000,
      }),
    ).ledger;
    expect(line(ledger, "20")).toMatchObject({ accepted: 3000, rejected: 333, available: 3000 });
    ledger = must(recordSupplierReturn(ledger, { returnId: "RT-1", lineId: "20", quantity: 333 })).ledger;
    ledger = must(
      recordSupplierReturn(ledger, { returnId: "RT-2", lineId: "10", quantity: 9, from: "accepted" }),
    ).ledger;
    expect(line(ledger, "20")).toMatchObject({ returned: 333, available: 3000 });
    expect(line(ledger, "10")).toMatchObject({ returned: 9, available: 590 });
    expect(isReceivingComplete(ledger)).toBe(false);
    const over = recordSupplierReturn(ledger, { returnId: "RT-3", lineId: "20", quantity: 1 });
    expect(!over.ok && over.error).toMatchObject({ code: "RETURN_EXCEEDS_STOCK", allowed: 0, attempted: 1 });
  });

  it("is idempotent by receipt id and refuses a conflicting reuse", () => {
    const receipt = {
      receiptId: "GR-1",
      receivedOn: "2026-04-18",
      lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }],
    };
    const once = must(recordGoodsReceipt(opened, receipt));
    const twice = must(recordGoodsReceipt(once.ledger, receipt));
    expect(twice.duplicate).toBe(true);
    expect(twice.ledger).toBe(once.ledger);
    const conflict = recordGoodsReceipt(once.ledger, {
      ...receipt,
      lines: [{ lineId: "10", quantity: 601, lotId: "LOT-9" }],
    });
    expect(!conflict.ok && conflict.error.code).toBe("RECEIPT_CONFLICT");
  });

  it("returns OVER_RECEIPT beyond the tolerance, and completes within the under tolerance", () => {
    const first = must(
      recordGoodsReceipt(opened, {
        receiptId: "GR-1",
        receivedOn: "2026-04-18",
        lines: [{ lineId: "10", quantity: 1000, lotId: "L1" }],
      }),
    ).ledger;
    const over = recordGoodsReceipt(first, {
      receiptId: "GR-2",
      receivedOn: "2026-04-19",
      lines: [{ lineId: "10", quantity: 51, lotId: "L2" }],
    });
    expect(!over.ok && over.error).toMatchObject({ code: "OVER_RECEIPT", lineId: "10", allowed: 50, attempted: 51 });
    const justRight = must(
      recordGoodsReceipt(first, {
        receiptId: "GR-2",
        receivedOn: "2026-04-19",
        lines: [{ lineId: "10", quantity: 50, lotId: "L2" }],
      }),
    ).ledger;
    expect(line(justRight, "10")?.received).toBe(1050);
    const under = must(
      recordGoodsReceipt(opened, {
        receiptId: "GR-3",
        receivedOn: "2026-04-18",
        lines: [
          { lineId: "10", quantity: 970, lotId: "L3" },
          { lineId: "20", quantity: 3333, lotId: "L4" },
        ],
      }),
    ).ledger;
    expect(isReceivingComplete(under)).toBe(true);
  });

  it("reports lines not ordered and unknown lots as values", () => {
    const r = recordGoodsReceipt(opened, {
      receiptId: "GR-1",
      receivedOn: "2026-04-18",
      lines: [{ lineId: "99", quantity: 1, lotId: "L" }],
    });
    expect(!r.ok && r.error.code).toBe("NOT_ORDERED");
    const v = recordLotVerdict(opened, {
      type: "lot-accepted",
      supplierId: "SUP-1",
      lotId: "nope",
      at: "2026-04-19T08:00:00Z",
      inspectedQuantity: 1,
      nonconformingQuantity: 0,
    });
    expect(!v.ok && v.error.code).toBe("UNKNOWN_LOT");
  });

  it("throws for malformed input", () => {
    try {
      recordGoodsReceipt(opened, {
        receiptId: "GR-1",
        receivedOn: "2026-04-18",
        lines: [{ lineId: "10", quantity: -5, lotId: "L" }],
      });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["receipt", "lines", 0, "quantity"]);
    }
  });
});

describe("isReceivingComplete with rejected lots (the guide's worked example)", () => {
  const verdict = (lotId: string, type: "lot-accepted" | "lot-rejected") => ({
    type,
    supplierId: "SUP-1",
    lotId,
    at: "2026-04-20T08:00:00Z",
    inspectedQuantity: 125,
    nonconformingQuantity: type === "lot-rejected" ? 14 : 0,
  });
  const settled = (ledger: ReceivingLedger) =>
    ledger.lines.every((l) => l.pendingInspection === 0 && l.available >= l.minComplete);

  it("counts pending and rejected-but-held units as received; only a return takes them off", () => {
    let ledger = must(
      recordGoodsReceipt(openReceivingLedger(chargerPo), {
        receiptId: "GR-1",
        receivedOn: "2026-04-18",
        lines: [
          { lineId: "10", quantity: 1000, lotId: "LOT-A" },
          { lineId: "20", quantity: 3333, lotId: "LOT-B" },
        ],
      }),
    ).ledger;
    expect(line(ledger, "10")).toMatchObject({ received: 1000, pendingInspection: 1000, available: 0 });
    expect([isReceivingComplete(ledger), settled(ledger)]).toEqual([true, false]);

    ledger = must(recordLotVerdict(ledger, verdict("LOT-B", "lot-accepted"))).ledger;
    ledger = must(recordLotVerdict(ledger, verdict("LOT-A", "lot-rejected"))).ledger;
    expect(line(ledger, "10")).toMatchObject({ received: 1000, rejected: 1000, returned: 0, available: 0 });
    expect([isReceivingComplete(ledger), settled(ledger)]).toEqual([true, false]);

    ledger = must(recordSupplierReturn(ledger, { returnId: "RT-1", lineId: "10", quantity: 1000 })).ledger;
    expect(line(ledger, "10")).toMatchObject({ received: 1000, rejected: 1000, returned: 1000, available: 0 });
    expect([isReceivingComplete(ledger), settled(ledger)]).toEqual([false, false]);

    ledger = must(
      recordGoodsReceipt(ledger, {
        receiptId: "GR-2",
        receivedOn: "2026-05-06",
        lines: [{ lineId: "10", quantity: 1000, lotId: "LOT-C" }],
      }),
    ).ledger;
    ledger = must(recordLotVerdict(ledger, verdict("LOT-C", "lot-accepted"))).ledger;
    expect(line(ledger, "10")).toMatchObject({ received: 2000, rejected: 1000, returned: 1000, available: 1000 });
    expect([isReceivingComplete(ledger), settled(ledger)]).toEqual([true, true]);
  });
});
