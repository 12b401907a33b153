import * as z from "zod";
import {
  type IllegalTransition,
  initialSnapshot,
  invalidArgument,
  isCrossborderOpsError,
  opsError,
  parseInput,
  type Result,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { judgeMeasurement } from "../checklist/judgeMeasurement.js";
import { isoInstantSchema, parseRecordSnapshot } from "../recordSnapshot.js";
import {
  type InspectionEvent,
  type InspectionSnapshot,
  type InspectionState,
  inspectionMachine,
} from "./inspectionMachine.js";
import {
  findingSchema,
  type InspectionRecord,
  inspectionInputSchema,
  inspectionRecordSchema,
  measurementSchema,
} from "./inspectionRecord.js";
import { verdictOfValidRecord } from "./inspectionVerdict.js";
import { classVerdictSchema, drawnSampleUnits } from "./planData.js";

const reason = z.string().min(1);

/**
 * Schema of the events {@link applyInspectionEvent} accepts, as JSON. Instants may be `Date`s or ISO strings.
 * `COMPLETE` may omit `verdicts`: they are then computed from the plans and the tally; when given they must match.
 *
 * @example
 * ```ts
 * inspectionEventSchema.parse({ type: "COMPLETE", at: "2026-03-02T10:00:00+08:00" });
 * ```
 */
export const inspectionEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("START"), inspector: z.string().min(1), at: isoInstantSchema }),
  z.object({ type: z.literal("RECORD_FINDING"), finding: findingSchema }),
  z.object({ type: z.literal("RECORD_MEASUREMENT"), measurement: measurementSchema }),
  z.object({ type: z.literal("COMPLETE"), at: isoInstantSchema, verdicts: z.array(classVerdictSchema).optional() }),
  z.object({ type: z.literal("RESUBMIT"), reason }),
  z.object({ type: z.literal("CLOSE"), reason }),
  z.object({ type: z.literal("CANCEL"), reason }),
]);

/**
 * Opens an inspection record in state `planned`.
 *
 * @throws `INVALID_ARGUMENT` for an invalid input (stage not matching the type, IQC without purchase order or
 *   supplier, a plan for a class not in the catalog, a checklist item naming an unknown defect...)
 * @example
 * ```ts
 * const snap = createInspection({
 *   id: "IQC-000001", type: "IQC", stage: "incoming",
 *   lot: { lotId: "LOT-1", sku: "LAMP-01", lotSize: 1200, supplierId: "SUP-7", purchaseOrderId: "PO-000123" },
 *   catalog, checklist,
 *   plans: [{ classId: "major", aql: "2.5", plan: { scheme: "single", codeLetter: "J", sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6, hundredPercent: false } }],
 * });
 * snap.state; // "planned"
 * ```
 */
export function createInspection(input: z.input<typeof inspectionInputSchema>): InspectionSnapshot {
  const parsed = parseInput(inspectionInputSchema, input, ["input"]);
  const record: InspectionRecord = {
    ...parsed,
    attempt: 1,
    samplingStage: 1,
    findings: [],
    measurements: [],
    verdicts: [],
    previousAttempts: [],
  };
  return initialSnapshot(inspectionMachine, record);
}

/**
 * Validates an event against the record and applies it: the one way to move an inspection forward. Findings must
 * name a catalog defect, a known checklist item and a unit inside the sample; measurements a dimensional item and a
 * unit convertible to its spec's; verdicts (when given) must match what the findings and the plans decide.
 *
 * @returns the next snapshot and effects (`emit-quality-events`, `open-ncr`), or `ILLEGAL_TRANSITION` when the
 *   event is not allowed in the current state
 * @throws `INVALID_ARGUMENT` for an invalid snapshot or event, with the path of the offending field
 * @example
 * ```ts
 * let r = applyInspectionEvent(snap, { type: "START", inspector: "qc.zhang", at: "2026-03-02T09:00:00+08:00" });
 * if (r.ok) r = applyInspectionEvent(r.value.snapshot, { type: "RECORD_FINDING", finding: { sampleUnit: 4, defectCode: "CRACK" } });
 * if (r.ok) r = applyInspectionEvent(r.value.snapshot, { type: "COMPLETE", at: "2026-03-02T11:30:00+08:00" });
 * ```
 */
export function applyInspectionEvent(
  snapshot: InspectionSnapshot,
  event: z.input<typeof inspectionEventSchema>,
  meta?: StepMeta,
): Result<Step<InspectionState, InspectionRecord>, IllegalTransition> {
  const current = parseRecordSnapshot(inspectionMachine, inspectionRecordSchema, snapshot);
  const record = current.context;
  const parsed = parseInput(inspectionEventSchema, event, ["event"]);
  if (current.state === "inProgress") checkAgainstRecord(parsed, record);
  return transition(inspectionMachine, current, toMachineEvent(parsed, record), meta);
}

type ParsedEvent = z.output<typeof inspectionEventSchema>;

function toMachineEvent(event: ParsedEvent, record: InspectionRecord): InspectionEvent {
  if (event.type !== "COMPLETE") return event;
  return { type: "COMPLETE", at: event.at, verdicts: event.verdicts ?? verdictOfValidRecord(record).classes };
}

function checkAgainstRecord(event: ParsedEvent, record: InspectionRecord): void {
  const unitsInSample = drawnSampleUnits(record, record.samplingStage);
  const firstSample = record.samplingStage === 2 ? drawnSampleUnits(record, 1) : 0;
  const items = new Map(record.checklist.map((item) => [item.id, item]));
  if (event.type === "RECORD_FINDING") {
    const { finding } = event;
    const path = ["event", "finding"];
    if (!record.catalog.defects.some((d) => d.code === finding.defectCode))
      throw invalidArgument([...path, "defectCode"], `"${finding.defectCode}" is not in the defect catalog`);
    if (finding.checklistItemId !== undefined && !items.has(finding.checklistItemId))
      throw invalidArgument([...path, "checklistItemId"], `"${finding.checklistItemId}" is not on the checklist`);
    checkUnit(finding.sampleUnit, unitsInSample, firstSample, [...path, "sampleUnit"]);
  }
  if (event.type === "RECORD_MEASUREMENT") {
    const { measurement } = event;
    const path = ["event", "measurement"];
    const item = items.get(measurement.checklistItemId);
    if (item?.kind !== "dimensional")
      throw invalidArgument(
        [...path, "checklistItemId"],
        `"${measurement.checklistItemId}" is not a dimensional checklist item`,
      );
    checkUnit(measurement.sampleUnit, unitsInSample, firstSample, [...path, "sampleUnit"]);
    try {
      judgeMeasurement(item.spec, measurement);
    } catch (e) {
      if (!isCrossborderOpsError(e)) throw e;
      throw opsError(
        e.code,
        e.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path.slice(1)] })),
      );
    }
  }
  if (event.type === "COMPLETE" && event.verdicts !== undefined) checkVerdicts(event.verdicts, record);
}

function checkUnit(unit: number, unitsInSample: number, firstSample: number, path: (string | number)[]): void {
  if (unit > unitsInSample) throw invalidArgument(path, `must be within the sample of ${unitsInSample} units`);
  if (unit <= firstSample)
    throw invalidArgument(
      path,
      `must be a unit of the second sample (${firstSample + 1} to ${unitsInSample}): the first sample is judged`,
    );
}

function checkVerdicts(given: readonly z.output<typeof classVerdictSchema>[], record: InspectionRecord): void {
  const expected = verdictOfValidRecord(record).classes;
  if (given.length !== expected.length || new Set(given.map((v) => v.classId)).size !== given.length)
    throw invalidArgument(
      ["event", "verdicts"],
      `must give one verdict per planned class (${expected.map((v) => v.classId).join(", ")})`,
    );
  given.forEach((verdict, i) => {
    const match = expected.find((v) => v.classId === verdict.classId);
    const path = ["event", "verdicts", i];
    if (!match) throw invalidArgument([...path, "classId"], `"${verdict.classId}" has no plan in this inspection`);
    if (verdict.nonconforming !== match.nonconforming)
      throw invalidArgument(
        [...path, "nonconforming"],
        `the findings give ${match.nonconforming} nonconforming units for "${match.classId}", got ${verdict.nonconforming}`,
      );
    if (verdict.decision !== match.decision)
      throw invalidArgument(
        [...path, "decision"],
        `the plan decides "${match.decision}" for "${match.classId}", got "${verdict.decision}"`,
      );
  });
}
