import { expect } from "vitest";
import type * as z from "zod";
import { isCrossborderOpsError } from "../../src/core/index.js";
import {
  applyInspectionEvent,
  type ClassPlan,
  createDefectCatalog,
  createInspection,
  type InspectionSnapshot,
  type inspectionEventSchema,
  standardDefectClasses,
} from "../../src/quality/index.js";

export const catalog = createDefectCatalog({
  classes: standardDefectClasses,
  defects: [
    { code: "EXPOSED_WIRE", description: "Exposed live wire", classId: "critical" },
    { code: "CRACK", description: "Cracked housing", classId: "major" },
    { code: "NO_LIGHT", description: "Does not light", classId: "major" },
    { code: "LENGTH_OOS", description: "Length out of tolerance", classId: "major" },
    { code: "SCRATCH", description: "Light scratch", classId: "minor" },
    { code: "LABEL_SKEW", description: "Label crooked", classId: "minor" },
  ],
});

export const checklist = [
  { id: "VIS-01", kind: "visual" as const, description: "No scratches", defectCode: "SCRATCH" },
  {
    id: "DIM-01",
    kind: "dimensional" as const,
    description: "Arm length",
    defectCode: "LENGTH_OOS",
    spec: { lsl: "149.5", usl: "150.5", unit: "mm" },
  },
  { id: "FUN-01", kind: "functional" as const, description: "Lights", defectCode: "NO_LIGHT" },
];

export const single = (sampleSize: number, acceptanceNumber: number, rejectionNumber = acceptanceNumber + 1) => ({
  scheme: "single" as const,
  codeLetter: "J",
  sampleSize,
  acceptanceNumber,
  rejectionNumber,
  hundredPercent: false,
});

/** Lot 1,200, level II: J, n = 80; critical 0 (Ac 0 Re 1), major 2.5 (Ac 5 Re 6), minor 4.0 (Ac 7 Re 8). */
export const plansJ: ClassPlan[] = [
  { classId: "critical", aql: "0", plan: single(80, 0) },
  { classId: "major", aql: "2.5", plan: single(80, 5) },
  { classId: "minor", aql: "4.0", plan: single(80, 7) },
];

export function iqc(overrides: Partial<Parameters<typeof createInspection>[0]> = {}): InspectionSnapshot {
  return createInspection({
    id: "IQC-000001",
    type: "IQC",
    stage: "incoming",
    lot: { lotId: "LOT-1", sku: "LAMP-01", lotSize: 1200, supplierId: "SUP-7", purchaseOrderId: "PO-000123" },
    catalog,
    checklist,
    plans: plansJ,
    ...overrides,
  });
}

/** Applies events in order, failing loudly on a refused one. */
export function run(
  snapshot: InspectionSnapshot,
  events: readonly z.input<typeof inspectionEventSchema>[],
): { snapshot: InspectionSnapshot; effects: { type: string; [key: string]: unknown }[] } {
  let current = snapshot;
  const effects: { type: string; [key: string]: unknown }[] = [];
  for (const event of events) {
    const r = applyInspectionEvent(current, event);
    if (!r.ok) throw new Error(r.error.message);
    current = r.value.snapshot;
    effects.push(...r.value.effects);
  }
  return { snapshot: current, effects };
}

export const start = { type: "START" as const, inspector: "qc.zhang", at: "2026-09-30T09:00:00+08:00" };
export const finding = (sampleUnit: number, defectCode: string, occurrences = 1) => ({
  type: "RECORD_FINDING" as const,
  finding: { sampleUnit, defectCode, occurrences },
});
export const completeAt = { type: "COMPLETE" as const, at: "2026-09-30T11:30:00+08:00" };

/** Asserts that `fn` throws the library error with `code` and the first issue's `path`. */
export function expectInvalid(
  fn: () => unknown,
  path: ReadonlyArray<string | number>,
  code = "INVALID_ARGUMENT",
): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isCrossborderOpsError(caught), `expected a CrossborderOpsError, got ${String(caught)}`).toBe(true);
  if (!isCrossborderOpsError(caught)) return;
  expect(caught.code).toBe(code);
  expect(caught.issues[0]?.path).toEqual(path);
}
