import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { matchSupplierInvoice, type SupplierInvoice } from "../../../src/suppliers/index.js";
import { chargerPo } from "../purchasing/fixtures.js";

const invoice = (number: string, lines: SupplierInvoice["lines"]): SupplierInvoice => ({
  invoiceNumber: number,
  supplierId: "SUP-1",
  invoiceDate: "2026-04-25",
  currency: "CNY",
  lines,
});
const cny = (amount: string) => ({ amount, currency: "CNY" });

describe("matchSupplierInvoice", () => {
  it("matches a partial invoice against a partial receipt", () => {
    const r = matchSupplierInvoice({
      purchaseOrder: chargerPo,
      receipts: [{ lineId: "10", quantity: 600 }],
      invoice: invoice("INV-1", [{ poLineId: "10", quantity: 600, unitPrice: cny("18.50") }]),
    });
    expect(r.verdict).toBe("matched");
    expect(r.invoiceTotal.amount.toFixed(2)).toBe("11100.00");
    expect(r.matchedTotal.amount.toFixed(2)).toBe("11100.00");
    expect(r.lines[0]).toMatchObject({ receivedQuantity: 600, previouslyInvoicedQuantity: 0, quantityDifference: 0 });
  });

  it("counts earlier invoices, so the second partial invoice matches the second receipt", () => {
    const r = matchSupplierInvoice({
      purchaseOrder: chargerPo,
      receipts: [
        { lineId: "10", quantity: 600 },
        { lineId: "10", quantity: 400 },
      ],
      invoice: invoice("INV-2", [{ poLineId: "10", quantity: 400, unitPrice: cny("18.50") }]),
      previousInvoices: [{ invoiceNumber: "INV-1", lines: [{ poLineId: "10", quantity: 600 }] }],
    });
    expect(r.verdict).toBe("matched");
    expect(r.lines[0]).toMatchObject({
      receivedQuantity: 1000,
      previouslyInvoicedQuantity: 600,
      quantityDifference: 0,
    });
  });

  it("flags billing beyond receipts unless within the stricter quantity tolerance", () => {
    const base = {
      purchaseOrder: chargerPo,
      receipts: [{ lineId: "10", quantity: 1000 }],
      invoice: invoice("INV-3", [{ poLineId: "10", quantity: 1050, unitPrice: cny("18.50") }]),
    };
    const strict = matchSupplierInvoice({ ...base, tolerances: { quantity: { percent: 2 } } });
    expect(strict.verdict).toBe("quantity-variance");
    expect(strict.lines[0]?.quantityDifference).toBe(50);
    expect(strict.matchedTotal.amount.toFixed(2)).toBe("0.00");
    const loose = matchSupplierInvoice({ ...base, tolerances: { quantity: { absolute: 60, percent: 10 } } });
    expect(loose.verdict).toBe("matched");
    const both = matchSupplierInvoice({ ...base, tolerances: { quantity: { absolute: 40, percent: 10 } } });
    expect(both.verdict).toBe("quantity-variance");
  });

  it("flags a price outside tolerance and computes the variance amount", () => {
    const base = {
      purchaseOrder: chargerPo,
      receipts: [{ lineId: "10", quantity: 600 }],
      invoice: invoice("INV-4", [{ poLineId: "10", quantity: 600, unitPrice: cny("18.60") }]),
    };
    expect(matchSupplierInvoice({ ...base, tolerances: { price: { percent: 1 } } }).verdict).toBe("matched");
    const r = matchSupplierInvoice({ ...base, tolerances: { price: { absolute: "0.05", percent: 1 } } });
    expect(r.verdict).toBe("price-variance");
    expect(r.lines[0]?.priceVarianceAmount.amount.toFixed(2)).toBe("60.00");
    expect(r.priceVarianceTotal.amount.toFixed(2)).toBe("60.00");
    expect(r.invoiceTotal.amount.toFixed(2)).toBe("11160.00");
  });

  it("gives per-line verdicts and the most serious one for the invoice", () => {
    const r = matchSupplierInvoice({
      purchaseOrder: chargerPo,
      receipts: [{ lineId: "10", quantity: 600 }],
      invoice: invoice("INV-5", [
        { poLineId: "10", quantity: 600, unitPrice: cny("18.50") },
        { poLineId: "20", quantity: 3333, unitPrice: cny("2.345") },
        { poLineId: "30", quantity: 5, unitPrice: cny("1.00") },
      ]),
    });
    expect(r.lines.map((l) => l.verdict)).toEqual(["matched", "not-received", "not-ordered"]);
    expect(r.verdict).toBe("not-ordered");
    expect(r.counts).toEqual({
      matched: 1,
      "price-variance": 0,
      "quantity-variance": 0,
      "not-received": 1,
      "not-ordered": 1,
    });
    // 11100.00 + 7815.89 + 5.00
    expect(r.invoiceTotal.amount.toFixed(2)).toBe("18920.89");
    expect(r.matchedTotal.amount.toFixed(2)).toBe("11100.00");
  });

  it("recognises a duplicate invoice", () => {
    const r = matchSupplierInvoice({
      purchaseOrder: chargerPo,
      receipts: [{ lineId: "10", quantity: 600 }],
      invoice: invoice("INV-1", [{ poLineId: "10", quantity: 600, unitPrice: cny("18.50") }]),
      previousInvoices: [{ invoiceNumber: "INV-1", lines: [{ poLineId: "10", quantity: 600 }] }],
    });
    expect(r.verdict).toBe("duplicate-invoice");
    expect(r.lines[0]?.verdict).toBe("matched");
    expect(r.matchedTotal.amount.toFixed(2)).toBe("0.00");
  });

  it("throws for an invoice in another currency or from another supplier", () => {
    const attempt = (inv: SupplierInvoice) => {
      try {
        matchSupplierInvoice({ purchaseOrder: chargerPo, receipts: [], invoice: inv });
      } catch (e) {
        return isCrossborderOpsError(e) ? [e.code, e.issues[0]?.path] : e;
      }
    };
    expect(
      attempt({ ...invoice("X", [{ poLineId: "10", quantity: 1, unitPrice: cny("1") }]), currency: "USD" }),
    ).toEqual(["CURRENCY_MISMATCH", ["input", "invoice", "currency"]]);
    expect(
      attempt({ ...invoice("X", [{ poLineId: "10", quantity: 1, unitPrice: cny("1") }]), supplierId: "SUP-2" }),
    ).toEqual(["INVALID_ARGUMENT", ["input", "invoice", "supplierId"]]);
    expect(attempt(invoice("X", [{ poLineId: "10", quantity: 0, unitPrice: cny("1") }]))).toEqual([
      "INVALID_ARGUMENT",
      ["input", "invoice", "lines", 0, "quantity"],
    ]);
  });
});

describe("matchSupplierInvoice: malformed tolerances", () => {
  const base = {
    purchaseOrder: chargerPo,
    receipts: [{ lineId: "10", quantity: 1000 }],
    invoice: invoice("INV-T", [{ poLineId: "10", quantity: 1000, unitPrice: cny("18.50") }]),
  };
  it.each(["", " 5", "abc", "NaN", "Infinity", "0x10"])(
    "refuses a price tolerance of %j as INVALID_ARGUMENT (was a DecimalError for blank strings)",
    (absolute) => {
      let thrown: unknown;
      try {
        matchSupplierInvoice({ ...base, tolerances: { price: { absolute } } });
      } catch (error) {
        thrown = error;
      }
      expect(isCrossborderOpsError(thrown)).toBe(true);
      if (!isCrossborderOpsError(thrown)) return;
      expect(thrown.code).toBe("INVALID_ARGUMENT");
      expect(thrown.issues).toEqual([
        { path: ["input", "tolerances", "price", "absolute"], message: 'must be a decimal number such as "12.34"' },
      ]);
    },
  );
  it("accepts an exponent, as every decimal input does, and refuses a negative limit", () => {
    expect(matchSupplierInvoice({ ...base, tolerances: { price: { absolute: "5e-2" } } }).verdict).toBe("matched");
    expect(() => matchSupplierInvoice({ ...base, tolerances: { quantity: { percent: "-1" } } })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
