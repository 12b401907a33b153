import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { findDocumentExpiryEvents, type SupplierInput } from "../../../src/suppliers/index.js";

const supplier: SupplierInput = {
  id: "SUP-1",
  name: "Shenzhen Bright Electronics",
  nameZh: "深圳明亮电子",
  country: "CN",
  contacts: [{ name: "Li Wei", role: "sales", wechat: "liwei88" }],
  capabilities: { categories: ["chargers"], capacityPerMonth: 50_000, moq: 1000, leadTimeDays: 30 },
  documents: [
    { id: "bl", kind: "business-licence" },
    { id: "iso", kind: "iso-9001", issuedOn: "2023-04-21", expiresOn: "2026-04-20" },
    { id: "bsci", kind: "bsci-audit", expiresOn: "2026-03-31" },
    { id: "ce", kind: "product-certificate", expiresOn: "2026-09-30" },
    { id: "smeta", kind: "smeta-audit", expiresOn: "2026-06-29" },
  ],
};

describe("findDocumentExpiryEvents", () => {
  it("reports expired and expiring documents, soonest first", () => {
    expect(findDocumentExpiryEvents([supplier], { asOf: "2026-04-01", warnDays: 30 })).toEqual([
      {
        type: "document-expired",
        supplierId: "SUP-1",
        documentId: "bsci",
        kind: "bsci-audit",
        expiresOn: "2026-03-31",
        daysLeft: -1,
      },
      {
        type: "document-expiring",
        supplierId: "SUP-1",
        documentId: "iso",
        kind: "iso-9001",
        expiresOn: "2026-04-20",
        daysLeft: 19,
      },
    ]);
  });

  it("treats the expiry date as the last valid day and honours per-kind windows", () => {
    const events = findDocumentExpiryEvents([supplier], {
      asOf: "2026-03-31",
      warnDays: 0,
      warnDaysByKind: { "smeta-audit": 90 },
    });
    expect(events.map((e) => [e.documentId, e.type, e.daysLeft])).toEqual([
      ["bsci", "document-expiring", 0],
      ["smeta", "document-expiring", 90],
    ]);
  });

  it("rejects a document that expires before it was issued", () => {
    const bad = {
      ...supplier,
      documents: [{ id: "x", kind: "iso-9001", issuedOn: "2026-05-01", expiresOn: "2026-04-01" }],
    };
    try {
      findDocumentExpiryEvents([bad], { asOf: "2026-04-01" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["suppliers", 0, "documents", 0, "expiresOn"]);
    }
  });

  it("rejects a malformed date", () => {
    expect(() => findDocumentExpiryEvents([supplier], { asOf: "2026-02-30" })).toThrow(/options.asOf/);
  });
});
