import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar, isCrossborderOpsError } from "../../../src/core/index.js";
import {
  businessHoursBetween,
  computeCommercialKpis,
  computeDeliveryKpis,
  computeQualityKpis,
  computeResponsivenessKpi,
  type DeliveryKpiInput,
  type QualityLotVerdict,
  scoreSupplier,
  supplierKpisToMeasurements,
  supplierPerformanceScorecard,
} from "../../../src/suppliers/index.js";

const april = { kind: "month", month: "2026-04" } as const;
const cn = createBusinessCalendar(CN_2026);

const deliveryInput: DeliveryKpiInput = {
  period: april,
  graceDays: 2,
  deliveries: [
    { purchaseOrderId: "PO-1", lineId: "10", quantity: 600, confirmedDate: "2026-04-15" },
    { purchaseOrderId: "PO-1", lineId: "10", quantity: 400, confirmedDate: "2026-04-28" },
    { purchaseOrderId: "PO-2", lineId: "10", quantity: 1000, confirmedDate: "2026-04-10" },
    { purchaseOrderId: "PO-3", lineId: "10", quantity: 500, confirmedDate: "2026-04-20" },
    { purchaseOrderId: "PO-4", lineId: "10", quantity: 50, confirmedDate: "2026-03-10" },
    { purchaseOrderId: "PO-5", lineId: "10", quantity: 200, confirmedDate: "2026-04-05", underTolerancePercent: 5 },
  ],
  receipts: [
    { purchaseOrderId: "PO-1", lineId: "10", quantity: 600, receivedOn: "2026-04-16" },
    { purchaseOrderId: "PO-1", lineId: "10", quantity: 300, receivedOn: "2026-04-29" },
    { purchaseOrderId: "PO-1", lineId: "10", quantity: 100, receivedOn: "2026-05-02" },
    { purchaseOrderId: "PO-2", lineId: "10", quantity: 1000, receivedOn: "2026-04-20" },
    { purchaseOrderId: "PO-4", lineId: "10", quantity: 50, receivedOn: "2026-03-11" },
    { purchaseOrderId: "PO-5", lineId: "10", quantity: 195, receivedOn: "2026-04-06" },
  ],
};

describe("computeDeliveryKpis", () => {
  it("derives on-time by line and by quantity, in-full and OTIF", () => {
    const kpis = computeDeliveryKpis(deliveryInput);
    expect(kpis.range).toEqual({ from: "2026-04-01", to: "2026-04-30" });
    expect(kpis.onTimeByLine.value?.toFixed(2)).toBe("60.00");
    expect(kpis.onTimeByLine.denominator.toString()).toBe("5");
    expect(kpis.inFull.value?.toFixed(2)).toBe("60.00");
    expect(kpis.otif.value?.toFixed(2)).toBe("40.00");
    // 1095 of 2700 units by their deadlines
    expect(kpis.onTimeByQuantity.value?.toFixed(2)).toBe("40.56");
  });

  it("grace days change the verdict", () => {
    const strict = computeDeliveryKpis({ ...deliveryInput, graceDays: 0 });
    // without grace every delivery arrives a day late: PO-1 16/04 vs 15/04, 29/04 vs 28/04; PO-5 06/04 vs 05/04
    expect(strict.onTimeByLine.value?.toFixed(2)).toBe("0.00");
    expect(strict.otif.value?.toFixed(2)).toBe("0.00");
    expect(strict.inFull.value?.toFixed(2)).toBe("60.00");
  });

  it("reports no data, not 0, for a period with nothing due", () => {
    const kpis = computeDeliveryKpis({ ...deliveryInput, period: { kind: "month", month: "2026-06" } });
    expect(kpis.onTimeByLine).toMatchObject({ status: "no-data", value: null });
    expect(kpis.otif.status).toBe("no-data");
  });
});

describe("computeQualityKpis", () => {
  const verdict = (
    type: QualityLotVerdict["type"],
    at: string,
    inspected: number,
    nonconforming: number,
    supplierId = "SUP-1",
  ): QualityLotVerdict => ({
    type,
    supplierId,
    lotId: `${at}-${inspected}`,
    at,
    inspectedQuantity: inspected,
    nonconformingQuantity: nonconforming,
  });
  const verdicts = [
    verdict("lot-accepted", "2026-04-03T02:00:00Z", 80, 1),
    verdict("lot-accepted", "2026-04-10T02:00:00Z", 125, 0),
    verdict("lot-rejected", "2026-04-18T02:00:00Z", 80, 6),
    verdict("lot-accepted", "2026-03-31T17:00:00Z", 200, 3), // 1 April 01:00 in Shanghai
    verdict("lot-rejected", "2026-04-30T16:30:00Z", 80, 20), // 1 May 00:30 in Shanghai
    verdict("lot-rejected", "2026-04-12T02:00:00Z", 80, 30, "SUP-2"),
  ];

  it("derives pass rate and PPM from lot verdicts dated in the period", () => {
    const kpis = computeQualityKpis({ supplierId: "SUP-1", period: april, verdicts });
    expect(kpis.passRate.value?.toFixed(2)).toBe("75.00");
    // 10 nonconforming of 485 inspected
    expect(kpis.ppm.value?.toFixed(2)).toBe("20618.56");
  });

  it("dates verdicts in the given time zone", () => {
    const kpis = computeQualityKpis({ supplierId: "SUP-1", period: april, timeZone: "UTC", verdicts });
    expect(kpis.passRate.denominator.toString()).toBe("4");
    expect(kpis.passRate.value?.toFixed(2)).toBe("50.00");
  });

  it("reports no data without verdicts, and rejects malformed ones", () => {
    expect(computeQualityKpis({ supplierId: "SUP-9", period: april, verdicts }).ppm.status).toBe("no-data");
    try {
      computeQualityKpis({
        supplierId: "SUP-1",
        period: april,
        verdicts: [verdict("lot-accepted", "2026-04-03T02:00:00Z", 5, 6)],
      });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "verdicts", 0, "nonconformingQuantity"]);
    }
  });
});

describe("computeCommercialKpis", () => {
  it("derives the quantity-weighted price index and the average survey score", () => {
    const kpis = computeCommercialKpis({
      period: april,
      purchases: [
        {
          date: "2026-04-03",
          quantity: 1000,
          unitPrice: { amount: "18.50", currency: "CNY" },
          benchmarkUnitPrice: { amount: "18.00", currency: "CNY" },
        },
        {
          date: "2026-04-20",
          quantity: 3333,
          unitPrice: { amount: "2.345", currency: "CNY" },
          benchmarkUnitPrice: { amount: "2.30", currency: "CNY" },
        },
        {
          date: "2026-05-02",
          quantity: 9,
          unitPrice: { amount: "99", currency: "CNY" },
          benchmarkUnitPrice: { amount: "1", currency: "CNY" },
        },
      ],
      surveys: [
        { date: "2026-04-30", score: 4 },
        { date: "2026-04-15", score: 5 },
        { date: "2026-04-01", score: 3 },
        { date: "2026-05-01", score: 1 },
      ],
    });
    // 26315.885 / 25665.9 = 102.5324…%
    expect(kpis.priceIndex.value?.toFixed(2)).toBe("102.53");
    expect(kpis.cooperation.value?.toFixed(2)).toBe("4.00");
  });

  it("refuses a benchmark in another currency", () => {
    try {
      computeCommercialKpis({
        period: april,
        purchases: [
          {
            date: "2026-04-03",
            quantity: 1,
            unitPrice: { amount: "1", currency: "CNY" },
            benchmarkUnitPrice: { amount: "1", currency: "USD" },
          },
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && [e.code, e.issues[0]?.path]).toEqual([
        "CURRENCY_MISMATCH",
        ["input", "purchases", 0, "benchmarkUnitPrice"],
      ]);
    }
  });
});

describe("after-sales responsiveness in business hours", () => {
  it("counts only working hours of business days (holidays and make-up days from the CN calendar)", () => {
    expect(businessHoursBetween(cn, "2026-04-03T07:00:00Z", "2026-04-07T02:00:00Z").toString()).toBe("4");
    // Thu 30 April 17:00 → Sat 9 May 10:00 (make-up working day): 1 + 3×9 + 1
    expect(businessHoursBetween(cn, "2026-04-30T09:00:00Z", "2026-05-09T02:00:00Z").toString()).toBe("29");
    expect(
      businessHoursBetween(cn, "2026-04-08T01:00:00Z", "2026-04-08T01:30:00Z", {
        start: "09:00",
        end: "12:00",
      }).toString(),
    ).toBe("0.5");
  });

  it("averages answered claims raised in the period and counts open ones", () => {
    const kpi = computeResponsivenessKpi(
      {
        period: april,
        claims: [
          { claimId: "QC-1", raisedAt: "2026-04-03T07:00:00Z", answeredAt: "2026-04-07T02:00:00Z" },
          { claimId: "QC-2", raisedAt: "2026-04-08T01:00:00Z", answeredAt: "2026-04-09T03:30:00Z" },
          { claimId: "QC-3", raisedAt: "2026-04-29T03:00:00Z" },
          { claimId: "QC-4", raisedAt: "2026-04-11T02:00:00Z", answeredAt: "2026-04-13T02:00:00Z" },
          { claimId: "QC-0", raisedAt: "2026-03-20T02:00:00Z", answeredAt: "2026-04-13T02:00:00Z" },
        ],
      },
      cn,
    );
    // (4 + 11.5 + 1) / 3
    expect(kpi.averageHours.value?.toFixed(2)).toBe("5.50");
    expect([kpi.answered, kpi.open]).toEqual([3, 1]);
  });

  it("rejects an answer before its claim", () => {
    try {
      computeResponsivenessKpi(
        {
          period: april,
          claims: [{ claimId: "X", raisedAt: "2026-04-08T01:00:00Z", answeredAt: "2026-04-07T01:00:00Z" }],
        },
        cn,
      );
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "claims", 0, "answeredAt"]);
    }
  });
});

describe("supplierKpisToMeasurements", () => {
  it("feeds the performance scorecard, leaving no-data KPIs to the missing policy", () => {
    const delivery = computeDeliveryKpis(deliveryInput);
    const quality = computeQualityKpis({ supplierId: "SUP-9", period: april, verdicts: [] });
    const measurements = supplierKpisToMeasurements({ delivery, quality });
    expect(measurements).toEqual({ onTime: "60" });
    const score = scoreSupplier({ ...supplierPerformanceScorecard(), missing: "reweight" }, measurements);
    expect(score.total.toFixed(2)).toBe("0.00");
    expect(score.criteria.filter((c) => !c.missing).map((c) => c.id)).toEqual(["onTime"]);
  });
});
