import { describe, expect, it } from "vitest";
import { ncrRequestOf, openNcr } from "../../../src/quality/index.js";
import { completeAt, expectInvalid, finding, iqc, run, start } from "../fixtures.js";

describe("ncrRequestOf", () => {
  it("gives what openNcr needs from a rejected inspection", () => {
    // Critical class, AQL 0 (Ac 0 Re 1): one exposed live wire rejects the lot of 1,200.
    const { effects } = run(iqc(), [start, finding(2, "EXPOSED_WIRE"), completeAt]);
    const request = ncrRequestOf(effects);
    expect(request).toEqual({
      source: { kind: "inspection", inspectionId: "IQC-000001" },
      lot: { lotId: "LOT-1", sku: "LAMP-01", supplierId: "SUP-7" },
      quantity: 1200,
      description: expect.stringContaining("rejected lot LOT-1"),
    });
    const ncr = openNcr({
      id: "NCR-1",
      ...(request as NonNullable<typeof request>),
      raisedBy: "qc.zhang",
      raisedAt: "2026-09-30T11:35:00+08:00",
    });
    expect(ncr.state).toBe("open");
  });

  it("gives undefined when the step asks for no NCR", () => {
    expect(ncrRequestOf(run(iqc(), [start, completeAt]).effects)).toBeUndefined();
  });

  it("refuses a malformed open-ncr effect, with its path", () => {
    expectInvalid(
      () => ncrRequestOf([{ type: "open-ncr", source: { kind: "inspection" }, lot: {}, quantity: 0 }]),
      ["effects", 0, "lot", "lotId"],
    );
  });
});
