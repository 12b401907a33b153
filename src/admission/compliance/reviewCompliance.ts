import * as z from "zod";
import { invalidArgument, localDateSchema, parseInput } from "../../core/index.js";
import { marketCodeSchema, nonEmptySchema } from "../shared/schemas.js";
import { type ComplianceCatalog, type ComplianceRequirement, complianceCatalogSchema } from "./complianceCatalog.js";
import {
  type ComplianceEvidence,
  type ComplianceEvidenceInput,
  complianceEvidenceSchema,
} from "./complianceEvidence.js";

/**
 * The product under review: its category, its features (as the catalog names them) and its target markets.
 *
 * @example
 * ```ts
 * const product = complianceSubjectSchema.parse({ category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US", "EU"] });
 * ```
 */
export const complianceSubjectSchema = z.object({
  category: nonEmptySchema,
  features: z.array(nonEmptySchema).default([]),
  markets: z.array(marketCodeSchema).min(1, { message: "must name at least one target market" }),
});

/**
 * The product under review, as accepted.
 *
 * @example
 * ```ts
 * const product: ComplianceSubject = { category: "toys-games", features: ["children"], markets: ["US"] };
 * ```
 */
export type ComplianceSubject = z.input<typeof complianceSubjectSchema>;

/**
 * Where a requirement stands for one market: `provided` (valid evidence), `missing` (none), `expired` (only expired
 * evidence) or `failed` (the evidence shows a failed test or an IP conflict, or awaits review).
 *
 * @example
 * ```ts
 * const status: ComplianceItemStatus = "expired";
 * ```
 */
export type ComplianceItemStatus = "provided" | "missing" | "expired" | "failed";

/**
 * One line of a compliance review: a requirement for one market, its status and the evidence considered (with its
 * effective expiry: the stated one, or issue date plus the requirement's validity).
 *
 * @example
 * ```ts
 * const item: ComplianceReviewItem = {
 *   requirementId: "battery-un38-3", market: "US", kind: "test-report", title: "UN38.3 test summary for lithium batteries",
 *   regulation: "UN Manual of Tests and Criteria, Part III, 38.3", status: "missing",
 * };
 * ```
 */
export interface ComplianceReviewItem {
  readonly requirementId: string;
  readonly market: string;
  readonly kind: ComplianceRequirement["kind"];
  readonly title: string;
  readonly titleZh?: string;
  readonly regulation: string;
  readonly status: ComplianceItemStatus;
  readonly evidence?: {
    readonly reference: string;
    readonly outcome: ComplianceEvidence["outcome"];
    readonly issuedOn?: string;
    readonly expiresOn?: string;
    readonly findings?: string;
  };
}

/**
 * The result of a compliance review on a date: every requirement that applies (per market), split into provided,
 * missing, expired and failed, and whether anything blocks approval. Plain JSON: store it with the proposal.
 *
 * @example
 * ```ts
 * const review: ComplianceReview = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, product, evidence, "2026-06-01");
 * review.clear; // false while anything is missing, expired or failed
 * ```
 */
export interface ComplianceReview {
  readonly catalogId: string;
  readonly catalogVersion: string;
  readonly asOf: string;
  readonly required: readonly ComplianceReviewItem[];
  readonly provided: readonly ComplianceReviewItem[];
  readonly missing: readonly ComplianceReviewItem[];
  readonly expired: readonly ComplianceReviewItem[];
  readonly failed: readonly ComplianceReviewItem[];
  /** True when every required item is provided: nothing blocks approval on `asOf`. */
  readonly clear: boolean;
}

/** @internal whether a requirement applies to a product in a market on a date. */
function applies(
  requirement: ComplianceRequirement,
  subject: z.output<typeof complianceSubjectSchema>,
  market: string,
  on: string,
) {
  if (!requirement.markets.includes(market)) return false;
  if (requirement.validFrom > on || (requirement.validTo !== undefined && requirement.validTo < on)) return false;
  if (requirement.categories && !requirement.categories.includes(subject.category)) return false;
  if (requirement.features && !requirement.features.some((f) => subject.features.includes(f))) return false;
  return true;
}

function effectiveExpiry(evidence: ComplianceEvidence, requirement: ComplianceRequirement): string | undefined {
  if (evidence.expiresOn !== undefined) return evidence.expiresOn;
  if (evidence.issuedOn === undefined || requirement.evidenceValidityMonths === undefined) return undefined;
  // valid through the day before the same date N months later (clamped to the month's end, like date-fns addMonths)
  const [year, month, day] = evidence.issuedOn.split("-").map(Number) as [number, number, number];
  const months = month - 1 + requirement.evidenceValidityMonths;
  const targetYear = year + Math.floor(months / 12);
  const targetMonth = months % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const end = Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) - 86_400_000;
  return new Date(end).toISOString().slice(0, 10);
}

const STATUS_RANK: Record<ComplianceItemStatus, number> = { provided: 3, expired: 2, failed: 1, missing: 0 };

function judge(
  requirement: ComplianceRequirement,
  market: string,
  evidence: readonly ComplianceEvidence[],
  on: string,
): ComplianceReviewItem {
  const base = {
    requirementId: requirement.id,
    market,
    kind: requirement.kind,
    title: requirement.title,
    ...(requirement.titleZh === undefined ? {} : { titleZh: requirement.titleZh }),
    regulation: requirement.regulation,
  };
  let best: ComplianceReviewItem = { ...base, status: "missing" };
  for (const e of evidence) {
    if (e.requirementId !== requirement.id) continue;
    if (e.markets && !e.markets.includes(market)) continue;
    if (e.issuedOn !== undefined && e.issuedOn > on) continue;
    const expiresOn = effectiveExpiry(e, requirement);
    const accepted = e.outcome === "pass" || e.outcome === "clear";
    const status: ComplianceItemStatus = !accepted
      ? "failed"
      : expiresOn !== undefined && expiresOn < on
        ? "expired"
        : "provided";
    const candidate: ComplianceReviewItem = {
      ...base,
      status,
      evidence: {
        reference: e.reference,
        outcome: e.outcome,
        ...(e.issuedOn === undefined ? {} : { issuedOn: e.issuedOn }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
        ...(e.findings === undefined ? {} : { findings: e.findings }),
      },
    };
    const better =
      STATUS_RANK[status] > STATUS_RANK[best.status] ||
      (status === best.status && (candidate.evidence?.expiresOn ?? "9999") > (best.evidence?.expiresOn ?? "9999"));
    if (better) best = candidate;
  }
  return best;
}

/**
 * Reviews a product's compliance on a date against a requirement catalog: lists every requirement that applies per
 * target market, matches the evidence provided, and says what is provided (with evidence and expiry), missing,
 * expired or failed. Evidence is valid through its `expiresOn` (inclusive); without one, through `issuedOn` plus the
 * requirement's `evidenceValidityMonths`; evidence issued after the review date is ignored. When several pieces of
 * evidence cover an item, a valid one wins, then the one that expires last.
 *
 * @param catalog - the requirement catalog (e.g. {@link SAMPLE_COMPLIANCE_CATALOG}, or the host's own)
 * @param subject - the product: category, features, target markets
 * @param evidence - what has been provided so far
 * @param asOf - the review date, `YYYY-MM-DD`
 * @throws `INVALID_ARGUMENT` for a malformed catalog, subject, evidence or date (paths `["catalog", ...]`,
 *   `["subject", ...]`, `["evidence", i, ...]`, `["asOf"]`), or evidence naming a requirement the catalog lacks
 * @example
 * ```ts
 * const review = reviewCompliance(
 *   SAMPLE_COMPLIANCE_CATALOG,
 *   { category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US"] },
 *   [{ requirementId: "battery-un38-3", reference: "SGS-2026-0412", issuedOn: "2026-03-02" }],
 *   "2026-06-01",
 * );
 * review.missing.map((item) => item.requirementId); // ["ip-trademark-search", "ip-patent-search", ...]
 * review.clear; // false
 * ```
 */
export function reviewCompliance(
  catalog: ComplianceCatalog,
  subject: ComplianceSubject,
  evidence: readonly ComplianceEvidenceInput[],
  asOf: string,
): ComplianceReview {
  const parsedCatalog = parseInput(complianceCatalogSchema, catalog, ["catalog"]);
  const product = parseInput(complianceSubjectSchema, subject, ["subject"]);
  const provided = parseInput(z.array(complianceEvidenceSchema), evidence, ["evidence"]);
  const on = parseInput(localDateSchema, asOf, ["asOf"]);
  const ids = new Set(parsedCatalog.requirements.map((r) => r.id));
  provided.forEach((e, i) => {
    if (!ids.has(e.requirementId))
      throw invalidArgument(
        ["evidence", i, "requirementId"],
        `"${e.requirementId}" is not a requirement of catalog "${parsedCatalog.id}"`,
      );
  });
  const required: ComplianceReviewItem[] = [];
  for (const market of product.markets) {
    for (const requirement of parsedCatalog.requirements) {
      if (applies(requirement, product, market, on)) required.push(judge(requirement, market, provided, on));
    }
  }
  const withStatus = (status: ComplianceItemStatus) => required.filter((item) => item.status === status);
  return {
    catalogId: parsedCatalog.id,
    catalogVersion: parsedCatalog.version,
    asOf: on,
    required,
    provided: withStatus("provided"),
    missing: withStatus("missing"),
    expired: withStatus("expired"),
    failed: withStatus("failed"),
    clear: required.every((item) => item.status === "provided"),
  };
}
