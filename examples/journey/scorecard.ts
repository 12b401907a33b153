/** Chapter 7: the supplier's scorecard for Q3 2026, from KPIs derived from the PO's deliveries and the IQC verdicts. */
import type { QualityEvent } from "../../src/quality/index.js";
import {
  computeCommercialKpis,
  computeDeliveryKpis,
  computeQualityKpis,
  computeResponsivenessKpi,
  type QualityLotVerdict,
  scoreSupplier,
  supplierKpisToMeasurements,
  supplierPerformanceScorecard,
} from "../../src/suppliers/index.js";
import { LOTS, PO_ID, SUPPLIER } from "./ids.js";
import { cn } from "./purchasing.js";
import { chapter, facts, table } from "./report.js";

const cny = (amount: string) => ({ amount, currency: "CNY" });

export function scorecardChapter(quality: { verdicts: QualityLotVerdict[]; events: QualityEvent[] }) {
  chapter(7, "Supplier scorecard, Q3 2026");
  const period = { kind: "quarter" as const, year: 2026, quarter: 3 };
  const delivery = computeDeliveryKpis({
    period,
    graceDays: 2,
    deliveries: [
      { purchaseOrderId: PO_ID, lineId: "10", quantity: 1500, confirmedDate: "2026-07-20" },
      { purchaseOrderId: PO_ID, lineId: "10", quantity: 1500, confirmedDate: "2026-08-05" },
    ],
    receipts: [
      { purchaseOrderId: PO_ID, lineId: "10", quantity: 1500, receivedOn: "2026-07-21" },
      { purchaseOrderId: PO_ID, lineId: "10", quantity: 1500, receivedOn: "2026-08-10" },
    ],
  });
  const qualityKpis = computeQualityKpis({ supplierId: SUPPLIER.id, period, verdicts: quality.verdicts });
  // Price against the sourcing benchmark and the buyer's cooperation survey.
  const commercial = computeCommercialKpis({
    period,
    // Money as JSON: the schema's declared input type does not admit a Money (its preprocess does, at run time).
    purchases: [
      { date: "2026-07-21", quantity: 1500, unitPrice: cny("42.50"), benchmarkUnitPrice: cny("44.00") },
      { date: "2026-08-10", quantity: 1500, unitPrice: cny("42.50"), benchmarkUnitPrice: cny("44.00") },
    ],
    surveys: [{ date: "2026-09-30", score: 4 }],
  });
  // Responsiveness from the NCR's claim events (claim-opened → claim-answered), in CN business hours.
  const answered = new Map(
    quality.events.flatMap((e) => (e.type === "claim-answered" ? [[e.claimId, e.at] as const] : [])),
  );
  const claims = quality.events.flatMap((e) =>
    e.type === "claim-opened"
      ? [
          {
            claimId: e.claimId,
            raisedAt: e.at,
            ...(answered.has(e.claimId) ? { answeredAt: answered.get(e.claimId) } : {}),
          },
        ]
      : [],
  );
  const responsiveness = computeResponsivenessKpi({ period, claims }, cn);
  const measurements = supplierKpisToMeasurements({ delivery, quality: qualityKpis, commercial, responsiveness });
  const score = scoreSupplier({ ...supplierPerformanceScorecard(), missing: "reweight" }, measurements, {
    asOf: "2026-10-08",
  });
  const pct = (k: { value: { toFixed(n: number): string } | null }) =>
    k.value === null ? "no data" : k.value.toFixed(2);
  table(
    ["KPI", ">value", "from"],
    [
      [
        "on-time by line %",
        pct(delivery.onTimeByLine),
        `${LOTS.first} +1 day (within 2 days grace), ${LOTS.second} +5 days`,
      ],
      ["OTIF %", pct(delivery.otif), "deliveries vs. confirmed dates"],
      ["lot pass rate %", pct(qualityKpis.passRate), "IQC verdicts (1 accepted, 1 rejected)"],
      ["PPM", pct(qualityKpis.ppm), "nonconforming units in the IQC samples"],
      ["price index %", pct(commercial.priceIndex), "CNY 42.50 vs. benchmark CNY 44.00"],
      ["cooperation 1..5", pct(commercial.cooperation), "buyer survey"],
      ["response (bus. h)", pct(responsiveness.averageHours), `${claims.length} claim(s) from the NCR`],
    ],
  );
  table(
    ["criterion", ">measured", ">points", ">weight share", ">contribution"],
    score.criteria.map((c) => [
      c.id,
      measurements[c.id] === undefined ? "missing" : String(measurements[c.id]),
      c.normalized?.toFixed(2) ?? "",
      c.weight.toString(),
      c.contribution.toFixed(2),
    ]),
  );
  facts([
    ["total", `${score.total.toFixed(2)} grade ${score.grade}`],
    ["action", `${score.action}${score.actionDeadline ? ` by ${score.actionDeadline}` : ""}`],
  ]);
  return score;
}
