import {
  advanceProposal,
  type ComplianceEvidenceInput,
  createProposal,
  type MarketResearchInput,
  type ProposalContext,
  type ProposalState,
  reviewCompliance,
  SAMPLE_COMPLIANCE_CATALOG,
} from "../../../src/admission/index.js";
import { money, type Snapshot } from "../../../src/core/index.js";

export type ProposalSnapshot = Snapshot<ProposalState, ProposalContext>;

export const research: MarketResearchInput = {
  targets: [{ market: "US", marketplaces: ["amazon.com"] }],
  demandSignals: [
    {
      kind: "search-volume",
      keyword: "magnetic power bank",
      value: 41000,
      unit: "searches/month",
      source: "keyword tool",
      observedOn: "2026-04-30",
    },
  ],
  competitorPriceBand: {
    low: money("19.99", "USD"),
    high: money("39.99", "USD"),
    median: money("29.99", "USD"),
    sampleSize: 24,
  },
  seasonality: { peakMonths: [11, 12] },
  reviewPainPoints: [{ theme: "gets hot while charging", share: "0.18" }],
};

export const newProposal = () =>
  createProposal({
    proposalId: "NP-2026-014",
    productId: "PB-10K-MAG",
    productName: "10,000 mAh magnetic power bank",
    category: "electronics",
    markets: ["US"],
    board: {
      members: [
        { id: "buyer.li", role: "purchasing" },
        { id: "mkt.chen", role: "marketing" },
        { id: "qa.zhang", role: "quality" },
      ],
      quorum: 3,
      rule: "majority",
    },
  });

let minute = 0;
export const meta = (actor: string, reason?: string) => ({
  at: new Date(Date.UTC(2026, 4, 4, 2, minute++)),
  actor,
  ...(reason ? { reason } : {}),
});

/** Applies events in order, failing the test on the first refusal. */
export function steps(
  start: ProposalSnapshot,
  events: readonly (Parameters<typeof advanceProposal>[1] | [Parameters<typeof advanceProposal>[1], string])[],
): ProposalSnapshot {
  let snapshot = start;
  for (const item of events) {
    const [event, reason] = Array.isArray(item) ? item : [item, undefined];
    const r = advanceProposal(snapshot, event, meta("pm.wang", reason));
    if (!r.ok) throw new Error(r.error.message);
    snapshot = r.value.snapshot;
  }
  return snapshot;
}

const US_REQUIRED = [
  "ip-trademark-search",
  "ip-patent-search",
  "ip-design-search",
  "us-fcc-sdoc",
  "battery-un38-3",
  "battery-msds",
  "us-origin-label",
];
const powerBank = { category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US"] };
const evidenceExcept = (...left: string[]): ComplianceEvidenceInput[] =>
  US_REQUIRED.filter((id) => !left.includes(id)).map((requirementId) => ({
    requirementId,
    reference: `DOC-${requirementId}`,
    issuedOn: "2026-05-01",
  }));
export const complianceReview = (...left: string[]) =>
  reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, powerBank, evidenceExcept(...left), "2026-06-01");

/** A proposal brought to the board with the given compliance gaps. */
export function atBoard(...gaps: string[]): ProposalSnapshot {
  return steps(newProposal(), [
    { type: "START_RESEARCH" },
    { type: "RECORD_RESEARCH", research },
    { type: "START_SOURCING" },
    { type: "SHORTLIST", supplierIds: ["SUP-SZ-001", "SUP-DG-007"] },
    { type: "REQUEST_SAMPLES" },
    { type: "RECORD_SAMPLE_RESULT", supplierId: "SUP-SZ-001", passed: true, reference: "SE-1" },
    { type: "RECORD_SAMPLE_RESULT", supplierId: "SUP-DG-007", passed: false, reference: "SE-2" },
    { type: "SELECT_SUPPLIER", supplierId: "SUP-SZ-001" },
    { type: "RECORD_COMPLIANCE", review: complianceReview(...gaps) },
    { type: "SUBMIT_TO_BOARD" },
  ]);
}
