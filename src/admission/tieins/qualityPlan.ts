import * as z from "zod";
import { AQL_SERIES } from "../../quality/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

// The ISO 2859-1 preferred series from the quality area, plus "0" for zero tolerance.
const AQL_VALUES = ["0", ...AQL_SERIES] as const;

const aqlSchema = z.enum(AQL_VALUES, {
  message:
    'must be a preferred AQL of ISO 2859-1 written as in its tables ("0.65", "1.0", "2.5", "4.0"...), or "0" for zero acceptance',
});

/**
 * The inspection requirements a product is admitted with, for the quality area: the ISO 2859-1 inspection level and
 * the AQL per defect class (`"0"` means no defect of that class is accepted, common for critical defects).
 *
 * @example
 * ```ts
 * const req = qualityRequirementsSchema.parse({ level: "II", aql: { critical: "0", major: "2.5", minor: "4.0" } });
 * ```
 */
export const qualityRequirementsSchema = z.object({
  level: z.enum(["I", "II", "III", "S-1", "S-2", "S-3", "S-4"]),
  aql: z.object({ critical: aqlSchema, major: aqlSchema, minor: aqlSchema }),
});

/**
 * Inspection level and AQLs.
 *
 * @example
 * ```ts
 * const req: QualityRequirements = { level: "II", aql: { critical: "0", major: "2.5", minor: "4.0" } };
 * ```
 */
export type QualityRequirements = z.infer<typeof qualityRequirementsSchema>;

/**
 * The usual general inspection for consumer goods: level II, no critical defect, AQL 2.5 major, 4.0 minor.
 *
 * @example
 * ```ts
 * DEFAULT_ADMISSION_QUALITY_REQUIREMENTS.aql.major; // "2.5"
 * ```
 */
export const DEFAULT_ADMISSION_QUALITY_REQUIREMENTS: QualityRequirements = {
  level: "II",
  aql: { critical: "0", major: "2.5", minor: "4.0" },
};

/**
 * A product's quality plan, produced when its admission is approved and handed to the quality area: which product,
 * from which supplier, inspected how, and the approval conditions to verify.
 *
 * @example
 * ```ts
 * const plan = productQualityPlanSchema.parse({
 *   productId: "PB-10K-MAG", supplierId: "SUP-SZ-001", approvedOn: "2026-06-10",
 *   level: "II", aql: { critical: "0", major: "2.5", minor: "4.0" }, conditions: [],
 * });
 * ```
 */
export const productQualityPlanSchema = qualityRequirementsSchema.extend({
  productId: nonEmptySchema,
  supplierId: nonEmptySchema,
  approvedOn: z.iso.date(),
  conditions: z.array(z.string()),
});

/**
 * A product's quality plan.
 *
 * @example
 * ```ts
 * const plan: ProductQualityPlan = { productId: "PB-10K-MAG", supplierId: "SUP-SZ-001", approvedOn: "2026-06-10", level: "II", aql: { critical: "0", major: "2.5", minor: "4.0" }, conditions: [] };
 * ```
 */
export type ProductQualityPlan = z.infer<typeof productQualityPlanSchema>;
