import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualityEventSchema } from "../../../src/quality/index.js";
import {
  computeQualityKpis,
  lotVerdictsFromQualityEvents,
  openReceivingLedger,
  qualityLotVerdictSchema,
  recordGoodsReceipt,
  recordLotVerdict,
} from "../../../src/suppliers/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";
import { chargerPo } from "../purchasing/fixtures.js";

const common = {
  schemaVersion: 1,
  at: "2026-04-19T08:00:00+08:00",
  supplierId: "SUP-7",
  sku: "PB-10000",
  inspectionId: "IQC-1",
  inspectionType: "IQC",
  lotId: "LOT-1",
  attempt: 1,
  inspectedUnits: 80,
} as const;

const rejected = {
  ...common,
  id: "IQC-1#1:lot-rejected",
  type: "lot-rejected",
  stage: "incoming",
  lotSize: 1200,
  purchaseOrderId: "PO-1",
};
const counted = {
  ...common,
  id: "IQC-1#1:defects-counted",
  type: "defects-counted",
  nonconformingUnits: 6,
  byClass: [{ classId: "major", nonconformingUnits: 6 }],
  defects: [{ code: "SCRATCH", classId: "major", occurrences: 7, units: 6 }],
};
const resubmitted = [
  { ...rejected, id: "IQC-1#2:lot-accepted", type: "lot-accepted", attempt: 2, inspectedUnits: 125 },
  { ...counted, id: "IQC-1#2:defects-counted", attempt: 2, inspectedUnits: 125, nonconformingUnits: 2 },
];

describe("lotVerdictsFromQualityEvents", () => {
  it("reads the quality area's own events", () => {
    for (const event of [rejected, counted, ...resubmitted]) expect(qualityEventSchema.parse(event)).toBeTruthy();
  });

  it("pairs each verdict with the count of its inspection attempt", () => {
    const verdicts = lotVerdictsFromQualityEvents([rejected, counted, ...resubmitted]);
    expect(verdicts).toEqual([
      {
        type: "lot-rejected",
        supplierId: "SUP-7",
        lotId: "LOT-1",
        at: "2026-04-19T08:00:00+08:00",
        inspectedQuantity: 80,
        nonconformingQuantity: 6,
        lotQuantity: 1200,
        purchaseOrderId: "PO-1",
      },
      {
        type: "lot-accepted",
        supplierId: "SUP-7",
        lotId: "LOT-1",
        at: "2026-04-19T08:00:00+08:00",
        inspectedQuantity: 125,
        nonconformingQuantity: 2,
        lotQuantity: 1200,
        purchaseOrderId: "PO-1",
      },
    ]);
    for (const verdict of verdicts) expect(qualityLotVerdictSchema.safeParse(verdict).success).toBe(true);
  });

  it("feeds the supplier KPIs", () => {
    const verdicts = lotVerdictsFromQualityEvents([counted, rejected, ...resubmitted]);
    const kpis = computeQualityKpis({ supplierId: "SUP-7", period: { kind: "month", month: "2026-04" }, verdicts });
    expect(kpis.passRate.value?.toString()).toBe("50"); // 1 of 2 submissions accepted
    expect(kpis.ppm.value?.toString()).toBe("39024.39"); // 8 nonconforming of 205 inspected
  });

  it("skips other event types, duplicates and inspections other than IQC unless asked", () => {
    const ipqc = {
      ...rejected,
      id: "IPQC-1#1:lot-accepted",
      type: "lot-accepted",
      inspectionId: "IPQC-1",
      inspectionType: "IPQC",
    };
    const ipqcCount = { ...counted, id: "IPQC-1#1:defects-counted", inspectionId: "IPQC-1", inspectionType: "IPQC" };
    const claim = { schemaVersion: 1, id: "c1", at: common.at, type: "claim-opened", claimId: "CL-1", reason: "x" };
    const events = [claim, rejected, counted, rejected, counted, ipqc, ipqcCount];
    expect(lotVerdictsFromQualityEvents(events)).toHaveLength(1);
    expect(lotVerdictsFromQualityEvents(events, { inspectionTypes: ["IQC", "IPQC"] }).map((v) => v.type)).toEqual([
      "lot-rejected",
      "lot-accepted",
    ]);
  });

  it("keeps the first or the latest attempt of a resubmitted lot when asked", () => {
    const events = [rejected, counted, ...resubmitted];
    expect(lotVerdictsFromQualityEvents(events, { attempts: "first" }).map((v) => v.type)).toEqual(["lot-rejected"]);
    expect(lotVerdictsFromQualityEvents(events, { attempts: "latest" }).map((v) => v.type)).toEqual(["lot-accepted"]);
  });

  it("gives the receiving ledger the verdict that decides a resubmitted lot", () => {
    const supplierId = chargerPo.supplierId;
    const received = recordGoodsReceipt(openReceivingLedger(chargerPo), {
      receiptId: "GR-1",
      receivedOn: "2026-04-18",
      lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }],
    });
    if (!received.ok) throw new Error(received.error.message);
    const events = [rejected, counted, ...resubmitted].map((event) => ({ ...event, supplierId }));
    const [decisive, ...more] = lotVerdictsFromQualityEvents(events, { attempts: "latest" });
    expect(more).toEqual([]);
    const judged = recordLotVerdict(received.value.ledger, decisive as never);
    if (!judged.ok) throw new Error(judged.error.message);
    // accepted on resubmission with 2 nonconforming units found: 598 released, 2 rejected
    expect(judged.value.ledger.lines.find((l) => l.lineId === "10")).toMatchObject({ accepted: 598, rejected: 2 });
  });

  it("skips events of other schema versions and malformed events of inspection types not asked for", () => {
    const future = { ...rejected, id: "IQC-9#1:lot-rejected", schemaVersion: 2, lotSize: "many" };
    const brokenOqc = { ...rejected, id: "OQC-1#1:lot-accepted", inspectionType: "OQC", lotSize: 0 };
    expect(lotVerdictsFromQualityEvents([future, brokenOqc, rejected, counted])).toHaveLength(1);
    expectOpsError(() => lotVerdictsFromQualityEvents([brokenOqc], { inspectionTypes: ["OQC"] }), "INVALID_ARGUMENT", [
      "events",
      0,
      "lotSize",
    ]);
  });

  it("refuses a count that disagrees with its verdict or with another count of the same attempt", () => {
    expectOpsError(() => lotVerdictsFromQualityEvents([rejected, { ...counted, lotId: "LOT-X" }]), "INVALID_ARGUMENT", [
      "events",
      1,
      "lotId",
    ]);
    expectOpsError(
      () => lotVerdictsFromQualityEvents([rejected, { ...counted, inspectedUnits: 125 }]),
      "INVALID_ARGUMENT",
      ["events", 1, "inspectedUnits"],
    );
    const recount = { ...counted, id: "IQC-1#1:recount", nonconformingUnits: 1 };
    expectOpsError(() => lotVerdictsFromQualityEvents([rejected, counted, recount]), "INVALID_ARGUMENT", [
      "events",
      2,
      "nonconformingUnits",
    ]);
  });

  it("takes the supplier from the options when the event has none", () => {
    const { supplierId: _a, ...anonymous } = rejected;
    const { supplierId: _b, ...anonymousCount } = counted;
    const [verdict] = lotVerdictsFromQualityEvents([anonymous, anonymousCount], { supplierId: "SUP-9" });
    expect(verdict?.supplierId).toBe("SUP-9");
    expectOpsError(() => lotVerdictsFromQualityEvents([anonymous, anonymousCount]), "INVALID_ARGUMENT", [
      "events",
      0,
      "supplierId",
    ]);
  });

  it("refuses a verdict without its count rather than reading zero nonconforming", () => {
    expectOpsError(() => lotVerdictsFromQualityEvents([...resubmitted, rejected]), "INVALID_ARGUMENT", ["events", 2]);
  });

  it.each([
    [
      [{ ...rejected, inspectedUnits: 0 }, counted],
      ["events", 0, "inspectedUnits"],
    ],
    [
      [rejected, { ...counted, nonconformingUnits: -1 }],
      ["events", 1, "nonconformingUnits"],
    ],
    [
      [rejected, { ...counted, attempt: Number.NaN }],
      ["events", 1, "attempt"],
    ],
    ["not a list", ["events"]],
    [
      [rejected, counted, null],
      ["events", 2],
    ],
    [
      [42, rejected, counted],
      ["events", 0],
    ],
    [
      [{ ...rejected, at: "yesterday" }, counted],
      ["events", 0, "at"],
    ],
    [
      [rejected, { ...counted, nonconformingUnits: 81 }],
      ["events", 1, "nonconformingUnits"],
    ],
  ])("rejects malformed events %#", (events, path) => {
    expectOpsError(() => lotVerdictsFromQualityEvents(events as never), "INVALID_ARGUMENT", path);
  });

  it("refuses unknown options", () => {
    expectOpsError(() => lotVerdictsFromQualityEvents([], { inspectionType: ["OQC"] } as never), "INVALID_ARGUMENT", [
      "options",
    ]);
    expectOpsError(() => lotVerdictsFromQualityEvents([], { attempts: "last" } as never), "INVALID_ARGUMENT", [
      "options",
      "attempts",
    ]);
  });

  it("gives one verdict per judged attempt whatever the order of delivery", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([rejected, counted, ...resubmitted], { minLength: 4, maxLength: 4 }),
        (events) => {
          const verdicts = lotVerdictsFromQualityEvents(events);
          expect(verdicts.map((v) => v.nonconformingQuantity).sort()).toEqual([2, 6]);
        },
      ),
      { numRuns: 50 },
    );
  });
});
