import { describe, expect, it } from "vitest";
import {
  type ComplianceEvidenceInput,
  complianceCatalogSchema,
  complianceGapsOn,
  reviewCompliance,
  SAMPLE_COMPLIANCE_CATALOG,
} from "../../../src/admission/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const powerBank = { category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US"] };
const US_REQUIRED = [
  "ip-trademark-search",
  "ip-patent-search",
  "ip-design-search",
  "us-fcc-sdoc",
  "battery-un38-3",
  "battery-msds",
  "us-origin-label",
];
const everything = (issuedOn: string): ComplianceEvidenceInput[] =>
  US_REQUIRED.map((requirementId) => ({ requirementId, reference: `DOC-${requirementId}`, issuedOn }));

describe("reviewCompliance", () => {
  it("lists every requirement that applies as missing when nothing is provided", () => {
    const review = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, [], "2026-06-01");
    expect(review.required.map((i) => i.requirementId)).toEqual(US_REQUIRED);
    expect(review.missing.map((i) => i.requirementId)).toEqual(US_REQUIRED);
    expect(review.provided).toEqual([]);
    expect(review.clear).toBe(false);
    expect(review.missing[4]?.regulation).toContain("38.3");
  });

  it("is clear when everything required is provided and valid", () => {
    const review = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, everything("2026-05-01"), "2026-06-01");
    expect(review.clear).toBe(true);
    expect(review.provided).toHaveLength(7);
    expect(review.provided[0]?.evidence).toEqual({
      reference: "DOC-ip-trademark-search",
      outcome: "pass",
      issuedOn: "2026-05-01",
      expiresOn: "2027-04-30",
    });
  });

  it("marks evidence expired after its expiry date, valid through the day itself", () => {
    const evidence = [
      ...everything("2026-01-10").filter((e) => e.requirementId !== "battery-un38-3"),
      { requirementId: "battery-un38-3", reference: "UN-1", issuedOn: "2025-06-01", expiresOn: "2026-05-31" },
    ];
    const onLastDay = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, evidence, "2026-05-31");
    expect(onLastDay.clear).toBe(true);
    const dayAfter = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, evidence, "2026-06-01");
    expect(dayAfter.clear).toBe(false);
    expect(dayAfter.expired.map((i) => [i.requirementId, i.evidence?.expiresOn])).toEqual([
      ["battery-un38-3", "2026-05-31"],
    ]);
    expect(dayAfter.missing).toEqual([]);
  });

  it("derives the expiry of an IP search from its issue date and the 12-month validity", () => {
    const search = (issuedOn: string) => [
      { requirementId: "ip-trademark-search", reference: "TM", issuedOn, outcome: "clear" as const },
    ];
    const old = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, search("2025-06-01"), "2026-06-01");
    expect(old.expired[0]?.evidence?.expiresOn).toBe("2026-05-31");
    const recent = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, search("2025-06-02"), "2026-06-01");
    expect(recent.provided[0]?.evidence?.expiresOn).toBe("2026-06-01");
  });

  it("clamps the derived expiry to the end of the month (leap day)", () => {
    const r = reviewCompliance(
      SAMPLE_COMPLIANCE_CATALOG,
      powerBank,
      [{ requirementId: "battery-msds", reference: "MSDS", issuedOn: "2024-02-29" }],
      "2024-03-01",
    );
    expect(r.provided[0]?.evidence?.expiresOn).toBe("2025-02-27");
  });

  it("records IP conflicts and failed tests as failed, with their findings", () => {
    const review = reviewCompliance(
      SAMPLE_COMPLIANCE_CATALOG,
      powerBank,
      [
        {
          requirementId: "ip-design-search",
          reference: "USPTO-D",
          issuedOn: "2026-05-02",
          outcome: "conflict",
          findings: "US D987,654 similar",
        },
      ],
      "2026-06-01",
    );
    expect(review.failed.map((i) => [i.requirementId, i.evidence?.findings])).toEqual([
      ["ip-design-search", "US D987,654 similar"],
    ]);
  });

  it("prefers valid evidence over expired evidence for the same item", () => {
    const review = reviewCompliance(
      SAMPLE_COMPLIANCE_CATALOG,
      powerBank,
      [
        { requirementId: "battery-msds", reference: "OLD", issuedOn: "2024-01-01", expiresOn: "2024-12-31" },
        { requirementId: "battery-msds", reference: "NEW", issuedOn: "2026-01-01", expiresOn: "2026-12-31" },
      ],
      "2026-06-01",
    );
    expect(review.provided.map((i) => i.evidence?.reference)).toEqual(["NEW"]);
  });

  it("reviews each market separately; market-limited evidence covers only its market", () => {
    const review = reviewCompliance(
      SAMPLE_COMPLIANCE_CATALOG,
      { ...powerBank, markets: ["US", "EU"] },
      [
        {
          requirementId: "ip-trademark-search",
          reference: "USPTO",
          markets: ["US"],
          issuedOn: "2026-05-01",
          outcome: "clear",
        },
      ],
      "2026-06-01",
    );
    const trademark = review.required.filter((i) => i.requirementId === "ip-trademark-search");
    expect(trademark.map((i) => [i.market, i.status])).toEqual([
      ["US", "provided"],
      ["EU", "missing"],
    ]);
    expect(review.required.filter((i) => i.market === "EU").map((i) => i.requirementId)).toEqual([
      "ip-trademark-search",
      "ip-patent-search",
      "ip-design-search",
      "eu-ce-declaration",
      "eu-rohs-report",
      "eu-reach-svhc",
      "eu-weee-registration",
      "eu-gpsr-responsible-person",
      "battery-un38-3",
      "battery-msds",
      "eu-ce-mark",
      "eu-weee-bin-symbol",
    ]);
  });

  it("applies requirements only inside their effective dates (GPSR from 13 December 2024)", () => {
    const toy = { category: "toys-games", features: [], markets: ["EU"] };
    const ids = (asOf: string) =>
      reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, toy, [], asOf).required.map((i) => i.requirementId);
    expect(ids("2024-12-12")).not.toContain("eu-gpsr-responsible-person");
    expect(ids("2024-12-13")).toContain("eu-gpsr-responsible-person");
  });

  it("ignores evidence issued after the review date", () => {
    const review = reviewCompliance(
      SAMPLE_COMPLIANCE_CATALOG,
      powerBank,
      [{ requirementId: "us-origin-label", reference: "L", issuedOn: "2026-07-01" }],
      "2026-06-01",
    );
    expect(review.missing.map((i) => i.requirementId)).toContain("us-origin-label");
  });

  it("the sample catalog is valid and says where each requirement comes from", () => {
    const catalog = complianceCatalogSchema.parse(SAMPLE_COMPLIANCE_CATALOG);
    expect(catalog.sample).toBe(true);
    for (const r of catalog.requirements) expect(r.regulation.length).toBeGreaterThan(5);
  });
});

describe("complianceGapsOn", () => {
  it("re-checks expiry on the decision date", () => {
    const evidence = everything("2026-05-01").map((e) =>
      e.requirementId === "us-fcc-sdoc" ? { ...e, expiresOn: "2026-06-30" } : e,
    );
    const review = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, evidence, "2026-06-01");
    expect(complianceGapsOn(review, "2026-06-30")).toEqual([]);
    expect(complianceGapsOn(review, "2026-07-01").map((i) => [i.requirementId, i.status])).toEqual([
      ["us-fcc-sdoc", "expired"],
    ]);
  });
  it("refuses a malformed date", () => {
    const review = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, [], "2026-06-01");
    expectOpsError(() => complianceGapsOn(review, "01/07/2026"), "INVALID_ARGUMENT", ["decisionDate"]);
  });
});

describe("reviewCompliance: bad input", () => {
  it("refuses evidence for a requirement the catalog does not have", () => {
    expectOpsError(
      () =>
        reviewCompliance(
          SAMPLE_COMPLIANCE_CATALOG,
          powerBank,
          [{ requirementId: "nope", reference: "X" }],
          "2026-06-01",
        ),
      "INVALID_ARGUMENT",
      ["evidence", 0, "requirementId"],
    );
  });
  it("refuses a product without markets", () => {
    expectOpsError(
      () => reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, { ...powerBank, markets: [] }, [], "2026-06-01"),
      "INVALID_ARGUMENT",
      ["subject", "markets"],
    );
  });
  it("refuses a malformed review date and an expiry before the issue date", () => {
    expectOpsError(() => reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, [], "2026-02-30"), "INVALID_ARGUMENT", [
      "asOf",
    ]);
    expectOpsError(
      () =>
        reviewCompliance(
          SAMPLE_COMPLIANCE_CATALOG,
          powerBank,
          [{ requirementId: "us-cpc", reference: "X", issuedOn: "2026-02-01", expiresOn: "2026-01-01" }],
          "2026-06-01",
        ),
      "INVALID_ARGUMENT",
      ["evidence", 0, "expiresOn"],
    );
  });
  it("refuses a catalog that repeats a requirement id", () => {
    const first = SAMPLE_COMPLIANCE_CATALOG.requirements[0];
    if (!first) throw new Error("empty catalog");
    expectOpsError(
      () =>
        reviewCompliance({ ...SAMPLE_COMPLIANCE_CATALOG, requirements: [first, first] }, powerBank, [], "2026-06-01"),
      "INVALID_ARGUMENT",
      ["catalog", "requirements", 1, "id"],
    );
  });
});
