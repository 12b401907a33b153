import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money } from "../../src/core/index.js";
import { createInMemoryTariffSource, type LandedCostInput, landedCost } from "../../src/landed-cost/index.js";

const rule = (id: string, validFrom = "2020-01-01", validTo?: string) => ({
  id,
  authority: "test tariff",
  source: "https://example.test/tariff",
  validFrom,
  ...(validTo ? { validTo } : {}),
});

describe("createInMemoryTariffSource", () => {
  const tariff = createInMemoryTariffSource([
    { territory: "US", hsPrefix: "6110", measures: [{ kind: "ad-valorem", rate: "0.20" }], rule: rule("us-6110") },
    {
      territory: "US",
      hsPrefix: "6110.20.20",
      measures: [{ kind: "ad-valorem", rate: "0.165" }],
      rule: rule("us-61102020"),
    },
    {
      territory: "US",
      hsPrefix: "6110.20.20",
      origins: ["AU"],
      measures: [{ kind: "ad-valorem", rate: "0" }],
      rule: rule("us-61102020-fta"),
    },
    {
      territory: "EU",
      hsPrefix: "6110",
      measures: [{ kind: "ad-valorem", rate: "0.12" }],
      rule: rule("eu-6110", "2020-01-01", "2025-12-31"),
    },
    {
      territory: "EU",
      hsPrefix: "6110",
      measures: [{ kind: "ad-valorem", rate: "0.10" }],
      rule: rule("eu-6110-2026", "2026-01-01"),
    },
  ]);
  const ask = (customsTerritory: string, hsCode: string, originCountry = "CN", date = "2026-03-15") =>
    tariff.dutyFor({
      destination: customsTerritory === "EU" ? "DE" : customsTerritory,
      customsTerritory,
      hsCode,
      originCountry,
      date,
    })?.rule.id;

  it("picks the longest prefix, then the origin-specific entry", () => {
    expect(ask("US", "6110202010")).toBe("us-61102020");
    expect(ask("US", "6110.30.30")).toBe("us-6110");
    expect(ask("US", "6110202010", "AU")).toBe("us-61102020-fta");
    expect(ask("US", "6205.20")).toBeUndefined();
  });

  it("answers for member states through the EU territory, by date (edge day 2026-01-01)", () => {
    expect(ask("EU", "611020", "CN", "2025-12-31")).toBe("eu-6110");
    expect(ask("EU", "611020", "CN", "2026-01-01")).toBe("eu-6110-2026");
  });

  it("validates its entries and queries", () => {
    try {
      createInMemoryTariffSource([{ territory: "US", hsPrefix: "61-10", measures: [], rule: rule("x") }]);
      expect.fail("expected an error");
    } catch (error) {
      expect(isCrossborderOpsError(error, "INVALID_ARGUMENT")).toBe(true);
      if (isCrossborderOpsError(error)) expect(error.issues[0]?.path).toEqual(["entries", 0, "hsPrefix"]);
    }
    expect(() => ask("US", "61")).toThrow(/INVALID_HS_CODE/);
  });

  it("feeds landedCost and records the tariff rule on the charge", () => {
    const result = landedCost({
      destination: "US",
      date: "2025-09-15",
      currency: "USD",
      incoterm: "FOB",
      mode: "air",
      tariffSource: tariff,
      lines: [
        { id: "s", hsCode: "6110.20.20.10", originCountry: "VN", quantity: 100, unitPrice: money("20.00", "USD") },
      ],
    });
    const duty = result.charges.find((c) => c.code === "CUSTOMS_DUTY");
    expect(duty?.rule.id).toBe("us-61102020");
    expect(duty?.amount.amount.toFixed(2)).toBe("330.00");
  });
});

describe("property: inline measures and a tariff source giving the same rate agree", () => {
  it("same totals and charges, whatever the destination, rate and price", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["US", "USD"], ["DE", "EUR"], ["GB", "GBP"], ["JP", "JPY"], ["AU", "AUD"], ["CA", "CAD"]),
        fc.integer({ min: 0, max: 3000 }).map((permille) => (permille / 10000).toString()),
        fc.integer({ min: 1, max: 5_000_000 }),
        ([destination, currency], rate, cents) => {
          const price = currency === "JPY" ? String(cents) : (cents / 100).toFixed(2);
          const territory = destination === "DE" ? "EU" : (destination as string);
          const base: LandedCostInput = {
            destination: destination as string,
            date: "2026-03-15",
            currency: currency as string,
            incoterm: "FOB",
            mode: "air",
            lines: [
              {
                id: "a",
                hsCode: "9503.00.00",
                originCountry: "CN",
                quantity: 3,
                unitPrice: money(price, currency as string),
              },
            ],
          };
          const viaTariff = landedCost({
            ...base,
            tariffSource: createInMemoryTariffSource([
              { territory, hsPrefix: "9503", measures: [{ kind: "ad-valorem", rate }], rule: rule("t") },
            ]),
          });
          const inline = landedCost({
            ...base,
            lines: base.lines.map((line) => ({ ...line, duty: [{ kind: "ad-valorem" as const, rate }] })),
          });
          expect(inline.landedTotal.amount.toString()).toBe(viaTariff.landedTotal.amount.toString());
          expect(inline.dutyTotal.amount.toString()).toBe(viaTariff.dutyTotal.amount.toString());
          expect(inline.charges.map((c) => c.amount.amount.toString())).toEqual(
            viaTariff.charges.map((c) => c.amount.amount.toString()),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
