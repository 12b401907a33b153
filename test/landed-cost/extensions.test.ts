import { describe, expect, it } from "vitest";
import { money } from "../../src/core/index.js";
import { createEuMarketRules, type LandedCostInput, landedCost } from "../../src/landed-cost/index.js";
import { fixed, oneLine } from "./fixtures.js";

describe("host extensions", () => {
  it("createEuMarketRules adds a member state with the common EU regimes", () => {
    const nl = createEuMarketRules({
      destination: "NL",
      name: "Netherlands",
      rates: { standard: "0.21" },
      rule: { id: "nl-vat-21", authority: "Belastingdienst", source: "host", validFrom: "2019-01-01" },
    });
    const big = landedCost({
      ...oneLine({ price: "1000.00", currency: "EUR" }),
      destination: "NL",
      markets: { NL: nl },
    });
    expect(fixed(big.taxTotal)).toBe("235.20"); // 21% of 1,120.00
    const small = landedCost({
      ...oneLine({ price: "100.00", currency: "EUR" }),
      destination: "NL",
      date: "2026-07-01",
      buyer: "consumer",
      markets: { NL: nl },
    });
    expect(small.regime.code).toBe("EU_LOW_VALUE_FLAT_DUTY");
    expect(fixed(small.dutyTotal)).toBe("3.00");
    expect(fixed(small.taxTotal)).toBe("21.63"); // 21% of 103.00
  });

  it("additionalDuties stack a host layer limited by HS prefix and origin (e.g. Section 301)", () => {
    const input = (hsCode: string, origin: string): LandedCostInput => ({
      ...oneLine({ price: "1000.00", currency: "USD", rate: "0.02", hsCode, origin }),
      destination: "US",
      date: "2025-09-15",
      additionalDuties: [
        {
          code: "US_SECTION_301",
          name: "Section 301 (list 3)",
          origins: ["CN"],
          hsPrefixes: ["8471"],
          measure: { kind: "ad-valorem", rate: "0.25" },
          rule: { id: "s301-l3", authority: "USTR", source: "host", validFrom: "2019-05-10" },
        },
      ],
    });
    expect(fixed(landedCost(input("8471.30.01", "CN")).dutyTotal)).toBe("270.00");
    expect(fixed(landedCost(input("8471.30.01", "VN")).dutyTotal)).toBe("20.00");
    expect(fixed(landedCost(input("9503.00.00", "CN")).dutyTotal)).toBe("20.00");
  });

  it("a DAP price contains carriage, insurance and onward transport: all deducted, CIF ones added back", () => {
    const result = landedCost({
      ...oneLine({ price: "1155.00", currency: "EUR", rate: "0.10" }),
      incoterm: "DAP",
      freight: money("120.00", "EUR"),
      insurance: money("5.00", "EUR"),
      onwardTransport: money("30.00", "EUR"),
    });
    expect(fixed(result.declaration.intrinsicValue)).toBe("1000.00");
    expect(fixed(result.customsValue)).toBe("1125.00");
    expect(fixed(result.shippingTotal)).toBe("0.00");
    expect(fixed(result.taxTotal)).toBe("240.83"); // 19% of (1,125.00 + 112.50 + 30.00)
    expect(fixed(result.landedTotal)).toBe("1508.33"); // 1,155.00 + 112.50 + 240.83
  });

  it("allocates by volume and refuses volume allocation without volumes", () => {
    const lines = ["1", "3"].map((volume, i) => ({
      id: `v${i}`,
      hsCode: "9503.00",
      originCountry: "CN",
      quantity: 1,
      unitPrice: money("500.00", "USD"),
      volumeM3: volume,
      duty: [{ kind: "ad-valorem" as const, rate: "0" }],
    }));
    const base = { ...oneLine({ price: "1", currency: "USD" }), destination: "US", date: "2025-09-15", lines };
    const result = landedCost({ ...base, allocation: "volume", freight: money("100.00", "USD") });
    expect(result.lines.map((line) => fixed(line.freight))).toEqual(["25.00", "75.00"]);
    expect(() =>
      landedCost({ ...base, allocation: "volume", lines: lines.map(({ volumeM3: _v, ...line }) => line) }),
    ).toThrow(/MISSING_LINE_MEASURE/);
  });
});
