import { parseInput } from "../../core/index.js";
import { type InspectionRecord, inspectionRecordSchema } from "./inspectionRecord.js";
import type { ClassVerdict } from "./planData.js";
import { decideClass } from "./samplingSeam.js";
import { type InspectionTally, tallyValidRecord } from "./tallyInspection.js";

/**
 * The verdict an inspection would reach now: per class, and for the lot (rejected if any class rejects; a second
 * sample if a double plan's first stage asks for one and no class rejects; accepted otherwise).
 *
 * @example
 * ```ts
 * const v: InspectionVerdict = { lot: "rejected", classes: [{ classId: "major", decision: "reject", nonconforming: 6 }], tally };
 * ```
 */
export interface InspectionVerdict {
  readonly lot: "accepted" | "rejected" | "second-sample";
  readonly classes: readonly ClassVerdict[];
  readonly tally: InspectionTally;
}

/** @internal the verdict of a record already validated. */
export function verdictOfValidRecord(record: InspectionRecord): InspectionVerdict {
  const tally = tallyValidRecord(record);
  const classes = record.plans.map((p, i) =>
    decideClass(p.classId, p.plan, record.samplingStage, tally.classes[i]?.units ?? []),
  );
  const decisions = classes.map((c) => c.decision);
  const lot = decisions.includes("reject")
    ? "rejected"
    : decisions.includes("second-sample")
      ? "second-sample"
      : "accepted";
  return { lot, classes, tally };
}

/**
 * Judges an inspection record as it stands: tallies the findings (each unit once per class) and decides each
 * class against its plan at the current sampling stage, then the lot.
 *
 * @throws `INVALID_ARGUMENT` when the record is not a valid inspection record
 * @example
 * ```ts
 * judgeInspection(snapshot.context);
 * // { lot: "rejected", classes: [{ classId: "critical", decision: "accept", nonconforming: 0 }, { classId: "major", decision: "reject", nonconforming: 6 }, ...], tally }
 * ```
 */
export function judgeInspection(record: InspectionRecord): InspectionVerdict {
  return verdictOfValidRecord(parseInput(inspectionRecordSchema, record, ["record"]));
}
