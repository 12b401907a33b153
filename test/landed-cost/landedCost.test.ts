import { describe, expect, it } from "vitest";
import { createInMemoryFxRates, isCrossborderOpsError, money } from "../../src/core/index.js";
import { type LandedCostResult, landedCost } from "../../src/landed-cost/index.js";
import { fixed, oneLine } from "./fixtures.js";

function codeOf(result: LandedCostResult, code: string) {
  return result.charges.filter((charge) => charge.code === code);
}

function expectError(run: () => unknown, code: string, path: ReadonlyArray<string | number>): void {
  try {
    run();
  } catch (error) {
    expect(isCrossborderOpsError(error)).toBe(true);
    if (!isCrossborderOpsError(error)) return;
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual(path);
    return;
  }
  expect.fail(`expected ${code}`);
}

describe("landedCost — worked examples of the issue", () => {
  it("Germany B2B over €150: customs value 1,125.00, duty 135.00, VAT base 1,290.00, VAT 245.10", () => {
    const result = landedCost({
      ...oneLine({ price: "1000.00", currency: "EUR", rate: "0.12" }),
      mode: "ocean",
      freight: money("120.00", "EUR"),
      insurance: money("5.00", "EUR"),
      onwardTransport: money("30.00", "EUR"),
    });
    expect(fixed(result.customsValue)).toBe("1125.00");
    expect(fixed(result.dutyTotal)).toBe("135.00");
    const [vat] = codeOf(result, "IMPORT_VAT");
    expect(fixed(vat?.base)).toBe("1290.00");
    expect(vat?.rate).toBe("0.19");
    expect(fixed(vat?.amount)).toBe("245.10");
    expect(vat?.rule.id).toBe("de-import-vat-19");
    expect(fixed(result.taxTotal)).toBe("245.10");
    expect(fixed(result.landedTotal)).toBe("1535.10");
    expect(result.regime.code).toBe("STANDARD_IMPORT");
    expect(result.rules.valuation.id).toBe("eu-ucc-art-70-71-cif");
  });

  it("US ocean formal entry on 2026-03-15: duty 1,650.00 + 1,000.00, MPF 34.64, HMF 12.50, total 13,547.14", () => {
    const result = landedCost({
      ...oneLine({ price: "10.00", currency: "USD", rate: "0.165", hsCode: "6110.20.20" }),
      destination: "US",
      mode: "ocean",
      lines: [
        {
          id: "sweaters",
          hsCode: "6110.20.20",
          originCountry: "CN",
          quantity: 1000,
          unitPrice: money("10.00", "USD"),
          duty: [{ kind: "ad-valorem", rate: "0.165" }],
        },
      ],
      freight: money("800.00", "USD"),
      insurance: money("50.00", "USD"),
    });
    expect(fixed(result.customsValue)).toBe("10000.00");
    expect(fixed(codeOf(result, "CUSTOMS_DUTY")[0]?.amount)).toBe("1650.00");
    const [layer] = codeOf(result, "US_SECTION_122");
    expect(fixed(layer?.amount)).toBe("1000.00");
    expect(layer?.rule.validFrom).toBe("2026-02-24");
    expect(fixed(codeOf(result, "US_MPF")[0]?.amount)).toBe("34.64");
    expect(fixed(codeOf(result, "US_HMF")[0]?.amount)).toBe("12.50");
    expect(fixed(result.dutyTotal)).toBe("2650.00");
    expect(fixed(result.feeTotal)).toBe("47.14");
    expect(fixed(result.landedTotal)).toBe("13547.14");
    expect(fixed(result.lines[0]?.unitLandedCost, 4)).toBe("13.5471");
    expect(result.regime.entryType).toBe("formal");
    expect(result.regime.reason).toContain("suspended for origin CN from 2025-05-02");
  });

  it("Canada courier from China: VFD 115.00, duty 4.60, GST 5.98 on 119.60", () => {
    const result = landedCost({
      ...oneLine({ price: "115.00", currency: "CAD", rate: "0.04" }),
      destination: "CA",
      mode: "express",
      buyer: "consumer",
    });
    expect(fixed(result.customsValue)).toBe("115.00");
    expect(fixed(result.dutyTotal)).toBe("4.60");
    const [gst] = codeOf(result, "GST");
    expect(fixed(gst?.base)).toBe("119.60");
    expect(fixed(gst?.amount)).toBe("5.98");
    expect(fixed(result.landedTotal)).toBe("125.58");
    expect(result.regime.considered.find((c) => c.code === "CA_COURIER_LOW_VALUE")?.reason).toBe(
      "customs value 115.00 CAD > 20.00 CAD",
    );
  });
});

describe("landedCost — Japan (Customs FAQ 1111 rounding)", () => {
  it("reproduces the FAQ 1111 example: duty ¥92,400, national tax ¥56,400, local tax ¥15,900", () => {
    const result = landedCost({
      destination: "JP",
      date: "2026-03-15",
      currency: "JPY",
      incoterm: "CIF",
      mode: "ocean",
      lines: [
        {
          id: "A",
          hsCode: "4202.21",
          originCountry: "CN",
          quantity: 1,
          unitPrice: money("534795", "JPY"),
          duty: [{ kind: "ad-valorem", rate: "0.14" }],
        },
        {
          id: "B",
          hsCode: "1806.90",
          originCountry: "CN",
          quantity: 1,
          unitPrice: money("126258", "JPY"),
          taxCategory: "reduced",
          duty: [{ kind: "ad-valorem", rate: "0.14" }],
        },
      ],
    });
    const duty = codeOf(result, "CUSTOMS_DUTY");
    expect(duty.map((c) => fixed(c.base, 0))).toEqual(["534000", "126000"]);
    expect(duty.map((c) => fixed(c.computed, 0))).toEqual(["74760", "17640"]);
    expect(fixed(result.dutyTotal, 0)).toBe("92400");
    const national = codeOf(result, "JP_CONSUMPTION_TAX");
    expect(national.map((c) => fixed(c.base, 0))).toEqual(["609000", "143000"]);
    expect(national.map((c) => fixed(c.computed, 0))).toEqual(["47502", "8923"]);
    expect(national.map((c) => c.rate)).toEqual(["0.078", "0.0624"]);
    expect(fixed(result.declaration.taxTotal, 0)).toBe("72300");
    const local = codeOf(result, "JP_LOCAL_CONSUMPTION_TAX");
    expect(local.map((c) => fixed(c.base, 0))).toEqual(["47500", "8900"]);
    expect(local.map((c) => fixed(c.computed, 0))).toEqual(["13397", "2510"]);
    expect(local.reduce((sum, c) => sum + Number(c.amount.amount), 0)).toBe(15900);
    expect(national.reduce((sum, c) => sum + Number(c.amount.amount), 0)).toBe(56400);
    expect(fixed(result.landedTotal, 0)).toBe("825753");
  });

  it("leather footwear stays dutiable under ¥10,000: 30% or ¥4,300 per pair, whichever is higher", () => {
    const footwear = (price: string) =>
      landedCost({
        destination: "JP",
        date: "2026-03-15",
        currency: "JPY",
        incoterm: "CIF",
        mode: "express",
        buyer: "consumer",
        lines: [
          {
            id: "boots",
            hsCode: "6403.99",
            originCountry: "CN",
            quantity: 1,
            unitPrice: money(price, "JPY"),
            duty: [
              {
                kind: "higher-of",
                options: [
                  { kind: "ad-valorem", rate: "0.30" },
                  { kind: "specific", amount: { amount: "4300", currency: "JPY" }, per: "pair" },
                ],
              },
            ],
          },
        ],
      });
    const cheap = footwear("9000");
    expect(cheap.regime.code).toBe("JP_SMALL_VALUE_EXEMPTION");
    expect(fixed(cheap.dutyTotal, 0)).toBe("4300");
    expect(codeOf(cheap, "CUSTOMS_DUTY")[0]?.description).toBe("30% or 4300 JPY/pair, whichever is higher");
    expect(fixed(cheap.taxTotal, 0)).toBe("1200");
    expect(fixed(cheap.landedTotal, 0)).toBe("14500");
    expect(fixed(footwear("20000").dutyTotal, 0)).toBe("6000");
  });

  it("exempts ¥10,000 and taxes ¥10,001 (the edge of the small-value exemption)", () => {
    const shirt = (price: string) =>
      landedCost({ ...oneLine({ price, currency: "JPY", rate: "0.074" }), destination: "JP", incoterm: "CIF" });
    const at = shirt("10000");
    expect(at.regime.code).toBe("JP_SMALL_VALUE_EXEMPTION");
    expect(fixed(at.landedTotal, 0)).toBe("10000");
    const above = shirt("10001");
    expect(above.regime.code).toBe("STANDARD_IMPORT");
    expect(fixed(above.dutyTotal, 0)).toBe("700");
    expect(fixed(above.taxTotal, 0)).toBe("800");
    expect(fixed(above.landedTotal, 0)).toBe("11501");
  });
});

describe("landedCost — United Kingdom", () => {
  const uk = (price: string, extra: Partial<Parameters<typeof landedCost>[0]> = {}) =>
    landedCost({
      ...oneLine({ price, currency: "GBP", rate: "0.12" }),
      destination: "GB",
      mode: "express",
      buyer: "consumer",
      freight: money("10.00", "GBP"),
      ...extra,
    });

  it("≤ £135: no duty, VAT 20% collected at the point of sale", () => {
    const result = uk("100.00");
    expect(result.regime.code).toBe("UK_LOW_VALUE_POINT_OF_SALE");
    expect(fixed(result.dutyTotal)).toBe("0.00");
    const [vat] = codeOf(result, "IMPORT_VAT");
    expect(vat?.collection).toBe("point-of-sale");
    expect(fixed(vat?.amount)).toBe("22.00");
    expect(fixed(result.landedTotal)).toBe("132.00");
  });

  it("£135.00 is inside the regime, £135.01 is a standard import", () => {
    expect(uk("135.00").regime.code).toBe("UK_LOW_VALUE_POINT_OF_SALE");
    const above = uk("135.01");
    expect(above.regime.code).toBe("STANDARD_IMPORT");
    expect(fixed(above.dutyTotal)).toBe("17.40");
    expect(fixed(above.taxTotal)).toBe("32.48");
    expect(fixed(above.landedTotal)).toBe("194.89");
  });

  it("post: the customs value runs to the delivery address", () => {
    const postal = uk("200.00", { mode: "postal", onwardTransport: money("5.00", "GBP") });
    expect(fixed(postal.customsValue)).toBe("215.00");
    expect(fixed(postal.dutyTotal)).toBe("25.80");
    expect(fixed(postal.taxTotal)).toBe("48.16");
    const air = uk("200.00", { mode: "air", onwardTransport: money("5.00", "GBP") });
    expect(fixed(air.customsValue)).toBe("210.00");
    expect(fixed(air.dutyTotal)).toBe("25.20");
    expect(fixed(air.taxTotal)).toBe("48.04");
  });
});

describe("landedCost — Australia", () => {
  const au = (price: string, buyer: "consumer" | "business" = "consumer") =>
    landedCost({
      ...oneLine({ price, currency: "AUD", rate: "0.05" }),
      destination: "AU",
      buyer,
      freight: money("50.00", "AUD"),
    });

  it("≤ A$1,000: no duty, GST 10% at the point of sale on value + transport", () => {
    const result = au("800.00");
    expect(result.regime.code).toBe("AU_LOW_VALUE_GST");
    expect(fixed(result.customsValue)).toBe("800.00");
    expect(fixed(codeOf(result, "GST")[0]?.amount)).toBe("85.00");
    expect(fixed(result.landedTotal)).toBe("935.00");
  });

  it("A$1,000.00 is inside, A$1,000.01 pays duty and GST at the border on value + duty + transport", () => {
    expect(au("1000.00").regime.code).toBe("AU_LOW_VALUE_GST");
    const above = au("1000.01");
    expect(above.regime.code).toBe("STANDARD_IMPORT");
    expect(fixed(above.dutyTotal)).toBe("50.00");
    const [gst] = codeOf(above, "GST");
    expect(fixed(gst?.base)).toBe("1100.01");
    expect(gst?.collection).toBe("border");
    expect(fixed(above.taxTotal)).toBe("110.00");
    expect(fixed(above.landedTotal)).toBe("1210.01");
  });

  it("business buyers are outside the point-of-sale regime", () => {
    expect(au("800.00", "business").regime.code).toBe("STANDARD_IMPORT");
  });
});

describe("landedCost — Canada thresholds", () => {
  const ca = (price: string, shipFrom = "CN") =>
    landedCost({ ...oneLine({ price, currency: "CAD", rate: "0.04" }), destination: "CA", mode: "express", shipFrom });

  it("CAD 20.00 is free, CAD 20.01 pays duty and GST", () => {
    expect(ca("20.00").regime.code).toBe("CA_COURIER_LOW_VALUE");
    expect(fixed(ca("20.00").landedTotal)).toBe("20.00");
    const above = ca("20.01");
    expect(fixed(above.dutyTotal)).toBe("0.80");
    expect(fixed(above.taxTotal)).toBe("1.04");
  });

  it("courier shipped from the US: ≤ CAD 40 free, ≤ CAD 150 duty-free with GST", () => {
    expect(ca("40.00", "US").regime.code).toBe("CA_CUSMA_COURIER_TAX_FREE");
    const mid = ca("100.00", "US");
    expect(mid.regime.code).toBe("CA_CUSMA_COURIER_DUTY_FREE");
    expect(fixed(mid.dutyTotal)).toBe("0.00");
    expect(fixed(mid.taxTotal)).toBe("5.00");
  });
});

describe("landedCost — China (consumption tax gross-up)", () => {
  it("levies consumption tax on (CIF + duty) / (1 − rate) and VAT on CIF + duty + consumption tax", () => {
    const markets = {
      CN: (() => {
        const { CN } = landedCostMarketsForTest();
        const rates = (code: string) => (code === "CN_CONSUMPTION_TAX" ? { cosmetics: "0.15" } : { cosmetics: "0.13" });
        return { ...CN, taxes: CN.taxes.map((t) => ({ ...t, rates: { ...t.rates, ...rates(t.code) } })) };
      })(),
    };
    const result = landedCost({
      ...oneLine({ price: "1000.00", currency: "CNY", rate: "0.05", hsCode: "3304.99" }),
      destination: "CN",
      origin: undefined,
      lines: [
        {
          id: "cream",
          hsCode: "3304.99",
          originCountry: "FR",
          quantity: 1,
          unitPrice: money("1000.00", "CNY"),
          taxCategory: "cosmetics",
          duty: [{ kind: "ad-valorem", rate: "0.05" }],
        },
      ],
      markets,
    } as Parameters<typeof landedCost>[0]);
    // duty 50.00; CT = 1050 / 0.85 × 0.15 = 185.294… → 185.29; VAT = (1050 + 185.29) × 13% = 160.5877 → 160.59
    expect(fixed(result.dutyTotal)).toBe("50.00");
    expect(fixed(codeOf(result, "CN_CONSUMPTION_TAX")[0]?.amount)).toBe("185.29");
    expect(fixed(codeOf(result, "IMPORT_VAT")[0]?.base)).toBe("1235.29");
    expect(fixed(codeOf(result, "IMPORT_VAT")[0]?.amount)).toBe("160.59");
  });
});

import { landedCostMarkets } from "../../src/landed-cost/index.js";

function landedCostMarketsForTest() {
  const markets = landedCostMarkets();
  const cn = markets.CN;
  if (!cn) throw new Error("no CN preset");
  return { CN: cn };
}

describe("landedCost — currencies and allocation", () => {
  it("converts through FxRates, records the rates and keeps lines summing to the totals", () => {
    const fxRates = createInMemoryFxRates([
      { from: "EUR", to: "CNY", rate: "7.80", asOf: "2026-03-01", source: "ECB reference rate" },
    ]);
    const result = landedCost({
      ...oneLine({ price: "7800.00", currency: "CNY", rate: "0.12" }),
      currency: "CNY",
      freight: money("936.00", "CNY"),
      fxRates,
    });
    expect(result.declaration.currency).toBe("EUR");
    expect(fixed(result.declaration.customsValue)).toBe("1120.00");
    expect(fixed(result.declaration.dutyTotal)).toBe("134.40");
    expect(result.fx.map((rate) => `${rate.from}/${rate.to} ${rate.source}`)).toEqual([
      "CNY/EUR ECB reference rate (inverse)",
      "EUR/CNY ECB reference rate",
    ]);
    expect(fixed(result.dutyTotal)).toBe("1048.32");
    expect(fixed(result.goodsTotal)).toBe("7800.00");
  });

  it("allocates freight by weight so that the shares add up exactly", () => {
    const result = landedCost({
      ...oneLine({ price: "1", currency: "USD", rate: "0" }),
      destination: "US",
      date: "2025-03-01",
      allocation: "weight",
      freight: money("100.00", "USD"),
      lines: [1, 1, 1].map((_, i) => ({
        id: `w${i}`,
        hsCode: "9503.00",
        originCountry: "VN",
        quantity: 1,
        unitPrice: money("10.00", "USD"),
        weightKg: 1,
        duty: [{ kind: "ad-valorem" as const, rate: "0" }],
      })),
    });
    expect(result.lines.map((line) => fixed(line.freight))).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("adds host costs (broker fee) to the fees, allocated over lines", () => {
    const result = landedCost({
      ...oneLine({ price: "1000.00", currency: "EUR" }),
      otherCosts: [{ id: "broker", name: "Customs broker", amount: money("45.00", "EUR") }],
    });
    const broker = result.charges.find((c) => c.id === "OTHER_COST:broker");
    expect(broker?.collection).toBe("service-provider");
    expect(fixed(result.feeTotal)).toBe("45.00");
  });

  it("deducts the freight a CIF price contains in an FOB market", () => {
    const result = landedCost({
      ...oneLine({ price: "1100.00", currency: "USD", rate: "0.10" }),
      destination: "US",
      date: "2025-03-01",
      incoterm: "CIF",
      origin: "VN",
      freight: money("80.00", "USD"),
      insurance: money("20.00", "USD"),
    } as Parameters<typeof landedCost>[0]);
    expect(fixed(result.customsValue)).toBe("1000.00");
    expect(fixed(result.dutyTotal)).toBe("100.00");
    expect(fixed(result.shippingTotal)).toBe("0.00");
  });
});

describe("landedCost — bad input", () => {
  it("refuses an unknown destination and an unknown origin", () => {
    expectError(
      () => landedCost({ ...oneLine({ price: "1", currency: "EUR" }), destination: "XX" }),
      "UNKNOWN_COUNTRY",
      ["input", "destination"],
    );
    expectError(() => landedCost(oneLine({ price: "1", currency: "EUR", origin: "ZZ" })), "UNKNOWN_COUNTRY", [
      "input",
      "lines",
      0,
      "originCountry",
    ]);
  });

  it("refuses an HS code of the wrong shape", () => {
    expectError(() => landedCost(oneLine({ price: "1", currency: "EUR", hsCode: "61-10" })), "INVALID_HS_CODE", [
      "input",
      "lines",
      0,
      "hsCode",
    ]);
    expectError(() => landedCost(oneLine({ price: "1", currency: "EUR", hsCode: "6110" })), "INVALID_HS_CODE", [
      "input",
      "lines",
      0,
      "hsCode",
    ]);
  });

  it("refuses a negative value", () => {
    expectError(() => landedCost(oneLine({ price: "-5.00", currency: "EUR" })), "INVALID_ARGUMENT", [
      "input",
      "lines",
      0,
      "unitPrice",
    ]);
    expectError(
      () => landedCost({ ...oneLine({ price: "5.00", currency: "EUR" }), freight: money("-1.00", "EUR") }),
      "INVALID_ARGUMENT",
      ["input", "freight"],
    );
  });

  it("reports a missing FX rate with the path of the amount", () => {
    expectError(() => landedCost(oneLine({ price: "100.00", currency: "CNY" })), "FX_RATE_MISSING", [
      "input",
      "lines",
      0,
      "unitPrice",
    ]);
    const fxRates = createInMemoryFxRates([{ from: "USD", to: "EUR", rate: "0.9", asOf: "2026-01-01", source: "ECB" }]);
    expectError(() => landedCost({ ...oneLine({ price: "100.00", currency: "CNY" }), fxRates }), "FX_RATE_MISSING", [
      "input",
      "lines",
      0,
      "unitPrice",
    ]);
  });

  it("refuses a destination without rules, a line without duty or tariff, duplicate ids", () => {
    expectError(
      () => landedCost({ ...oneLine({ price: "1", currency: "EUR" }), destination: "NL" }),
      "NO_MARKET_RULES",
      ["input", "destination"],
    );
    const { duty: _duty, ...bare } = oneLine({ price: "1000", currency: "EUR" }).lines[0] as Parameters<
      typeof landedCost
    >[0]["lines"][number];
    expectError(
      () => landedCost({ ...oneLine({ price: "1000", currency: "EUR" }), lines: [bare] }),
      "TARIFF_NOT_FOUND",
      ["input", "lines", 0, "hsCode"],
    );
    const line = oneLine({ price: "1", currency: "EUR" }).lines[0] as Parameters<typeof landedCost>[0]["lines"][number];
    expectError(
      () => landedCost({ ...oneLine({ price: "1", currency: "EUR" }), lines: [line, line] }),
      "INVALID_ARGUMENT",
      ["input", "lines", 1, "id"],
    );
  });

  it("refuses an unknown tax category, a specific duty per kg without weight, a date before the rules", () => {
    expectError(
      () =>
        landedCost({
          ...oneLine({ price: "1", currency: "EUR" }),
          lines: [
            {
              ...(oneLine({ price: "1", currency: "EUR" }).lines[0] as Parameters<
                typeof landedCost
              >[0]["lines"][number]),
              taxCategory: "luxury",
            },
          ],
        }),
      "TAX_CATEGORY_UNKNOWN",
      ["input", "lines", 0, "taxCategory"],
    );
    expectError(
      () =>
        landedCost({
          ...oneLine({ price: "1", currency: "USD" }),
          destination: "US",
          lines: [
            {
              id: "a",
              hsCode: "6209.90.05",
              originCountry: "CN",
              quantity: 1,
              unitPrice: money("1", "USD"),
              duty: [{ kind: "specific", amount: money("0.318", "USD"), per: "kg" }],
            },
          ],
        }),
      "MISSING_LINE_MEASURE",
      ["input", "lines", 0, "weightKg"],
    );
    expectError(
      () => landedCost({ ...oneLine({ price: "1", currency: "EUR" }), date: "2020-06-01" }),
      "NO_RULE_IN_FORCE",
      ["input", "date"],
    );
  });
});
