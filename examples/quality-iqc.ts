/**
 * IQC of a received lot: 1,200 LED desk lamps from supplier SUP-7 (PO-000123). Plans per class for the lot,
 * defects found on the sample, the verdict, then the NCR with its dispositions and a supplier claim, and the CAPA's
 * due dates over China's National Day holiday.
 *
 * Run: npx tsx examples/quality-iqc.ts
 */
import { CN_2026, createBusinessCalendar, money } from "../src/core/index.js";
import {
  applyInspectionEvent,
  applyNcrEvent,
  createDefectCatalog,
  createInspection,
  defectPareto,
  type InspectionSnapshot,
  inspectionPpm,
  lotAcceptanceRate,
  type NcrRequest,
  type NcrSnapshot,
  ncrRequestOf,
  openCapa,
  openNcr,
  planInspectionClasses,
  type QualityEvent,
  qualityEventsOf,
  standardDefectClasses,
  tallyInspection,
} from "../src/quality/index.js";

const catalog = createDefectCatalog({
  classes: standardDefectClasses,
  defects: [
    { code: "EXPOSED_WIRE", description: "Exposed live wire", descriptionZh: "带电导线外露", classId: "critical" },
    { code: "CRACK", description: "Cracked housing", descriptionZh: "外壳裂纹", classId: "major" },
    { code: "NO_LIGHT", description: "Does not light", descriptionZh: "通电不亮", classId: "major" },
    { code: "LENGTH_OOS", description: "Arm length out of tolerance", descriptionZh: "灯臂长度超差", classId: "major" },
    {
      code: "BARCODE_UNREADABLE",
      description: "Barcode does not scan",
      descriptionZh: "条码无法扫描",
      classId: "major",
    },
    { code: "SCRATCH", description: "Light scratch", descriptionZh: "轻微划伤", classId: "minor" },
    { code: "LABEL_SKEW", description: "Label applied crooked", descriptionZh: "标签贴歪", classId: "minor" },
  ],
});

// Level II, lot 1,200 → code letter J, n = 80; AQL critical 0 (zero tolerance) / major 2.5 / minor 4.0.
const plans = planInspectionClasses({
  lotSize: 1200,
  level: "II",
  classes: [
    { classId: "critical", aql: 0 },
    { classId: "major", aql: "2.5" },
    { classId: "minor", aql: "4.0" },
  ],
});

let inspection: InspectionSnapshot = createInspection({
  id: "IQC-000001",
  type: "IQC",
  stage: "incoming",
  lot: { lotId: "LOT-20260929-01", sku: "LAMP-01", lotSize: 1200, supplierId: "SUP-7", purchaseOrderId: "PO-000123" },
  catalog,
  checklist: [
    { id: "VIS-01", kind: "visual", description: "No scratches on the shade", defectCode: "SCRATCH" },
    { id: "VIS-02", kind: "visual", description: "No cracks in the housing", defectCode: "CRACK" },
    {
      id: "DIM-01",
      kind: "dimensional",
      description: "Arm length",
      defectCode: "LENGTH_OOS",
      spec: { lsl: "149.5", usl: "150.5", nominal: "150", unit: "mm" },
    },
    { id: "FUN-01", kind: "functional", description: "Lights at all 3 levels", defectCode: "NO_LIGHT" },
    { id: "PKG-01", kind: "packaging", description: "Gift box label straight", defectCode: "LABEL_SKEW" },
    {
      id: "MARK-01",
      kind: "marking",
      description: "EAN-13 on gift box scans",
      defectCode: "BARCODE_UNREADABLE",
      expected: "6901234567892",
    },
  ],
  plans,
});

const events: QualityEvent[] = [];
let ncrRequest: NcrRequest | undefined;
function step(event: Parameters<typeof applyInspectionEvent>[1]): void {
  const r = applyInspectionEvent(inspection, event, { actor: "qc.zhang" });
  if (!r.ok) throw new Error(r.error.message);
  inspection = r.value.snapshot;
  events.push(...qualityEventsOf(r.value.effects)); // lot verdict and defect counts, for the supplier scorecard
  ncrRequest ??= ncrRequestOf(r.value.effects); // a rejected lot asks for an NCR
}

const photo = (unit: number) => [`https://qc.example.com/IQC-000001/unit-${unit}.jpg`];
step({ type: "START", inspector: "qc.zhang", at: "2026-09-30T09:00:00+08:00" });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 3, defectCode: "CRACK", evidence: photo(3) } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 11, defectCode: "NO_LIGHT", evidence: photo(11) } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 11, defectCode: "SCRATCH", occurrences: 2 } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 19, defectCode: "SCRATCH", occurrences: 3 } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 27, defectCode: "CRACK", evidence: photo(27) } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 27, defectCode: "NO_LIGHT" } });
step({
  type: "RECORD_FINDING",
  finding: { sampleUnit: 40, defectCode: "BARCODE_UNREADABLE", checklistItemId: "MARK-01" },
});
step({ type: "RECORD_FINDING", finding: { sampleUnit: 63, defectCode: "LABEL_SKEW" } });
step({ type: "RECORD_FINDING", finding: { sampleUnit: 71, defectCode: "CRACK", evidence: photo(71) } });
for (const [unit, value] of [
  [1, "150.10"],
  [2, "149.80"],
  [3, "150.50"],
  [52, "150.62"],
] as const)
  step({ type: "RECORD_MEASUREMENT", measurement: { sampleUnit: unit, checklistItemId: "DIM-01", value, unit: "mm" } });

const tally = tallyInspection(inspection.context);
step({ type: "COMPLETE", at: "2026-09-30T11:30:00+08:00" });

console.log(`IQC-000001 · lot LOT-20260929-01 · 1,200 × LAMP-01 from SUP-7 (PO-000123)`);
console.log(`Sample: ${tally.inspectedUnits} units, code letter ${plans[0]?.plan.codeLetter}`);
for (const [i, c] of tally.classes.entries()) {
  const plan = plans[i]?.plan;
  const v = inspection.context.verdicts[i];
  if (plan?.scheme === "single")
    console.log(
      `  ${c.classId.padEnd(8)} AQL ${plans[i]?.aql.padEnd(4)} Ac ${plan.acceptanceNumber} Re ${plan.rejectionNumber}: ${c.nonconformingUnits} nonconforming unit(s) ${c.units.length ? `[${c.units.join(", ")}]` : ""} → ${v?.decision}`,
    );
}
console.log(
  `Verdict: ${inspection.state.toUpperCase()} (unit 27 has two major defects and counts once; unit 11 counts as major only)`,
);
console.log("Defect Pareto:");
for (const row of defectPareto(events))
  console.log(
    `  ${row.code.padEnd(19)} ${String(row.count).padStart(2)}  cum ${row.cumulativeShare.times(100).toFixed(2)}%`,
  );

if (!ncrRequest) throw new Error("a rejected lot asks for an NCR");
// The rejection's open-ncr effect carries the source, lot, quantity and description.
const { source, lot, quantity, description } = ncrRequest;
let ncr: NcrSnapshot = openNcr({
  id: "NCR-000001",
  source,
  lot,
  quantity,
  description,
  raisedBy: "qc.zhang",
  raisedAt: "2026-09-30T11:35:00+08:00",
});
console.log(`NCR-000001 opened: ${description}`);
function ncrStep(event: Parameters<typeof applyNcrEvent>[1], actor: string): void {
  const r = applyNcrEvent(ncr, event, { actor });
  if (!r.ok) throw new Error(r.error.message);
  ncr = r.value.snapshot;
  events.push(...qualityEventsOf(r.value.effects));
}
ncrStep({ type: "PROPOSE_DISPOSITION", by: "sqe.chen", lines: [{ action: "sort", quantity: 1200 }] }, "sqe.chen");
ncrStep(
  {
    type: "RECORD_SORT_RESULT",
    line: 0,
    passed: 1128,
    failed: 72,
    followUp: [
      { action: "return-to-supplier", quantity: 50 },
      { action: "rework", quantity: 12, note: "relabel and reprint barcodes" },
      { action: "concession", quantity: 6, note: "light scratches only" },
      { action: "scrap", quantity: 4 },
    ],
  },
  "qc.team",
);
console.log(`NCR-000001 after sorting: ${ncr.state}`);
ncrStep({ type: "APPROVE_CONCESSION", approver: "qa.manager.wang" }, "qa.manager.wang");
ncrStep(
  {
    type: "OPEN_CLAIM",
    claimId: "CLM-000001",
    at: "2026-09-30T15:00:00+08:00",
    reason: "IQC rejection, 50 units returned",
    amount: money("420.00", "USD"),
  },
  "sqe.chen",
);
ncrStep({ type: "RECORD_CLAIM_ANSWER", at: "2026-10-09T10:00:00+08:00", answer: "accepted" }, "sqe.chen");
ncrStep({ type: "CLOSE", at: "2026-10-09T16:00:00+08:00" }, "sqe.chen");
console.log("Dispositions (sum 1,200):");
for (const line of ncr.context.dispositions)
  console.log(
    `  ${line.action.padEnd(18)} ${String(line.quantity).padStart(4)}${line.result ? ` → ${line.result.passed} released, ${line.result.failed} failed` : ""}${line.approvedBy ? ` (approved by ${line.approvedBy})` : ""}`,
  );
console.log(`NCR-000001: ${ncr.state}`);

const capa = openCapa(
  {
    id: "CAPA-000001",
    problem: "Cracked housings and dead LEDs at IQC",
    openedOn: "2026-09-30",
    ncrIds: ["NCR-000001"],
    supplierId: "SUP-7",
  },
  createBusinessCalendar(CN_2026),
);
console.log("CAPA-000001 due dates (CN calendar, Golden Week skipped, 10 Oct worked):");
console.log(
  `  ${Object.entries(capa.context.due)
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ")}`,
);
console.log(`Quality events emitted: ${events.map((e) => e.type).join(", ")}`);
const ppm = inspectionPpm(events);
console.log(
  `Metrics for SUP-7: inspection PPM ${ppm.ppm?.toFixed(2)} (${ppm.nonconformingUnits} of ${ppm.inspectedUnits}), lot acceptance rate ${lotAcceptanceRate(events).rate?.toFixed(4)}`,
);
