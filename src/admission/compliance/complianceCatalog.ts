import * as z from "zod";
import { localDateSchema } from "../../core/index.js";
import { marketCodeSchema, nonEmptySchema } from "../shared/schemas.js";

/**
 * What kind of proof a compliance requirement asks for.
 *
 * @example
 * ```ts
 * complianceRequirementKindSchema.parse("ip-search");
 * ```
 */
export const complianceRequirementKindSchema = z.enum([
  "ip-search",
  "certificate",
  "test-report",
  "document",
  "registration",
  "label",
]);

/**
 * One requirement of a compliance catalog: for which markets, categories and product features it applies, which
 * regulation it comes from, and from when to when it is in force (inclusive).
 *
 * A requirement applies to a product when the product is sold in one of its `markets`, its category is listed in
 * `categories` (or `categories` is absent) and it has at least one of `features` (or `features` is absent).
 *
 * @example
 * ```ts
 * const un383 = complianceRequirementSchema.parse({
 *   id: "battery-un38-3", kind: "test-report", title: "UN38.3 test summary", markets: ["US", "EU", "GB"],
 *   features: ["lithium-battery"], regulation: "UN Manual of Tests and Criteria, Part III, 38.3",
 *   validFrom: "2020-01-01",
 * });
 * ```
 */
export const complianceRequirementSchema = z
  .object({
    id: nonEmptySchema,
    kind: complianceRequirementKindSchema,
    title: nonEmptySchema,
    titleZh: z.string().optional(),
    markets: z.array(marketCodeSchema).min(1, { message: "must name at least one market" }),
    categories: z.array(nonEmptySchema).optional(),
    features: z.array(nonEmptySchema).optional(),
    /** The regulation or standard the requirement comes from. */
    regulation: nonEmptySchema,
    validFrom: localDateSchema,
    validTo: localDateSchema.optional(),
    /** How long evidence stays valid when it carries an issue date but no expiry date (e.g. 12 for IP searches). */
    evidenceValidityMonths: z.int().positive().optional(),
  })
  .refine((r) => r.validTo === undefined || r.validTo >= r.validFrom, {
    path: ["validTo"],
    message: "must not be before validFrom",
  });

/**
 * A compliance requirement.
 *
 * @example
 * ```ts
 * const requirement: ComplianceRequirement = SAMPLE_COMPLIANCE_CATALOG.requirements[0]!;
 * ```
 */
export type ComplianceRequirement = z.infer<typeof complianceRequirementSchema>;

/**
 * A catalog of compliance requirements: data, versioned, replaced by the host with its own (and its lawyers').
 *
 * @example
 * ```ts
 * const catalog = complianceCatalogSchema.parse({ id: "acme-2026", version: "3", requirements: [] });
 * ```
 */
export const complianceCatalogSchema = z
  .object({
    id: nonEmptySchema,
    version: nonEmptySchema,
    /** True for the library's illustrative preset. */
    sample: z.boolean().optional(),
    requirements: z.array(complianceRequirementSchema),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.requirements.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `repeats the id "${r.id}"` });
      seen.add(r.id);
    });
  });

/**
 * A compliance catalog.
 *
 * @example
 * ```ts
 * const catalog: ComplianceCatalog = SAMPLE_COMPLIANCE_CATALOG;
 * ```
 */
export type ComplianceCatalog = z.infer<typeof complianceCatalogSchema>;
