import type { QualityEvent } from "../../../src/quality/index.js";

const base = { schemaVersion: 1 as const, sku: "LAMP-01" };

export const judged = (
  id: string,
  type: "lot-accepted" | "lot-rejected",
  supplierId: string,
  attempt = 1,
  at = "2026-03-02T08:00:00Z",
): QualityEvent => ({
  ...base,
  id,
  type,
  at,
  supplierId,
  inspectionId: id.split("#")[0] ?? id,
  inspectionType: "IQC",
  stage: "incoming",
  lotId: `LOT-${id}`,
  lotSize: 1200,
  inspectedUnits: 80,
  attempt,
});

export const counted = (
  id: string,
  inspectedUnits: number,
  nonconformingUnits: number,
  defects: { code: string; classId: string; occurrences: number; units: number }[],
  attempt = 1,
  inspectionType: "IQC" | "IPQC" | "OQC" = "IQC",
): QualityEvent => ({
  ...base,
  id,
  type: "defects-counted",
  at: "2026-03-02T08:00:00Z",
  supplierId: "SUP-7",
  inspectionId: id,
  inspectionType,
  lotId: `LOT-${id}`,
  attempt,
  inspectedUnits,
  nonconformingUnits,
  byClass: [],
  defects,
});

/** 5 judgements: 4 accepted (one a resubmission) and 1 rejected; SUP-7 has 3 accepted and 1 rejected. */
export const lotEvents: QualityEvent[] = [
  judged("IQC-1#1", "lot-accepted", "SUP-7"),
  judged("IQC-2#1", "lot-rejected", "SUP-7"),
  judged("IQC-2#2", "lot-accepted", "SUP-7", 2, "2026-03-05T08:00:00Z"),
  judged("IQC-3#1", "lot-accepted", "SUP-8"),
  judged("IQC-4#1", "lot-accepted", "SUP-7"),
];

/** 405 units inspected, 8 nonconforming; first passes: 205 inspected, 3 nonconforming. */
export const countEvents: QualityEvent[] = [
  counted("D1", 80, 3, [
    { code: "SCRATCH", classId: "minor", occurrences: 4, units: 2 },
    { code: "CRACK", classId: "major", occurrences: 1, units: 1 },
  ]),
  counted("D2", 125, 0, []),
  counted(
    "D3",
    200,
    5,
    [
      { code: "CRACK", classId: "major", occurrences: 3, units: 3 },
      { code: "LABEL_SKEW", classId: "minor", occurrences: 2, units: 2 },
    ],
    2,
  ),
];
