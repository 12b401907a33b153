/** Chapters 5–6: two lots received and inspected on an AQL plan; the rejected one sorted through an NCR. */
import { formatMoney, initialSnapshot, money, transition } from "../../src/core/index.js";
import {
  applyInspectionEvent,
  applyNcrEvent,
  createDefectCatalog,
  createInspection,
  createSwitchingContext,
  type InspectionSnapshot,
  inspectionMachine,
  type NcrRequest,
  type NcrSnapshot,
  ncrMachine,
  ncrRequestOf,
  ocCurveSvg,
  openNcr,
  planInspectionClasses,
  type QualityEvent,
  qualityEventsOf,
  samplingSwitchingMachine,
  standardDefectClasses,
} from "../../src/quality/index.js";
import {
  isReceivingComplete,
  lotVerdictsFromQualityEvents,
  type QualityLotVerdict,
  type ReceivingLedger,
  recordGoodsReceipt,
  recordLotVerdict,
  recordSupplierReturn,
} from "../../src/suppliers/index.js";
import { nextId, PO_ID, PRODUCT, SUPPLIER } from "./ids.js";
import { machines } from "./machines.js";
import type { purchasingChapters } from "./purchasing.js";
import { chapter, facts, say, table } from "./report.js";

const catalog = createDefectCatalog({
  classes: standardDefectClasses,
  defects: [
    { code: "SWELLING", description: "Swollen cell", descriptionZh: "电芯鼓包", classId: "critical" },
    { code: "NO_CHARGE", description: "Does not charge the phone", descriptionZh: "无法充电", classId: "major" },
    { code: "WEAK_MAGNET", description: "Magnet does not hold", descriptionZh: "磁吸力不足", classId: "major" },
    { code: "SCRATCH", description: "Scratched housing", descriptionZh: "外壳划伤", classId: "minor" },
  ],
});

export function qualityChapters(purchasing: ReturnType<typeof purchasingChapters>) {
  chapter(5, "IQC of two received lots (AQL, level II)");
  let ledger: ReceivingLedger = purchasing.ledger;
  const receive = (receiptId: string, receivedOn: string, lotId: string) => {
    const r = recordGoodsReceipt(ledger, { receiptId, receivedOn, lines: [{ lineId: "10", quantity: 1500, lotId }] });
    if (!r.ok) throw new Error(r.error.message);
    ledger = r.value.ledger;
  };
  const plans = planInspectionClasses({
    lotSize: 1500,
    level: "II",
    classes: [
      { classId: "critical", aql: 0 },
      { classId: "major", aql: "2.5" },
      { classId: "minor", aql: "4.0" },
    ],
  });
  // The major class's plan is a SamplingPlan as is: it also feeds the OC curve and the switching rules.
  const majorPlan = plans.find((p) => p.classId === "major")?.plan;
  if (!majorPlan) throw new Error("no major plan");
  const events: QualityEvent[] = [];
  let switching = initialSnapshot(samplingSwitchingMachine, createSwitchingContext({ edition: "iso" }));
  machines.track("switching rules SUP-SZ-001", samplingSwitchingMachine, switching);

  const inspect = (
    lotId: string,
    receivedOn: string,
    findings: { unit: number; code: string }[],
    startAt: string,
    endAt: string,
  ) => {
    const id = nextId("IQC");
    let snap: InspectionSnapshot = createInspection({
      id,
      type: "IQC",
      stage: "incoming",
      lot: { lotId, sku: PRODUCT.id, lotSize: 1500, supplierId: SUPPLIER.id, purchaseOrderId: PO_ID },
      catalog,
      checklist: [
        { id: "FUN-01", kind: "functional", description: "Charges a phone at 15 W", defectCode: "NO_CHARGE" },
        {
          id: "FUN-02",
          kind: "functional",
          description: "Magnet holds a phone upside down",
          defectCode: "WEAK_MAGNET",
        },
        { id: "VIS-01", kind: "visual", description: "No swelling", defectCode: "SWELLING" },
        { id: "VIS-02", kind: "visual", description: "No scratches", defectCode: "SCRATCH" },
      ],
      plans,
    });
    let ncrRequest: NcrRequest | undefined;
    const step = (event: Parameters<typeof applyInspectionEvent>[1]) => {
      const r = applyInspectionEvent(snap, event, { actor: "qc.zhang" });
      if (!r.ok) throw new Error(`${id} ${event.type}: ${r.error.message}`);
      snap = r.value.snapshot;
      events.push(...qualityEventsOf(r.value.effects));
      ncrRequest ??= ncrRequestOf(r.value.effects);
    };
    step({ type: "START", inspector: "qc.zhang", at: startAt });
    for (const f of findings) step({ type: "RECORD_FINDING", finding: { sampleUnit: f.unit, defectCode: f.code } });
    step({ type: "COMPLETE", at: endAt });
    machines.track(`inspection ${id} (${lotId})`, inspectionMachine, snap);
    const majorFound = snap.context.verdicts.find((v) => v.classId === "major")?.nonconforming ?? 0;
    const r = transition(samplingSwitchingMachine, switching, {
      type: "LOT_INSPECTED",
      plan: majorPlan,
      nonconforming: majorFound,
    });
    if (!r.ok) throw new Error(`switching: ${r.error.message}`);
    switching = r.value.snapshot;
    machines.track("switching rules SUP-SZ-001", samplingSwitchingMachine, switching);
    return { id, snap, ncrRequest, receivedOn };
  };

  receive("GR-0031-1", "2026-07-21", purchasing.lots.first);
  const majors = [3, 17, 22, 41, 56, 63, 78, 90, 111].map((unit, i) => ({
    unit,
    code: i % 3 === 0 ? "WEAK_MAGNET" : "NO_CHARGE",
  }));
  const lotA = inspect(
    purchasing.lots.first,
    "2026-07-21",
    [...majors, { unit: 12, code: "SCRATCH" }],
    "2026-07-22T01:00:00Z",
    "2026-07-22T05:00:00Z",
  );
  receive("GR-0031-2", "2026-08-10", purchasing.lots.second);
  const lotB = inspect(
    purchasing.lots.second,
    "2026-08-10",
    [
      { unit: 8, code: "NO_CHARGE" },
      { unit: 64, code: "WEAK_MAGNET" },
      { unit: 30, code: "SCRATCH" },
      { unit: 101, code: "SCRATCH" },
    ],
    "2026-08-11T01:00:00Z",
    "2026-08-11T04:30:00Z",
  );

  const planRows = plans.map((p) => {
    const plan = p.plan;
    return plan.scheme === "single"
      ? [p.classId, p.aql, plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]
      : [p.classId, p.aql, "", "", "", ""];
  });
  say("  Plan for a lot of 1,500 (critical 0 / major 2.5 / minor 4.0):");
  table(["class", ">AQL", "letter", ">n", ">Ac", ">Re"], planRows);
  say();
  table(
    ["inspection", "lot", "received", ">major", ">minor", "verdict"],
    [lotA, lotB].map((l) => {
      const v = l.snap.context.verdicts;
      const majorFound = v.find((c) => c.classId === "major")?.nonconforming ?? "";
      const minorFound = v.find((c) => c.classId === "minor")?.nonconforming ?? "";
      return [l.id, l.snap.context.lot.lotId, l.receivedOn, String(majorFound), String(minorFound), l.snap.state];
    }),
  );
  for (const l of [lotA, lotB]) say(`  IQC ${l.snap.context.lot.lotId}: ${l.snap.state.toUpperCase()}`);

  chapter(6, "NCR for the rejected lot, dispositions and the receiving ledger");
  if (!lotA.ncrRequest) throw new Error("the rejected lot asks for an NCR");
  const req = lotA.ncrRequest;
  const ncrId = nextId("NCR");
  let ncr: NcrSnapshot = openNcr({
    id: ncrId,
    source: req.source,
    lot: req.lot,
    quantity: req.quantity,
    description: req.description,
    raisedBy: "qc.zhang",
    raisedAt: "2026-07-22T05:10:00Z",
  });
  machines.track(`NCR ${ncrId}`, ncrMachine, ncr);
  const ncrStep = (event: Parameters<typeof applyNcrEvent>[1], actor: string) => {
    const r = applyNcrEvent(ncr, event, { actor });
    if (!r.ok) throw new Error(`${ncrId} ${event.type}: ${r.error.message}`);
    ncr = r.value.snapshot;
    machines.track(`NCR ${ncrId}`, ncrMachine, ncr);
    events.push(...qualityEventsOf(r.value.effects));
  };
  ncrStep({ type: "PROPOSE_DISPOSITION", by: "sqe.chen", lines: [{ action: "sort", quantity: 1500 }] }, "sqe.chen");
  ncrStep(
    {
      type: "RECORD_SORT_RESULT",
      line: 0,
      passed: 1420,
      failed: 80,
      followUp: [
        { action: "return-to-supplier", quantity: 68 },
        { action: "concession", quantity: 12, note: "light scratches only" },
      ],
    },
    "qc.team",
  );
  ncrStep({ type: "APPROVE_CONCESSION", approver: "qa.manager.wang" }, "qa.manager.wang");
  const claimId = nextId("CLM");
  ncrStep(
    {
      type: "OPEN_CLAIM",
      claimId,
      at: "2026-07-23T02:00:00Z",
      reason: "IQC rejection, 68 units returned",
      amount: money("2890.00", "CNY"),
    },
    "sqe.chen",
  );
  ncrStep({ type: "RECORD_CLAIM_ANSWER", at: "2026-07-27T02:00:00Z", answer: "accepted" }, "sqe.chen");
  ncrStep({ type: "CLOSE", at: "2026-07-27T08:00:00Z" }, "sqe.chen");
  table(
    ["disposition", ">qty", "result"],
    ncr.context.dispositions.map((d) => [
      d.action,
      d.quantity,
      d.result
        ? `${d.result.passed} released, ${d.result.failed} failed`
        : d.approvedBy
          ? `approved by ${d.approvedBy}`
          : "",
    ]),
  );
  say(`  ${ncrId}: ${ncr.state}; claim ${claimId} for ${formatMoney(money("2890.00", "CNY"), "zh-CN")} accepted`);

  // The seam between the areas: quality's lot events become the lot verdicts suppliers consumes.
  const verdictOf = (lotId: string) => {
    const verdict = lotVerdictsFromQualityEvents(events).find((v) => v.lotId === lotId);
    if (!verdict) throw new Error(`no verdict for ${lotId}`);
    return verdict;
  };
  const verdicts = [verdictOf(purchasing.lots.first), verdictOf(purchasing.lots.second)];
  const sorted = { ...verdicts[0], acceptedQuantity: 1432 } as QualityLotVerdict;
  for (const v of [sorted, verdicts[1] as QualityLotVerdict]) {
    const r = recordLotVerdict(ledger, v);
    if (!r.ok) throw new Error(r.error.message);
    ledger = r.value.ledger;
  }
  const back = recordSupplierReturn(ledger, { returnId: "RT-0031-1", lineId: "10", quantity: 68 });
  if (!back.ok) throw new Error(back.error.message);
  ledger = back.value.ledger;
  const line = ledger.lines[0];
  table(
    ["line", ">received", ">accepted", ">rejected", ">returned", ">available"],
    [["10", line?.received ?? 0, line?.accepted ?? 0, line?.rejected ?? 0, line?.returned ?? 0, line?.available ?? 0]],
  );
  const complete = isReceivingComplete(ledger);
  purchasing.fire({ type: "GOODS_RECEIVED", complete });
  facts([
    ["receiving complete", `${complete} (within the 3% under-delivery tolerance)`],
    ["PO state", purchasing.snapshot.state],
  ]);

  const ocCurve = ocCurveSvg(majorPlan, { title: `${PO_ID} IQC, major defects (AQL 2.5, level II, lot 1,500)` });
  say(`  Switching rules after both lots: ${switching.state} inspection, score ${switching.context.switchingScore}`);
  return { events, verdicts, ledger, ocCurve, ncrId, inspectionIds: [lotA.id, lotB.id] };
}
