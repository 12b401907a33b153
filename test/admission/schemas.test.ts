import { describe, expect, it } from "vitest";
import { marketResearchSchema, qualityRequirementsSchema } from "../../src/admission/index.js";
import { parseInput } from "../../src/core/index.js";
import { expectOpsError } from "../core/expectOpsError.js";

const research = {
  targets: [{ market: "US", marketplaces: ["amazon.com"] }],
  demandSignals: [
    { kind: "search-volume", value: 41000, unit: "searches/month", source: "keyword tool", observedOn: "2026-04-30" },
  ],
  competitorPriceBand: {
    low: { amount: "19.99", currency: "USD" },
    high: { amount: "39.99", currency: "USD" },
    sampleSize: 24,
  },
  seasonality: { peakMonths: [11, 12] },
  reviewPainPoints: [{ theme: "gets hot", share: "0.18" }],
};

describe("marketResearchSchema", () => {
  it("accepts the host's figures", () => {
    expect(marketResearchSchema.parse(research).competitorPriceBand.high.amount.toString()).toBe("39.99");
  });
  it("refuses an inverted price band, a median outside it, a month 13 and a negative demand", () => {
    const band = (high: string, median?: string) => ({
      ...research,
      competitorPriceBand: {
        ...research.competitorPriceBand,
        high: { amount: high, currency: "USD" },
        ...(median ? { median: { amount: median, currency: "USD" } } : {}),
      },
    });
    expectOpsError(() => parseInput(marketResearchSchema, band("9.99"), ["research"]), "INVALID_ARGUMENT", [
      "research",
      "competitorPriceBand",
      "high",
    ]);
    expectOpsError(() => parseInput(marketResearchSchema, band("39.99", "45"), ["research"]), "INVALID_ARGUMENT", [
      "research",
      "competitorPriceBand",
      "median",
    ]);
    expectOpsError(
      () => parseInput(marketResearchSchema, { ...research, seasonality: { peakMonths: [13] } }, ["research"]),
      "INVALID_ARGUMENT",
      ["research", "seasonality", "peakMonths", 0],
    );
    expectOpsError(
      () =>
        parseInput(
          marketResearchSchema,
          { ...research, demandSignals: [{ ...research.demandSignals[0], value: -1 }] },
          ["research"],
        ),
      "INVALID_ARGUMENT",
      ["research", "demandSignals", 0, "value"],
    );
  });
});

describe("qualityRequirementsSchema", () => {
  it("accepts preferred AQLs written as in ISO 2859-1 and zero acceptance", () => {
    expect(
      qualityRequirementsSchema.parse({ level: "S-3", aql: { critical: "0", major: "1.0", minor: "6.5" } }).level,
    ).toBe("S-3");
  });
  it("refuses values outside the preferred series", () => {
    expectOpsError(
      () =>
        parseInput(qualityRequirementsSchema, { level: "II", aql: { critical: "0", major: "2", minor: "4.0" } }, [
          "plan",
        ]),
      "INVALID_ARGUMENT",
      ["plan", "aql", "major"],
    );
  });
});
