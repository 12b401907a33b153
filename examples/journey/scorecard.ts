/** Chapter 7: the supplier's scorecard for Q3 2026, from KPIs derived from the PO's deliveries and the IQC verdicts. */
import {
  computeDeliveryKpis,
  computeQualityKpis,
  type QualityLotVerdict,
  scoreSupplier,
  supplierKpisToMeasurements,
  supplierPerformanceScorecard,
} from "../../src/suppliers/index.js";
import { LOTS, PO_ID, SUPPLIER } from "./ids.js";
import type { purchasingChapters } from "./purchasing.js";
import { chapter, facts, table } from "./report.js";

export function scorecardChapter(
  _purchasing: ReturnType<typeof purchasingChapters>,
  quality: { verdicts: QualityLotVerdict[] },
) {
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
  const measurements = supplierKpisToMeasurements({ delivery, quality: qualityKpis });
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
        `${LOTS.first} 1 day late (grace 2), ${LOTS.second} 5 days late`,
      ],
      ["OTIF %", pct(delivery.otif), "deliveries vs. confirmed dates"],
      ["lot pass rate %", pct(qualityKpis.passRate), "IQC verdicts (1 accepted, 1 rejected)"],
      ["PPM", pct(qualityKpis.ppm), "nonconforming units in the IQC samples"],
    ],
  );
  table(
    ["criterion", ">measured", ">points", ">weight", ">contribution"],
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
