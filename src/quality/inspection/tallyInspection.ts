import { parseInput } from "../../core/index.js";
import { judgeMeasurement } from "../checklist/judgeMeasurement.js";
import { type InspectionRecord, inspectionRecordSchema } from "./inspectionRecord.js";
import { classSampleUnits, drawnSampleUnits } from "./planData.js";

/**
 * Counts for one class: how many sample units this class is judged on, and how many of them are nonconforming
 * (each unit at most once, see {@link NonconformityCounting}).
 *
 * @example
 * ```ts
 * const major: ClassTally = { classId: "major", sampleUnits: 80, nonconformingUnits: 2, units: [4, 17] };
 * ```
 */
export interface ClassTally {
  readonly classId: string;
  /** The class's (cumulative) sample size at the current stage, capped at the lot size. */
  readonly sampleUnits: number;
  readonly nonconformingUnits: number;
  /** The nonconforming units' positions in the sample, ascending. */
  readonly units: readonly number[];
}

/**
 * Counts for one defect code: occurrences over all units, and the number of distinct units showing it.
 *
 * @example
 * ```ts
 * const scratch: DefectTally = { code: "SCRATCH", classId: "minor", occurrences: 5, units: 3 };
 * ```
 */
export interface DefectTally {
  readonly code: string;
  readonly classId: string;
  readonly occurrences: number;
  readonly units: number;
}

/**
 * What an inspection found so far: per class (for the verdict) and per defect code (for the Pareto).
 *
 * @example
 * ```ts
 * const t: InspectionTally = tallyInspection(snapshot.context);
 * t.classes.find((c) => c.classId === "major")?.nonconformingUnits;
 * ```
 */
export interface InspectionTally {
  /** Units examined: the largest class sample at the current stage. */
  readonly inspectedUnits: number;
  /** Distinct units with at least one nonconformity of any class. */
  readonly nonconformingUnits: number;
  /** In the order of the record's plans. */
  readonly classes: readonly ClassTally[];
  /** Defect codes found, most occurrences first, then by code. */
  readonly defects: readonly DefectTally[];
}

/**
 * Tallies an inspection record's findings and out-of-spec measurements. A unit counts at most once per class
 * however many nonconformities of that class it shows ("three scratches on one unit are one nonconforming unit");
 * under the default `most-serious` counting it counts only in its most serious class. A class whose sample is
 * smaller than another's is judged on the first `sampleUnits` units only: a finding on unit 90 does not count
 * against a class sampled with n = 80.
 *
 * @example
 * ```ts
 * const tally = tallyInspection(snapshot.context);
 * // { inspectedUnits: 80, nonconformingUnits: 3, classes: [{ classId: "critical", ... }, ...], defects: [...] }
 * ```
 */
export function tallyInspection(record: InspectionRecord): InspectionTally {
  return tallyValidRecord(parseInput(inspectionRecordSchema, record, ["record"]));
}

/** @internal the tally of a record already validated (the machine's context). */
export function tallyValidRecord(record: InspectionRecord): InspectionTally {
  const classOfCode = new Map(record.catalog.defects.map((d) => [d.code, d.classId]));
  const rankOfClass = new Map(record.catalog.classes.map((c) => [c.id, c.rank]));
  const items = new Map(record.checklist.map((item) => [item.id, item]));

  const hits: { unit: number; code: string; occurrences: number }[] = record.findings.map((f) => ({
    unit: f.sampleUnit,
    code: f.defectCode,
    occurrences: f.occurrences,
  }));
  for (const m of record.measurements) {
    const item = items.get(m.checklistItemId);
    if (item?.kind !== "dimensional") continue;
    if (!judgeMeasurement(item.spec, m).conforming)
      hits.push({ unit: m.sampleUnit, code: item.defectCode, occurrences: 1 });
  }

  const classesByUnit = new Map<number, Set<string>>();
  const byCode = new Map<string, { occurrences: number; units: Set<number> }>();
  for (const hit of hits) {
    const classId = classOfCode.get(hit.code);
    if (classId === undefined) continue;
    const classes = classesByUnit.get(hit.unit) ?? new Set<string>();
    classes.add(classId);
    classesByUnit.set(hit.unit, classes);
    const entry = byCode.get(hit.code) ?? { occurrences: 0, units: new Set<number>() };
    entry.occurrences += hit.occurrences;
    entry.units.add(hit.unit);
    byCode.set(hit.code, entry);
  }

  const counted = new Map<string, number[]>();
  for (const [unit, classes] of classesByUnit) {
    const chosen =
      record.counting === "every-class"
        ? [...classes]
        : [[...classes].reduce((a, b) => ((rankOfClass.get(a) ?? 0) <= (rankOfClass.get(b) ?? 0) ? a : b))];
    for (const classId of chosen) counted.set(classId, [...(counted.get(classId) ?? []), unit]);
  }

  const classes = record.plans.map((p): ClassTally => {
    const sampleUnits = classSampleUnits(p.plan, record.samplingStage, record.lot.lotSize);
    const units = (counted.get(p.classId) ?? []).filter((u) => u <= sampleUnits).sort((a, b) => a - b);
    return { classId: p.classId, sampleUnits, nonconformingUnits: units.length, units };
  });
  const defects = [...byCode.entries()]
    .map(([code, e]) => ({
      code,
      classId: classOfCode.get(code) ?? "",
      occurrences: e.occurrences,
      units: e.units.size,
    }))
    .sort((a, b) => b.occurrences - a.occurrences || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    inspectedUnits: drawnSampleUnits(record, record.samplingStage),
    nonconformingUnits: classesByUnit.size,
    classes,
    defects,
  };
}
