import * as z from "zod";
import { defineMachine, type Effect, invalidArgument, parseInput, type Snapshot } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { type Finding, type InspectionRecord, inspectionRecordSchema, type Measurement } from "./inspectionRecord.js";
import type { ClassVerdict } from "./planData.js";
import { tallyValidRecord } from "./tallyInspection.js";

/**
 * States of an inspection record.
 *
 * @example
 * ```ts
 * const s: InspectionState = "inProgress";
 * ```
 */
export type InspectionState = "planned" | "inProgress" | "accepted" | "rejected" | "closed" | "cancelled";

/**
 * Events of an inspection record. Send them through {@link applyInspectionEvent}, which validates them against
 * the record (known defect codes, units inside the sample, verdicts matching the tally).
 *
 * @example
 * ```ts
 * const e: InspectionEvent = { type: "RECORD_FINDING", finding: { sampleUnit: 4, defectCode: "CRACK", occurrences: 1, evidence: [] } };
 * ```
 */
export type InspectionEvent =
  | { readonly type: "START"; readonly inspector: string; readonly at: string }
  | { readonly type: "RECORD_FINDING"; readonly finding: Finding }
  | { readonly type: "RECORD_MEASUREMENT"; readonly measurement: Measurement }
  | { readonly type: "COMPLETE"; readonly at: string; readonly verdicts: readonly ClassVerdict[] }
  | { readonly type: "RESUBMIT"; readonly reason: string }
  | { readonly type: "CLOSE"; readonly reason: string }
  | { readonly type: "CANCEL"; readonly reason: string };

/**
 * A stored inspection: the machine's snapshot with the {@link InspectionRecord} as context.
 *
 * @example
 * ```ts
 * const snap: InspectionSnapshot = createInspection(input);
 * ```
 */
export type InspectionSnapshot = Snapshot<InspectionState, InspectionRecord>;

type Complete = Extract<InspectionEvent, { type: "COMPLETE" }>;

const decisions = (event: InspectionEvent) => (event.type === "COMPLETE" ? event.verdicts.map((v) => v.decision) : []);

function complete(record: InspectionRecord, event: Complete): InspectionRecord {
  return { ...record, verdicts: [...event.verdicts], completedAt: event.at };
}

/**
 * The quality events a completed inspection emits: the lot's verdict (`lot-accepted` / `lot-rejected`) and what
 * was found (`defects-counted`). Ids are stable (`<inspection>#<attempt>:<type>`), so re-emitting is harmless.
 *
 * @example
 * ```ts
 * inspectionQualityEvents(snapshot.context, "rejected").map((e) => e.type); // ["lot-rejected", "defects-counted"]
 * ```
 */
export function inspectionQualityEvents(record: InspectionRecord, verdict: "accepted" | "rejected"): QualityEvent[] {
  const valid = parseInput(inspectionRecordSchema, record, ["record"]);
  parseInput(z.enum(["accepted", "rejected"]), verdict, ["verdict"]);
  if (valid.completedAt === undefined)
    throw invalidArgument(["record", "completedAt"], "the inspection is not completed yet");
  return qualityEventsOfValidRecord(valid, valid.completedAt, verdict);
}

function qualityEventsOfValidRecord(
  record: InspectionRecord,
  at: string,
  verdict: "accepted" | "rejected",
): QualityEvent[] {
  const tally = tallyValidRecord(record);
  const key = `${record.id}#${record.attempt}`;
  const common = {
    schemaVersion: 1 as const,
    at,
    ...(record.lot.supplierId === undefined ? {} : { supplierId: record.lot.supplierId }),
    sku: record.lot.sku,
    inspectionId: record.id,
    inspectionType: record.type,
    lotId: record.lot.lotId,
    attempt: record.attempt,
    inspectedUnits: tally.inspectedUnits,
  };
  const judged: QualityEvent = {
    ...common,
    id: `${key}:lot-${verdict}`,
    type: verdict === "accepted" ? "lot-accepted" : "lot-rejected",
    stage: record.stage,
    lotSize: record.lot.lotSize,
    ...(record.lot.purchaseOrderId === undefined ? {} : { purchaseOrderId: record.lot.purchaseOrderId }),
  };
  const counted: QualityEvent = {
    ...common,
    id: `${key}:defects-counted`,
    type: "defects-counted",
    nonconformingUnits: tally.nonconformingUnits,
    byClass: tally.classes.map((c) => ({ classId: c.classId, nonconformingUnits: c.nonconformingUnits })),
    defects: tally.defects.map((d) => ({
      code: d.code,
      classId: d.classId,
      occurrences: d.occurrences,
      units: d.units,
    })),
  };
  return [judged, counted];
}

function describeRejection(record: InspectionRecord): string {
  const rejected = record.verdicts
    .filter((v) => v.decision === "reject")
    .map((v) => `${v.classId} ${v.nonconforming}`)
    .join(", ");
  return `${record.type} ${record.stage} rejected lot ${record.lot.lotId} (nonconforming units: ${rejected})`;
}

function completionEffects(verdict: "accepted" | "rejected") {
  return (record: InspectionRecord, event: InspectionEvent): readonly Effect[] => {
    if (event.type !== "COMPLETE") return [];
    const done = complete(record, event);
    const effects: Effect[] = [
      { type: "emit-quality-events", events: qualityEventsOfValidRecord(done, event.at, verdict) },
    ];
    if (verdict === "rejected")
      effects.push({
        type: "open-ncr",
        inspectionId: record.id,
        // The fields openNcr needs, ready to spread: openNcr({ id, ...rest, raisedBy, raisedAt }).
        source: { kind: record.stage === "first-article" ? "first-article" : "inspection", inspectionId: record.id },
        lot: {
          lotId: record.lot.lotId,
          sku: record.lot.sku,
          ...(record.lot.supplierId === undefined ? {} : { supplierId: record.lot.supplierId }),
        },
        quantity: record.lot.lotSize,
        description: describeRejection(done),
      });
    return effects;
  };
}

/**
 * The inspection record as a machine: planned → in progress (findings and measurements recorded) → accepted or
 * rejected; a double sampling plan's first stage may ask for the second sample (staying in progress at stage 2);
 * a rejected lot is either resubmitted after sorting or rework (a new attempt, back to planned, the previous
 * attempt archived) or closed (its disposition continues in an NCR). Completing emits quality events and, on
 * rejection, an `open-ncr` effect carrying the `source`, `lot`, `quantity` and `description` that `openNcr` takes.
 *
 * @example
 * ```ts
 * assertMachineWellFormed(inspectionMachine);
 * toMermaid(inspectionMachine);
 * ```
 */
export const inspectionMachine = defineMachine<InspectionState, InspectionEvent, InspectionRecord>({
  id: "quality.inspection",
  initial: "planned",
  states: ["planned", "inProgress", "accepted", "rejected", "closed", "cancelled"],
  final: ["accepted", "closed", "cancelled"],
  labels: {
    planned: "planned 待检",
    inProgress: "in progress 检验中",
    accepted: "accepted 允收",
    rejected: "rejected 拒收",
    closed: "closed 已关闭",
    cancelled: "cancelled 已取消",
  },
  transitions: [
    {
      from: "planned",
      event: "START",
      to: "inProgress",
      update: (r, e) => (e.type === "START" ? { ...r, inspector: e.inspector, startedAt: e.at } : r),
    },
    {
      from: "inProgress",
      event: "RECORD_FINDING",
      to: "inProgress",
      update: (r, e) => (e.type === "RECORD_FINDING" ? { ...r, findings: [...r.findings, e.finding] } : r),
    },
    {
      from: "inProgress",
      event: "RECORD_MEASUREMENT",
      to: "inProgress",
      update: (r, e) =>
        e.type === "RECORD_MEASUREMENT" ? { ...r, measurements: [...r.measurements, e.measurement] } : r,
    },
    {
      from: "inProgress",
      event: "COMPLETE",
      to: "rejected",
      guard: "anyClassRejects",
      update: (r, e) => (e.type === "COMPLETE" ? complete(r, e) : r),
      effects: completionEffects("rejected"),
    },
    {
      from: "inProgress",
      event: "COMPLETE",
      to: "inProgress",
      guard: "secondSampleNeeded",
      update: (r, e) => (e.type === "COMPLETE" ? { ...r, verdicts: [...e.verdicts], samplingStage: 2 } : r),
    },
    {
      from: "inProgress",
      event: "COMPLETE",
      to: "accepted",
      guard: "allClassesAccept",
      update: (r, e) => (e.type === "COMPLETE" ? complete(r, e) : r),
      effects: completionEffects("accepted"),
    },
    {
      from: "rejected",
      event: "RESUBMIT",
      to: "planned",
      update: (r) => {
        const { inspector: _i, startedAt: _s, completedAt, ...rest } = r;
        const archived = {
          attempt: r.attempt,
          findings: r.findings,
          measurements: r.measurements,
          verdicts: r.verdicts,
          ...(completedAt === undefined ? {} : { completedAt }),
        };
        return {
          ...rest,
          attempt: r.attempt + 1,
          samplingStage: 1,
          findings: [],
          measurements: [],
          verdicts: [],
          previousAttempts: [...r.previousAttempts, archived],
        };
      },
    },
    { from: "rejected", event: "CLOSE", to: "closed" },
    { from: ["planned", "inProgress"], event: "CANCEL", to: "cancelled" },
  ],
  guards: {
    anyClassRejects: (_r, e) => decisions(e).includes("reject"),
    secondSampleNeeded: (r, e) =>
      r.samplingStage === 1 && !decisions(e).includes("reject") && decisions(e).includes("second-sample"),
    allClassesAccept: (_r, e) => decisions(e).length > 0 && decisions(e).every((d) => d === "accept"),
  },
});
