/**
 * One product from proposal to approval: market research, unit economics, supplier shortlist, samples, compliance
 * gaps (and closing them), the review board, and the quality plan handed to the quality area.
 *
 * Run: npx tsx examples/admission-proposal.ts
 */
import {
  advanceProposal,
  approvalBlockers,
  canIssuePurchaseOrder,
  compareSamples,
  computeUnitEconomics,
  createProposal,
  evaluateSample,
  rankSupplierCandidates,
  resolveReferralFee,
  reviewCompliance,
  SAMPLE_AMAZON_US_REFERRAL_FEES,
  SAMPLE_COMPLIANCE_CATALOG,
  type SampleEvaluationInput,
} from "../src/admission/index.js";
import { formatMoney, money } from "../src/core/index.js";

const usd = (amount: string) => money(amount, "USD");
let clock = Date.UTC(2026, 4, 4, 1, 0);
const by = (actor: string, reason?: string) => {
  clock += 3_600_000;
  return { at: new Date(clock), actor, ...(reason ? { reason } : {}) };
};
const fmt = (m: ReturnType<typeof usd>) => formatMoney(m, "en-US").padStart(10);

// 1. Proposal
let proposal = createProposal({
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
      { id: "legal.he", role: "legal" },
    ],
    quorum: 3,
    rule: "majority",
  },
});
const step = (event: Parameters<typeof advanceProposal>[1], actor: string, reason?: string) => {
  const r = advanceProposal(proposal, event, by(actor, reason));
  if (!r.ok) throw new Error(r.error.message);
  proposal = r.value.snapshot;
  return r.value.effects;
};

// 2. Market research and unit economics
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
      reviewPainPoints: [
        { theme: "gets hot while charging", share: "0.18" },
        { theme: "weak magnet", share: "0.11" },
      ],
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
  landedCost: { unitLandedCost: usd("7.85"), source: "landed-cost quote LC-2026-031" },
  referralFee: { rate: fee.value.rate, ...(fee.value.minimum ? { minimum: fee.value.minimum } : {}) },
  fulfilmentFee: usd("4.75"),
  advertisingRate: "0.12",
  returnAllowanceRate: "0.04",
  fxFeeRate: "0.015",
});
console.log(
  `Unit economics of PB-10K-MAG on amazon.com (fee schedule ${fee.value.scheduleId}${fee.value.sample ? ", SAMPLE" : ""})`,
);
for (const line of economics.lines) console.log(`  ${line.label.padEnd(26)}${fmt(line.amount)}   ${line.basis}`);
console.log(`  margin ${economics.marginPercent.toFixed(2)}%`);
if (economics.breakEvenPrice.ok)
  console.log(
    `  break-even price ${formatMoney(economics.breakEvenPrice.value.price, "en-US")} (exact ${economics.breakEvenPrice.value.exact.amount.toFixed(6)}, rounded up to the cent)`,
  );
console.log(
  `  break-even ad spend ${formatMoney(economics.breakEvenAdSpend, "en-US")} per unit = ${economics.breakEvenAdvertisingPercent.toFixed(2)}% of the price\n`,
);

// 3. Suppliers: rank with a stand-in scorer (wire the suppliers area's scoreSupplier here)
step({ type: "START_SOURCING" }, "buyer.li");
const candidates = [
  { supplierId: "SUP-SZ-001", name: "Shenzhen Volt Tech", measurements: [90, 80, 85, 75, 88, 70, 80] },
  { supplierId: "SUP-DG-007", name: "Dongguan Power Co", measurements: [85, 90, 70, 60, 75, 85, 70] },
  { supplierId: "SUP-NB-003", name: "Ningbo Cells", measurements: [60, 70, 55, 50, 65, 90, 60] },
];
const ranking = rankSupplierCandidates(
  candidates,
  (m: number[]) => {
    const total = m.reduce((a, b) => a + b, 0) / m.length;
    return { total: Math.round(total * 10) / 10, grade: total >= 80 ? "A" : total >= 70 ? "B" : "C" };
  },
  { shortlistSize: 2, minimumTotal: 70 },
);
console.log("Supplier screening");
for (const r of ranking)
  console.log(
    `  #${r.rank} ${r.supplierId} ${r.name ?? ""} total ${r.total} grade ${r.grade}${r.shortlisted ? "  shortlisted" : ""}`,
  );
step({ type: "SHORTLIST", supplierIds: ranking.filter((r) => r.shortlisted).map((r) => r.supplierId) }, "buyer.li");

// 4. Samples side by side
step({ type: "REQUEST_SAMPLES" }, "buyer.li");
const sample = (supplierId: string, length: string, drop: boolean): SampleEvaluationInput => ({
  sampleId: `S-${supplierId}`,
  supplierId,
  evaluatedOn: "2026-05-20",
  evaluator: "qa.zhang",
  checks: [
    {
      kind: "measured",
      aspect: "dimensions",
      name: "length",
      unit: "mm",
      nominal: "98.0",
      plus: "0.3",
      minus: "0.3",
      measured: length,
    },
    { kind: "judged", aspect: "function", name: "15 W wireless output", passed: true },
    { kind: "judged", aspect: "durability", name: "1.2 m drop", passed: drop },
  ],
});
const evaluations = [
  evaluateSample(sample("SUP-SZ-001", "98.1", true)),
  evaluateSample(sample("SUP-DG-007", "98.4", false)),
];
const comparison = compareSamples(evaluations);
console.log("\nSamples");
for (const row of comparison.rows)
  console.log(
    `  ${row.name.padEnd(22)}${comparison.suppliers.map((s) => `${s}: ${row.results[s]?.passed ? "pass" : "FAIL"} ${row.results[s]?.value ?? ""}`.padEnd(28)).join("")}`,
  );
for (const e of evaluations)
  step({ type: "RECORD_SAMPLE_RESULT", supplierId: e.supplierId, passed: e.passed, reference: e.sampleId }, "qa.zhang");
step({ type: "SELECT_SUPPLIER", supplierId: "SUP-SZ-001" }, "buyer.li", "best sample, grade A");

// 5. Compliance review: gaps first
const product = { category: "electronics", features: ["electrical", "lithium-battery"], markets: ["US"] };
const evidence = [
  {
    requirementId: "ip-trademark-search",
    reference: "USPTO search 2026-05-02",
    issuedOn: "2026-05-02",
    outcome: "clear" as const,
  },
  {
    requirementId: "ip-patent-search",
    reference: "Patent FTO memo #88",
    issuedOn: "2026-05-06",
    outcome: "clear" as const,
  },
  {
    requirementId: "ip-design-search",
    reference: "USPTO design search",
    issuedOn: "2026-05-06",
    outcome: "clear" as const,
  },
  { requirementId: "us-fcc-sdoc", reference: "SDoC-PB-10K", issuedOn: "2026-05-25" },
  { requirementId: "battery-msds", reference: "MSDS-2025-11", issuedOn: "2025-04-01" },
  { requirementId: "us-origin-label", reference: "label artwork v3", issuedOn: "2026-05-28" },
];
let review = reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, product, evidence, "2026-06-01");
console.log(
  `\nCompliance review on ${review.asOf} (catalog ${review.catalogId} ${review.catalogVersion}): ${review.required.length} required`,
);
for (const item of [...review.missing, ...review.expired, ...review.failed])
  console.log(
    `  ${item.status.toUpperCase().padEnd(8)} ${item.requirementId}@${item.market}  ${item.title}  [${item.regulation}]${item.evidence?.expiresOn ? ` expired ${item.evidence.expiresOn}` : ""}`,
  );
step({ type: "RECORD_COMPLIANCE", review }, "legal.he");
step({ type: "SUBMIT_TO_BOARD" }, "pm.wang");

// 6. Board: approves with a condition, but the gaps block the approval until the evidence is in
for (const [memberId, vote] of [
  ["buyer.li", "approve"],
  ["mkt.chen", "approve"],
  ["qa.zhang", "approve"],
  ["legal.he", "improve"],
] as const)
  step(
    {
      type: "VOTE",
      vote: {
        memberId,
        vote,
        ...(memberId === "qa.zhang" ? { conditions: ["approve once the UN38.3 report is in"] } : {}),
      },
    },
    memberId,
  );
console.log(
  `\nBlocking approval on 2026-06-10: ${approvalBlockers(proposal.context, "2026-06-10")
    .map((b) => `${b.code} ${b.items?.join(", ") ?? ""}`)
    .join("; ")}`,
);
review = reviewCompliance(
  SAMPLE_COMPLIANCE_CATALOG,
  product,
  [
    ...evidence.filter((e) => e.requirementId !== "battery-msds"),
    { requirementId: "battery-msds", reference: "MSDS-2026-05", issuedOn: "2026-05-30" },
    { requirementId: "battery-un38-3", reference: "SGS UN38.3 2026-0412", issuedOn: "2026-06-08" },
  ],
  "2026-06-09",
);
step({ type: "RECORD_COMPLIANCE", review }, "legal.he", "UN38.3 report received, new MSDS");
const effects = step({ type: "APPROVE", decidedOn: "2026-06-10" }, "gm.zhou", "board majority, compliance clear");
console.log(
  `\n${proposal.context.productId}: ${proposal.state}, conditions: ${proposal.context.conditions.join("; ")}`,
);
console.log(
  `Quality plan for the quality area: ${JSON.stringify(effects.find((e) => e.type === "quality-plan-issued")?.plan)}`,
);
console.log(
  `PO to SUP-SZ-001 allowed: ${canIssuePurchaseOrder(proposal, { supplierId: "SUP-SZ-001", status: "approved" })}`,
);
console.log(`History: ${proposal.history.map((h) => `${h.event}(${h.actor})`).join(" → ")}`);
