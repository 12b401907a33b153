import { bench, describe } from "vitest";
import { judgeLot, type OcPlan, operatingCharacteristicCurve, samplingPlan } from "../../src/quality/sampling/index.js";

const requests = [
  { lotSize: 1500, aql: 2.5 },
  { lotSize: 500, aql: "4.0", level: "S-3" as const },
  { lotSize: 600_000, aql: 0.015, level: "III" as const, severity: "tightened" as const },
  { lotSize: 3000, aql: 1, scheme: "double" as const },
];

describe("samplingPlan (validated input)", () => {
  let i = 0;
  bench("samplingPlan, one call", () => {
    samplingPlan(requests[i++ & 3] as (typeof requests)[number]);
  });
});

describe("judgeLot", () => {
  const single = samplingPlan({ lotSize: 1500, aql: 2.5 });
  const double = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" });
  const counts = Array.from({ length: 100_000 }, (_, k) => (k * 7919) % 12);
  bench("judgeLot × 100,000 lots (single)", () => {
    for (const d of counts) judgeLot(single, d);
  });
  bench("judgeLot × 100,000 lots (double, both stages)", () => {
    for (const d of counts) judgeLot(double, d > 3 && d < 7 ? [d, 1] : d);
  });
});

describe("OC curve", () => {
  const big: OcPlan = { scheme: "single", sampleSize: 3150, acceptanceNumber: 21, rejectionNumber: 22 };
  bench("200 points, n = 3150 (default range, found by bisection)", () => {
    operatingCharacteristicCurve(big);
  });
});
