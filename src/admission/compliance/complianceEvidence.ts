import * as z from "zod";
import { localDateSchema } from "../../core/index.js";
import { marketCodeSchema, nonEmptySchema } from "../shared/schemas.js";

/**
 * The outcome an evidence records: `pass` for a test or certificate, `clear` for an IP search without conflicts;
 * `fail` and `conflict` mean the requirement is not met; `needs-review` is not accepted yet.
 *
 * @example
 * ```ts
 * evidenceOutcomeSchema.parse("conflict");
 * ```
 */
export const evidenceOutcomeSchema = z.enum(["pass", "clear", "fail", "conflict", "needs-review"]);

/**
 * One piece of evidence for a requirement: a document (report, certificate, search record, label artwork) with its
 * reference, dates and outcome. `markets` limits it to some markets (a UKIPO search covers GB only); absent, it
 * covers every market of the requirement.
 *
 * @example
 * ```ts
 * const report = complianceEvidenceSchema.parse({
 *   requirementId: "battery-un38-3", reference: "SGS-UN38.3-2026-0412", issuedOn: "2026-03-02", outcome: "pass",
 * });
 * ```
 */
export const complianceEvidenceSchema = z
  .object({
    requirementId: nonEmptySchema,
    reference: nonEmptySchema,
    markets: z.array(marketCodeSchema).min(1).optional(),
    issuedOn: localDateSchema.optional(),
    /** Last day the evidence is valid (inclusive). */
    expiresOn: localDateSchema.optional(),
    outcome: evidenceOutcomeSchema.default("pass"),
    /** Search results, findings or remarks, e.g. "2 similar marks in class 9, none identical". */
    findings: z.string().optional(),
  })
  .refine((e) => e.expiresOn === undefined || e.issuedOn === undefined || e.expiresOn >= e.issuedOn, {
    path: ["expiresOn"],
    message: "must not be before issuedOn",
  });

/**
 * Evidence as accepted (`outcome` defaults to `pass`).
 *
 * @example
 * ```ts
 * const search: ComplianceEvidenceInput = {
 *   requirementId: "ip-trademark-search", reference: "USPTO search 2026-05-02", markets: ["US"],
 *   issuedOn: "2026-05-02", outcome: "clear", findings: "no identical mark in class 9",
 * };
 * ```
 */
export type ComplianceEvidenceInput = z.input<typeof complianceEvidenceSchema>;

/**
 * Evidence after validation.
 *
 * @example
 * ```ts
 * const evidence: ComplianceEvidence = complianceEvidenceSchema.parse({ requirementId: "us-cpc", reference: "CPC-001" });
 * ```
 */
export type ComplianceEvidence = z.output<typeof complianceEvidenceSchema>;
