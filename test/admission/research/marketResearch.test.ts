import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { marketResearchSchema } from "../../../src/admission/index.js";
import { isCrossborderOpsError, parseInput } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const research = {
  targets: [{ market: "US", marketplaces: ["amazon.com"] }],
  demandSignals: [],
  competitorPriceBand: {
    low: { amount: "19.99", currency: "USD" },
    high: { amount: "39.99", currency: "USD" },
    sampleSize: 24,
  },
  seasonality: { peakMonths: [11, 12] },
  reviewPainPoints: [],
};
type BandEnd = "low" | "high" | "median";
const withBand = (end: BandEnd, amount: string, currency = "USD") => ({
  ...research,
  competitorPriceBand: {
    ...research.competitorPriceBand,
    ...(end === "median" ? { median: { amount: "29.99", currency: "USD" } } : {}),
    [end]: { amount, currency },
  },
});
const issuesOf = (input: unknown) => {
  try {
    parseInput(marketResearchSchema, input, ["research"]);
  } catch (error) {
    if (isCrossborderOpsError(error)) return error.issues;
    throw error;
  }
  return [];
};

describe("marketResearchSchema: malformed price band amounts", () => {
  it.each(["low", "high", "median"] as const)("refuses bad %s amounts with one issue at that amount", (end) => {
    for (const amount of ["NaN", "abc", "Infinity", "1e3", "", "1,5"]) {
      const input = withBand(end, amount);
      expect(marketResearchSchema.safeParse(input).success).toBe(false);
      expectOpsError(() => parseInput(marketResearchSchema, input, ["research"]), "INVALID_ARGUMENT", [
        "research",
        "competitorPriceBand",
        end,
        "amount",
      ]);
      // No follow-up "must not be below low" computed from the unparsed string.
      expect(issuesOf(input)).toHaveLength(1);
    }
  });

  it("refuses an unknown currency at the currency without crashing", () => {
    const input = {
      ...research,
      competitorPriceBand: {
        low: { amount: "19.99", currency: "ZZZ" },
        high: { amount: "39.99", currency: "ZZZ" },
        sampleSize: 24,
      },
    };
    expect(marketResearchSchema.safeParse(input).success).toBe(false);
    expect(issuesOf(input).map((i) => i.path)).toEqual([
      ["research", "competitorPriceBand", "low", "currency"],
      ["research", "competitorPriceBand", "high", "currency"],
    ]);
  });

  it("still refuses a high end in another known currency than low", () => {
    expectOpsError(
      () => parseInput(marketResearchSchema, withBand("high", "39.99", "EUR"), ["research"]),
      "INVALID_ARGUMENT",
      ["research", "competitorPriceBand", "high"],
    );
  });

  it("never throws from safeParse, whatever the low amount (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("NaN", "Infinity", "1e3", "-5", "50")), (amount) => {
        const parsed = marketResearchSchema.safeParse(withBand("low", amount));
        if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(amount)) expect(parsed.success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
