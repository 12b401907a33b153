/** Chapters 1–2: the proposal with its unit economics, then supplier screening on the real scoring engine and approval. */
import {
  advanceProposal,
  computeUnitEconomics,
  createProposal,
  proposalMachine,
  rankSupplierCandidates,
  resolveReferralFee,
  reviewCompliance,
  SAMPLE_AMAZON_US_REFERRAL_FEES,
  SAMPLE_COMPLIANCE_CATALOG,
} from "../../src/admission/index.js";
import { formatMoney, money } from "../../src/core/index.js";
import { admissionScreeningScorecard, type ScoringMeasurements, scoreSupplier } from "../../src/suppliers/index.js";
import { manualClock, PRODUCT, SUPPLIER } from "./ids.js";
import { machines } from "./machines.js";
import { chapter, facts, say, table } from "./report.js";

const usd = (amount: string) => money(amount, "USD");

export function admissionChapters() {
  const clock = manualClock("2026-05-04T01:00:00Z");
  const by = (actor: string, reason?: string) => ({ at: clock.tick(), actor, ...(reason ? { reason } : {}) });
  let proposal = createProposal({
    proposalId: "NP-2026-014",
    productId: PRODUCT.id,
    productName: PRODUCT.name,
    category: "electronics",
    markets: ["US"],
    board: {
      members: [
        { id: "buyer.li", role: "purchasing" },
        { id: "mkt.chen", role: "marketing" },
        { id: "qa.zhang", role: "quality" },
        { id: "legal.he", role: "legal" },
      ],
      quorum: 3,
      rule: "majority",
    },
  });
  machines.track("proposal NP-2026-014", proposalMachine, proposal);
  const step = (event: Parameters<typeof advanceProposal>[1], actor: string, reason?: string) => {
    const r = advanceProposal(proposal, event, by(actor, reason));
    if (!r.ok) throw new Error(`proposal ${event.type}: ${r.error.message}`);
    proposal = r.value.snapshot;
    machines.track("proposal NP-2026-014", proposalMachine, proposal);
    return r.value.effects;
  };

  chapter(1, "Proposal and unit economics");
  step({ type: "START_RESEARCH" }, "pm.wang", "Q3 range plan");
  step(
    {
      type: "RECORD_RESEARCH",
      research: {
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
        competitorPriceBand: { low: usd("19.99"), high: usd("39.99"), median: usd("29.99"), sampleSize: 24 },
        seasonality: { peakMonths: [11, 12] },
        reviewPainPoints: [{ theme: "gets hot while charging", share: "0.18" }],
      },
    },
    "pm.wang",
  );
  const fee = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], {
    marketplace: "amazon.com",
    category: "electronics",
    on: "2026-06-01",
  });
  if (!fee.ok) throw new Error(fee.error.message);
  const economics = computeUnitEconomics({
    price: usd("29.99"),
    landedCost: { unitLandedCost: usd("7.85"), source: "landed-cost estimate, see chapter 9" },
    referralFee: { rate: fee.value.rate, ...(fee.value.minimum ? { minimum: fee.value.minimum } : {}) },
    fulfilmentFee: usd("4.75"),
    advertisingRate: "0.12",
    returnAllowanceRate: "0.04",
    fxFeeRate: "0.015",
  });
  say(
    `  ${proposal.context.proposalId} · ${PRODUCT.id} on amazon.com at $29.99 (fee schedule ${fee.value.scheduleId})`,
  );
  table(
    ["line", ">USD", "basis"],
    economics.lines.map((l) => [l.label, formatMoney(l.amount, "en-US"), l.basis]),
  );
  facts([
    ["margin", `${economics.marginPercent.toFixed(2)}%`],
    [
      "break-even price",
      economics.breakEvenPrice.ok ? formatMoney(economics.breakEvenPrice.value.price, "en-US") : "none",
    ],
  ]);

  chapter(2, "Supplier screening and approval");
  step({ type: "START_SOURCING" }, "buyer.li");
  // The real scoring engine in admission's seam: the suppliers area's admission screening scorecard.
  const screeningCard = admissionScreeningScorecard();
  const scorer = (m: ScoringMeasurements) => scoreSupplier(screeningCard, m, { asOf: "2026-05-12" });
  const candidates = [
    {
      supplierId: SUPPLIER.id,
      name: SUPPLIER.name,
      measurements: {
        qualification: 92,
        capacity: 180,
        qcSystem: 85,
        rnd: 80,
        reputation: 4,
        price: 98,
        afterSales: 85,
      },
    },
    {
      supplierId: "SUP-DG-007",
      name: "Dongguan Power Co",
      measurements: {
        qualification: 88,
        capacity: 150,
        qcSystem: 70,
        rnd: 60,
        reputation: 4,
        price: 94,
        afterSales: 70,
      },
    },
    {
      supplierId: "SUP-NB-003",
      name: "Ningbo Cells",
      measurements: {
        qualification: 70,
        capacity: 110,
        qcSystem: 55,
        rnd: 45,
        reputation: 3,
        price: 90,
        afterSales: 60,
      },
    },
  ];
  const ranking = rankSupplierCandidates(candidates, scorer, { shortlistSize: 2, minimumTotal: 60 });
  table(
    [">rank", "supplier", "name", ">total", "grade", "shortlist"],
    ranking.map((r) => [r.rank, r.supplierId, r.name ?? "", r.total.toFixed(2), r.grade, r.shortlisted ? "yes" : ""]),
  );
  step({ type: "SHORTLIST", supplierIds: ranking.filter((r) => r.shortlisted).map((r) => r.supplierId) }, "buyer.li");
  step({ type: "REQUEST_SAMPLES" }, "buyer.li");
  step({ type: "RECORD_SAMPLE_RESULT", supplierId: SUPPLIER.id, passed: true, reference: "S-SUP-SZ-001" }, "qa.zhang");
  step(
    { type: "RECORD_SAMPLE_RESULT", supplierId: "SUP-DG-007", passed: false, reference: "S-SUP-DG-007" },
    "qa.zhang",
  );
  step({ type: "SELECT_SUPPLIER", supplierId: SUPPLIER.id }, "buyer.li", "best screening score and sample");

  const product = { category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US"] };
  const evidence = [
    {
      requirementId: "ip-trademark-search",
      reference: "USPTO search",
      issuedOn: "2026-05-02",
      outcome: "clear" as const,
    },
    { requirementId: "ip-patent-search", reference: "FTO memo #88", issuedOn: "2026-05-06", outcome: "clear" as const },
    {
      requirementId: "ip-design-search",
      reference: "design search",
      issuedOn: "2026-05-06",
      outcome: "clear" as const,
    },
    { requirementId: "us-fcc-sdoc", reference: "SDoC-PB-10K", issuedOn: "2026-05-25" },
    { requirementId: "battery-msds", reference: "MSDS-2025-11", issuedOn: "2025-04-01" },
    { requirementId: "us-origin-label", reference: "label artwork v3", issuedOn: "2026-05-28" },
  ];
  const first = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, product, evidence, "2026-06-01");
  const gaps = [...first.missing, ...first.expired, ...first.failed];
  say(`  Compliance review 2026-06-01: ${first.required.length} required, ${gaps.length} gap(s)`);
  table(
    ["status", "requirement", "title"],
    gaps.map((g) => [g.status, `${g.requirementId}@${g.market}`, g.title]),
  );
  step({ type: "RECORD_COMPLIANCE", review: first }, "legal.he");
  step({ type: "SUBMIT_TO_BOARD" }, "pm.wang");
  for (const memberId of ["buyer.li", "mkt.chen", "qa.zhang", "legal.he"])
    step({ type: "VOTE", vote: { memberId, vote: "approve" } }, memberId);
  const second = reviewCompliance(
    SAMPLE_COMPLIANCE_CATALOG,
    product,
    [
      ...evidence.filter((e) => e.requirementId !== "battery-msds"),
      { requirementId: "battery-msds", reference: "MSDS-2026-05", issuedOn: "2026-05-30" },
      { requirementId: "battery-un38-3", reference: "SGS UN38.3 2026-0412", issuedOn: "2026-06-08" },
    ],
    "2026-06-09",
  );
  step({ type: "RECORD_COMPLIANCE", review: second }, "legal.he", "gaps closed: new MSDS, UN38.3 report");
  const effects = step({ type: "APPROVE", decidedOn: "2026-06-10" }, "gm.zhou", "board unanimous, compliance clear");
  const gapsLeft = second.missing.length + second.expired.length + second.failed.length;
  facts([
    ["gaps after closing", String(gapsLeft)],
    ["proposal", `${proposal.state} on 2026-06-10, supplier ${proposal.context.selectedSupplierId ?? SUPPLIER.id}`],
    ["effects", effects.map((e) => e.type).join(", ")],
  ]);
  return { proposal, ranking };
}
