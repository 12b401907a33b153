import * as z from "zod";
import { checklistSchema } from "../checklist/checklistItem.js";
import { measuredValueSchema } from "../checklist/judgeMeasurement.js";
import { defectCatalogSchema } from "../defects/defectCatalog.js";
import { classPlanSchema, classVerdictSchema } from "./planData.js";

const evidenceUri = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, { message: 'must be a URI such as "https://..." or "s3://bucket/key"' });

/**
 * One nonconformity found on one sample unit. `sampleUnit` is the unit's position in the sample (1 = first unit
 * drawn); `occurrences` is how many times the defect appears on that unit (three scratches = 3). `evidence` holds
 * photo or file URIs.
 *
 * @example
 * ```ts
 * findingSchema.parse({ sampleUnit: 17, defectCode: "SCRATCH", occurrences: 2, evidence: ["https://qc.example/p/17a.jpg"] });
 * ```
 */
export const findingSchema = z.object({
  sampleUnit: z.number().int().positive(),
  defectCode: z.string().min(1),
  occurrences: z.number().int().positive().default(1),
  checklistItemId: z.string().min(1).optional(),
  evidence: z.array(evidenceUri).default([]),
  note: z.string().min(1).optional(),
});

/**
 * One nonconformity found, see {@link findingSchema}.
 *
 * @example
 * ```ts
 * const f: Finding = { sampleUnit: 3, defectCode: "CRACK", occurrences: 1, evidence: ["s3://qc/IQC-1/3.jpg"] };
 * ```
 */
export type Finding = z.output<typeof findingSchema>;

/**
 * One reading of a dimensional checklist item on one sample unit. Out-of-spec readings count as a nonconformity
 * of the item's `defectCode` on that unit.
 *
 * @example
 * ```ts
 * measurementSchema.parse({ sampleUnit: 5, checklistItemId: "DIM-01", value: "150.62", unit: "mm" });
 * ```
 */
export const measurementSchema = measuredValueSchema.extend({
  sampleUnit: z.number().int().positive(),
  checklistItemId: z.string().min(1),
  evidence: z.array(evidenceUri).default([]),
});

/**
 * One reading, see {@link measurementSchema}.
 *
 * @example
 * ```ts
 * const m: Measurement = { sampleUnit: 5, checklistItemId: "DIM-01", value: "150.62", unit: "mm", evidence: [] };
 * ```
 */
export type Measurement = z.output<typeof measurementSchema>;

/**
 * The lot under inspection. IQC lots name the purchase order and supplier; IPQC lots the production order; OQC lots
 * may name the shipment.
 *
 * @example
 * ```ts
 * inspectionLotSchema.parse({ lotId: "LOT-2026-0301", sku: "LAMP-01", lotSize: 1200, supplierId: "SUP-7", purchaseOrderId: "PO-000123" });
 * ```
 */
export const inspectionLotSchema = z.object({
  lotId: z.string().min(1),
  sku: z.string().min(1),
  lotSize: z.number().int().positive(),
  supplierId: z.string().min(1).optional(),
  purchaseOrderId: z.string().min(1).optional(),
  productionOrderId: z.string().min(1).optional(),
  shipmentId: z.string().min(1).optional(),
});

/**
 * The lot under inspection, see {@link inspectionLotSchema}.
 *
 * @example
 * ```ts
 * const lot: InspectionLot = { lotId: "LOT-1", sku: "LAMP-01", lotSize: 1200 };
 * ```
 */
export type InspectionLot = z.infer<typeof inspectionLotSchema>;

/**
 * How sample units with nonconformities of several classes are counted:
 * - `most-serious` (default, the standard's definition of nonconforming item classes): a unit is a nonconforming
 *   item of its most serious class only (a unit with a critical and a minor defect is one critical nonconforming unit);
 * - `every-class`: the unit counts once in every class it has a nonconformity of (stricter; some buyers require it).
 *
 * In both, a unit counts at most once per class, however many defects of that class it has.
 *
 * @example
 * ```ts
 * const rule: NonconformityCounting = "most-serious";
 * ```
 */
export type NonconformityCounting = "most-serious" | "every-class";

const inspectionInputShape = z.object({
  id: z.string().min(1),
  type: z.enum(["IQC", "IPQC", "OQC"]),
  stage: z.enum(["incoming", "first-article", "patrol", "completion", "pre-shipment"]),
  patrolRound: z.number().int().positive().optional(),
  lot: inspectionLotSchema,
  catalog: defectCatalogSchema,
  checklist: checklistSchema,
  plans: z.array(classPlanSchema).min(1, { message: "give at least one class plan" }),
  counting: z.enum(["most-serious", "every-class"]).default("most-serious"),
});

function checkInspectionInput(input: z.output<typeof inspectionInputShape>, ctx: z.RefinementCtx): void {
  const allowed = { IQC: ["incoming"], IPQC: ["first-article", "patrol", "completion"], OQC: ["pre-shipment"] };
  if (!allowed[input.type].includes(input.stage))
    ctx.addIssue({
      code: "custom",
      path: ["stage"],
      message: `an ${input.type} inspection has stage ${allowed[input.type].join(" or ")}, got "${input.stage}"`,
    });
  if (input.type === "IQC") {
    if (!input.lot.supplierId)
      ctx.addIssue({ code: "custom", path: ["lot", "supplierId"], message: "is required for IQC" });
    if (!input.lot.purchaseOrderId)
      ctx.addIssue({ code: "custom", path: ["lot", "purchaseOrderId"], message: "is required for IQC" });
  }
  if ((input.stage === "patrol") !== (input.patrolRound !== undefined))
    ctx.addIssue({
      code: "custom",
      path: ["patrolRound"],
      message: "is required for a patrol inspection and only for it",
    });
  const classes = new Set(input.catalog.classes.map((c) => c.id));
  const planned = new Set<string>();
  input.plans.forEach((p, i) => {
    if (!classes.has(p.classId))
      ctx.addIssue({ code: "custom", path: ["plans", i, "classId"], message: `"${p.classId}" is not in the catalog` });
    if (planned.has(p.classId))
      ctx.addIssue({ code: "custom", path: ["plans", i, "classId"], message: `repeats "${p.classId}"` });
    planned.add(p.classId);
    if (p.plan.lotSize !== undefined && p.plan.lotSize !== input.lot.lotSize)
      ctx.addIssue({
        code: "custom",
        path: ["plans", i, "plan", "lotSize"],
        message: `the plan was chosen for a lot of ${p.plan.lotSize} units but this lot has ${input.lot.lotSize}: plan it for this lot (planInspectionClasses or samplingPlan with lotSize ${input.lot.lotSize})`,
      });
  });
  if (new Set(input.plans.map((p) => p.plan.scheme)).size > 1)
    ctx.addIssue({
      code: "custom",
      path: ["plans"],
      message: "all classes must use the same scheme (single or double)",
    });
  const codes = new Set(input.catalog.defects.map((d) => d.code));
  input.checklist.forEach((item, i) => {
    if (!codes.has(item.defectCode))
      ctx.addIssue({
        code: "custom",
        path: ["checklist", i, "defectCode"],
        message: `"${item.defectCode}" is not in the catalog`,
      });
  });
}

/**
 * Schema of the input that opens an inspection record: its type and stage, the lot, the defect catalog, the
 * checklist and one sampling plan per judged class.
 *
 * - `IQC` (incoming, 来料检验): stage `incoming`, with `lot.supplierId` and `lot.purchaseOrderId`;
 * - `IPQC` (in-process, 过程检验): stage `first-article`, `patrol` (with `patrolRound`) or `completion`;
 * - `OQC` (outgoing / pre-shipment, 成品检验): stage `pre-shipment`.
 *
 * @example
 * ```ts
 * const input: z.input<typeof inspectionInputSchema> = { id: "IQC-000001", type: "IQC", stage: "incoming", lot, catalog, checklist, plans };
 * ```
 */
export const inspectionInputSchema = inspectionInputShape.superRefine(checkInspectionInput);

const verdictsSchema = z.array(classVerdictSchema);

/**
 * Schema of an inspection record, the context of {@link inspectionMachine}: the opening input plus what was
 * found and decided. Used to validate a stored snapshot's context.
 *
 * @example
 * ```ts
 * const record = inspectionRecordSchema.parse(JSON.parse(stored).context);
 * ```
 */
export const inspectionRecordSchema = inspectionInputShape
  .extend({
    /** 1 for the first submission of the lot; incremented on each resubmission. */
    attempt: z.number().int().positive(),
    /** 1, or 2 once a double sampling plan asked for the second sample. */
    samplingStage: z.union([z.literal(1), z.literal(2)]),
    findings: z.array(findingSchema),
    measurements: z.array(measurementSchema),
    /** The verdicts of the last completed stage. */
    verdicts: verdictsSchema,
    inspector: z.string().min(1).optional(),
    startedAt: z.string().optional(),
    completedAt: z.string().optional(),
    previousAttempts: z.array(
      z.object({
        attempt: z.number().int().positive(),
        findings: z.array(findingSchema),
        measurements: z.array(measurementSchema),
        verdicts: verdictsSchema,
        completedAt: z.string().optional(),
      }),
    ),
  })
  .superRefine(checkInspectionInput);

/**
 * The inspection record: the context of {@link inspectionMachine}. Store the snapshot as JSON.
 *
 * @example
 * ```ts
 * const snap = createInspection(input);
 * const record: InspectionRecord = snap.context;
 * record.samplingStage; // 1
 * ```
 */
export type InspectionRecord = z.output<typeof inspectionRecordSchema>;
