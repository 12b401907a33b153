import { bench, describe } from "vitest";
import { type ScorecardInput, scoreSuppliers } from "../../src/suppliers/index.js";

const card: ScorecardInput = {
  id: "bench-8",
  criteria: [
    { id: "onTime", weight: 20, direction: "higher-better", floor: 80, target: 98 },
    { id: "inFull", weight: 10, direction: "higher-better", floor: 85, target: 99 },
    { id: "passRate", weight: 20, direction: "higher-better", floor: 90, target: "99.5" },
    { id: "ppm", weight: 10, direction: "lower-better", floor: 5000, target: 300 },
    { id: "priceIndex", weight: 15, direction: "lower-better", floor: 110, target: 95 },
    { id: "responseHours", weight: 10, direction: "lower-better", floor: 72, target: 8 },
    { id: "cooperation", weight: 10, direction: "higher-better", floor: 1, target: 5 },
    {
      id: "audit",
      weight: 5,
      direction: "higher-better",
      normalization: {
        kind: "steps",
        steps: [
          { threshold: 90, points: 100 },
          { threshold: 75, points: 60 },
          { threshold: 60, points: 30 },
        ],
      },
    },
  ],
};

const suppliers = Array.from({ length: 10_000 }, (_, i) => ({
  onTime: 75 + ((i * 7) % 25) + 0.25,
  inFull: 80 + ((i * 11) % 20),
  passRate: 88 + ((i * 13) % 12) + 0.5,
  ppm: 200 + ((i * 97) % 6000),
  priceIndex: 90 + ((i * 3) % 25),
  responseHours: 4 + ((i * 5) % 80),
  cooperation: 1 + (i % 5),
  audit: 50 + ((i * 17) % 50),
}));

describe("scoring", () => {
  bench("scoreSuppliers: 10,000 suppliers × 8 criteria (target < 100 ms)", () => {
    scoreSuppliers(card, suppliers);
  });
});
