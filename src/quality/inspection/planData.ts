import * as z from "zod";

const count = z.number().int().nonnegative();
const size = z.number().int().positive();
const codeLetter = z.string().regex(/^[A-HJ-NP-R]$/, { message: "must be a sample size code letter A..R" });

/** What the sampling module records about how a plan was chosen; kept with the plan for audits. */
const planBasis = {
  lotSize: z.number().int().positive().optional(),
  aql: z.string().optional(),
  level: z.string().optional(),
  severity: z.string().optional(),
  edition: z.string().optional(),
  lotCodeLetter: z.string().optional(),
  requestedScheme: z.string().optional(),
};

/**
 * The seam with the sampling module: a sampling plan as data, in the shape `samplingPlan` returns (single or
 * double sampling); a plan returned by `samplingPlan` passes as is. Inspections store the plan they used, with how
 * it was chosen (AQL, level, severity, edition), so a record can be judged and audited on its own.
 *
 * @example
 * ```ts
 * inspectionPlanSchema.parse({
 *   scheme: "single", codeLetter: "J", sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6, hundredPercent: false,
 * });
 * ```
 */
export const inspectionPlanSchema = z.discriminatedUnion("scheme", [
  z
    .object({
      ...planBasis,
      scheme: z.literal("single"),
      codeLetter,
      sampleSize: size,
      acceptanceNumber: count,
      rejectionNumber: size,
      hundredPercent: z.boolean(),
      tableSampleSize: z.number().int().positive().optional(),
    })
    .refine((plan) => plan.rejectionNumber > plan.acceptanceNumber, {
      message: "rejectionNumber must exceed acceptanceNumber",
      path: ["rejectionNumber"],
    }),
  z.object({
    ...planBasis,
    scheme: z.literal("double"),
    codeLetter,
    hundredPercent: z.boolean().optional(),
    stages: z
      .array(
        z
          .object({
            sampleSize: size,
            cumulativeSampleSize: size,
            acceptanceNumber: count,
            rejectionNumber: size,
          })
          .refine((stage) => stage.rejectionNumber > stage.acceptanceNumber, {
            message: "rejectionNumber must exceed acceptanceNumber",
            path: ["rejectionNumber"],
          }),
      )
      .min(2, { message: "a double sampling plan has two stages" })
      .max(2, { message: "a double sampling plan has two stages" })
      .readonly(),
  }),
]);

/**
 * A sampling plan as data, see {@link inspectionPlanSchema}.
 *
 * @example
 * ```ts
 * const plan: InspectionPlan = { scheme: "single", codeLetter: "J", sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6, hundredPercent: false };
 * ```
 */
export type InspectionPlan = z.infer<typeof inspectionPlanSchema>;

/**
 * The plan used for one defect class, with the AQL it was drawn for (`"0"` meaning zero tolerance).
 *
 * @example
 * ```ts
 * classPlanSchema.parse({
 *   classId: "major", aql: "2.5",
 *   plan: { scheme: "single", codeLetter: "J", sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6, hundredPercent: false },
 * });
 * ```
 */
export const classPlanSchema = z.object({
  classId: z.string().min(1),
  aql: z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/)]).transform(String),
  plan: inspectionPlanSchema,
});

/**
 * The plan used for one class, see {@link classPlanSchema}.
 *
 * @example
 * ```ts
 * const minor: ClassPlan = { classId: "minor", aql: "4.0", plan: { scheme: "single", codeLetter: "J", sampleSize: 80, acceptanceNumber: 7, rejectionNumber: 8, hundredPercent: false } };
 * ```
 */
export type ClassPlan = z.infer<typeof classPlanSchema>;

/**
 * The decision for one class at one stage, as data: `accept`, `reject`, or (double sampling, first stage)
 * `second-sample`. `nonconforming` is the count it was made on (cumulative for the second stage of a double plan).
 *
 * @example
 * ```ts
 * classVerdictSchema.parse({ classId: "major", decision: "reject", nonconforming: 6 });
 * ```
 */
export const classVerdictSchema = z.object({
  classId: z.string().min(1),
  decision: z.enum(["accept", "reject", "second-sample"]),
  nonconforming: count,
});

/**
 * The decision for one class, see {@link classVerdictSchema}.
 *
 * @example
 * ```ts
 * const v: ClassVerdict = { classId: "minor", decision: "accept", nonconforming: 3 };
 * ```
 */
export type ClassVerdict = z.infer<typeof classVerdictSchema>;

/**
 * @internal How many sample units a class is judged on at a stage (1 or 2): the plan's (cumulative) sample size,
 * capped at the lot size (a plan that inspects 100% inspects the lot).
 */
export function classSampleUnits(plan: InspectionPlan, stage: 1 | 2, lotSize: number): number {
  const size =
    plan.scheme === "single"
      ? plan.sampleSize
      : (plan.stages[Math.min(stage, plan.stages.length) - 1]?.cumulativeSampleSize ?? 0);
  return Math.min(size, lotSize);
}

/** @internal Units drawn at a stage: the largest class sample. */
export function drawnSampleUnits(
  record: { readonly plans: readonly { readonly plan: InspectionPlan }[]; readonly lot: { readonly lotSize: number } },
  stage: 1 | 2,
): number {
  return Math.max(...record.plans.map((p) => classSampleUnits(p.plan, stage, record.lot.lotSize)));
}
