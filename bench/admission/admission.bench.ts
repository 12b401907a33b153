import { bench, describe } from "vitest";
import {
  computeUnitEconomics,
  reviewCompliance,
  SAMPLE_COMPLIANCE_CATALOG,
  scheduleDevelopmentPlan,
} from "../../src/admission/index.js";
import { CN_2026, createBusinessCalendar, money } from "../../src/core/index.js";

const usd = (amount: string) => money(amount, "USD");
const input = {
  price: usd("30.00"),
  landedCost: usd("8.00"),
  referralFee: { rate: "0.15", minimum: usd("0.30") },
  fulfilmentFee: usd("5.00"),
  advertisingRate: "0.10",
  returnAllowanceRate: "0.05",
  paymentFeeRate: "0.03",
  fxFeeRate: "0.02",
};
const product = {
  category: "electronics",
  features: ["electrical", "radio", "lithium-battery"],
  markets: ["US", "EU", "GB"],
};
const evidence = SAMPLE_COMPLIANCE_CATALOG.requirements.map((r) => ({
  requirementId: r.id,
  reference: `DOC-${r.id}`,
  issuedOn: "2026-05-01",
}));
const cn = createBusinessCalendar(CN_2026);
const tasks = Array.from({ length: 200 }, (_, i) => ({
  id: `t${i}`,
  name: `Task ${i}`,
  owner: "x",
  durationDays: (i % 3) + 1,
  dependsOn: i === 0 ? [] : [`t${Math.floor((i - 1) / 2)}`],
}));

describe("admission", () => {
  bench("computeUnitEconomics (8 lines + break-even)", () => {
    computeUnitEconomics(input);
  });
  bench("reviewCompliance (3 markets, 22 requirements, 22 evidence)", () => {
    reviewCompliance(SAMPLE_COMPLIANCE_CATALOG, product, evidence, "2026-06-01");
  });
  bench("scheduleDevelopmentPlan (200 tasks, CN calendar)", () => {
    scheduleDevelopmentPlan(cn, { start: "2026-01-05", tasks });
  });
});
