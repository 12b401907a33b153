import { describe, expect, it } from "vitest";
import { toJsonSchema } from "../../../src/core/index.js";
import { parseQualityEvents, qualityEventSchema } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const rejected = {
  id: "IQC-000001#1:lot-rejected",
  schemaVersion: 1,
  at: "2026-09-30T03:30:00.000Z",
  type: "lot-rejected",
  supplierId: "SUP-7",
  sku: "LAMP-01",
  inspectionId: "IQC-000001",
  inspectionType: "IQC",
  stage: "incoming",
  lotId: "LOT-1",
  lotSize: 1200,
  inspectedUnits: 80,
  attempt: 1,
};

describe("qualityEventSchema", () => {
  it("parses every event type from JSON", () => {
    const events = parseQualityEvents([
      rejected,
      { ...rejected, id: "a", type: "lot-accepted" },
      {
        id: "p",
        schemaVersion: 1,
        at: "2026-10-01T00:00:00Z",
        type: "ppm-reported",
        supplierId: "SUP-7",
        period: { from: "2026-09-01", to: "2026-09-30" },
        units: 48000,
        defectiveUnits: 60,
        ppm: "1250.00",
      },
      {
        id: "c",
        schemaVersion: 1,
        at: "2026-10-01T00:00:00Z",
        type: "claim-opened",
        supplierId: "SUP-7",
        claimId: "CLM-1",
        reason: "IQC rejection",
        amount: { amount: "420.00", currency: "USD" },
      },
      {
        id: "d",
        schemaVersion: 1,
        at: "2026-10-09T00:00:00Z",
        type: "claim-answered",
        supplierId: "SUP-7",
        claimId: "CLM-1",
        answer: "disputed",
      },
    ]);
    expect(events.map((e) => e.type)).toEqual([
      "lot-rejected",
      "lot-accepted",
      "ppm-reported",
      "claim-opened",
      "claim-answered",
    ]);
  });

  it("refuses unknown types, versions and malformed fields with their path", () => {
    expectInvalid(() => parseQualityEvents([{ ...rejected, type: "lot-lost" }]), ["events", 0, "type"]);
    expectInvalid(() => parseQualityEvents([{ ...rejected, schemaVersion: 2 }]), ["events", 0, "schemaVersion"]);
    expectInvalid(() => parseQualityEvents([{ ...rejected, lotSize: -1 }]), ["events", 0, "lotSize"]);
    expectInvalid(
      () => parseQualityEvents([{ ...rejected, inspectedUnits: Number.NaN }]),
      ["events", 0, "inspectedUnits"],
    );
    expectInvalid(() => parseQualityEvents({}), ["events"]);
  });

  it("exports as JSON Schema for consumers in other languages", () => {
    const schema = toJsonSchema(qualityEventSchema);
    expect(JSON.stringify(schema)).toContain("claim-answered");
  });
});
