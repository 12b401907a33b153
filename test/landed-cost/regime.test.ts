import { describe, expect, it } from "vitest";
import { money } from "../../src/core/index.js";
import { type LandedCostInput, landedCost, landedCostMarkets } from "../../src/landed-cost/index.js";
import { fixed, oneLine } from "./fixtures.js";

describe("US de minimis and its suspensions (edge days)", () => {
  const parcel = (date: string, origin: string, extra: Partial<LandedCostInput> = {}) =>
    landedCost({
      ...oneLine({ price: "500.00", currency: "USD", rate: "0.165", origin }),
      destination: "US",
      mode: "express",
      date,
      ...extra,
    });

  it("China: de minimis on 2025-05-01, suspended from 2025-05-02 (EO 14256)", () => {
    const before = parcel("2025-05-01", "CN");
    expect(before.regime.code).toBe("US_DE_MINIMIS");
    expect(before.regime.reason).toBe("customs value 500.00 USD ≤ 800.00 USD");
    expect(fixed(before.landedTotal)).toBe("500.00");
    const after = parcel("2025-05-02", "CN");
    expect(after.regime.code).toBe("STANDARD_IMPORT");
    expect(after.regime.reason).toContain(
      "US_DE_MINIMIS: suspended for origin CN from 2025-05-02 (Executive Order 14256)",
    );
    expect(after.regime.entryType).toBe("informal");
    expect(fixed(after.dutyTotal)).toBe("82.50");
    expect(fixed(after.feeTotal)).toBe("2.62");
    expect(fixed(after.landedTotal)).toBe("585.12");
  });

  it("Hong Kong is suspended with China; Vietnam keeps de minimis until 2025-08-28", () => {
    expect(parcel("2025-05-02", "HK").regime.code).toBe("STANDARD_IMPORT");
    expect(parcel("2025-05-02", "VN").regime.code).toBe("US_DE_MINIMIS");
    expect(parcel("2025-08-28", "VN").regime.code).toBe("US_DE_MINIMIS");
    const after = parcel("2025-08-29", "VN");
    expect(after.regime.code).toBe("STANDARD_IMPORT");
    expect(after.regime.reason).toContain("suspended for all origins from 2025-08-29");
    expect(fixed(after.landedTotal)).toBe("585.12");
  });

  it("$800.00 is within de minimis, $800.01 is not", () => {
    expect(
      parcel("2025-03-01", "CN", { lines: [{ ...lineOf(parcel), unitPrice: money("800.00", "USD") }] }).regime.code,
    ).toBe("US_DE_MINIMIS");
    expect(
      parcel("2025-03-01", "CN", { lines: [{ ...lineOf(parcel), unitPrice: money("800.01", "USD") }] }).regime.code,
    ).toBe("STANDARD_IMPORT");
  });

  it("the statutory end: 2027-06-30 is the last day even if the suspensions were lifted", () => {
    const markets = landedCostMarkets();
    const us = markets.US;
    if (!us) throw new Error("no US preset");
    const lifted = { ...us, regimes: us.regimes.map((regime) => ({ ...regime, suspensions: [] })) };
    expect(parcel("2027-06-30", "VN", { markets: { US: lifted } }).regime.code).toBe("US_DE_MINIMIS");
    const ended = parcel("2027-07-01", "VN", { markets: { US: lifted } });
    expect(ended.regime.code).toBe("STANDARD_IMPORT");
    expect(ended.regime.reason).toContain("US_DE_MINIMIS: ended on 2027-06-30");
  });
});

function lineOf(make: (date: string, origin: string) => unknown): LandedCostInput["lines"][number] {
  void make;
  return oneLine({ price: "500.00", currency: "USD", rate: "0.165" }).lines[0] as LandedCostInput["lines"][number];
}

describe("US Section 122 surcharge (edge days)", () => {
  const entry = (date: string, origin = "CN") =>
    landedCost({
      ...oneLine({ price: "10000.00", currency: "USD", rate: "0.165", origin }),
      destination: "US",
      mode: "ocean",
      date,
    });

  it("starts on 2026-02-24 and ends after 2026-07-23", () => {
    expect(fixed(entry("2026-02-23").dutyTotal)).toBe("1650.00");
    expect(fixed(entry("2026-02-24").dutyTotal)).toBe("2650.00");
    expect(fixed(entry("2026-07-23").dutyTotal)).toBe("2650.00");
    expect(fixed(entry("2026-07-24").dutyTotal)).toBe("1650.00");
  });

  it("does not apply to Mexican origin", () => {
    expect(fixed(entry("2026-03-15", "MX").dutyTotal)).toBe("1650.00");
  });
});

describe("US MPF by fiscal year and entry type, HMF by mode", () => {
  const fees = (price: string, date: string, mode: LandedCostInput["mode"] = "ocean") =>
    landedCost({
      ...oneLine({ price, currency: "USD", rate: "0", origin: "VN" }),
      destination: "US",
      mode,
      date,
    }).charges.filter((c) => c.kind === "fee");
  const mpf = (price: string, date: string) => fixed(fees(price, date, "air").find((c) => c.code === "US_MPF")?.amount);

  it("value $5,000 gives the minimum: $32.71 on 2025-09-30 (FY2025), $33.58 on 2025-10-01 (FY2026)", () => {
    expect(mpf("5000.00", "2025-09-30")).toBe("32.71");
    expect(mpf("5000.00", "2025-10-01")).toBe("33.58");
  });

  it("value $200,000 gives the maximum: $634.62 in FY2025, $651.50 in FY2026", () => {
    expect(mpf("200000.00", "2025-09-30")).toBe("634.62");
    expect(mpf("200000.00", "2026-03-15")).toBe("651.50");
  });

  it("FY2024 → FY2025 edge: $31.67 on 2024-09-30, $32.71 on 2024-10-01", () => {
    expect(mpf("5000.00", "2024-09-30")).toBe("31.67");
    expect(mpf("5000.00", "2024-10-01")).toBe("32.71");
  });

  it("informal below $2,500: flat $2.62 (FY2025) / $2.69 (FY2026); $2,500.00 is formal", () => {
    expect(mpf("2499.99", "2025-09-30")).toBe("2.62");
    expect(mpf("2499.99", "2025-10-01")).toBe("2.69");
    expect(mpf("2500.00", "2025-10-01")).toBe("33.58");
  });

  it("HMF 0.125% for ocean only", () => {
    expect(fixed(fees("10000.00", "2026-03-15", "ocean").find((c) => c.code === "US_HMF")?.amount)).toBe("12.50");
    expect(fees("10000.00", "2026-03-15", "air").some((c) => c.code === "US_HMF")).toBe(false);
  });
});

describe("EU: IOSS, duty relief and the €3 duty from 2026-07-01 (edge days)", () => {
  const parcel = (date: string, extra: Partial<LandedCostInput> = {}) =>
    landedCost({
      destination: "DE",
      date,
      currency: "EUR",
      incoterm: "FOB",
      mode: "express",
      buyer: "consumer",
      iossRegistered: true,
      freight: money("5.00", "EUR"),
      lines: [
        {
          id: "tee-a",
          hsCode: "6109.10.00",
          originCountry: "CN",
          quantity: 2,
          unitPrice: money("10.00", "EUR"),
          duty: [{ kind: "ad-valorem", rate: "0.12" }],
        },
        {
          id: "tee-b",
          hsCode: "6109.10.00",
          originCountry: "CN",
          quantity: 1,
          unitPrice: money("15.00", "EUR"),
          duty: [{ kind: "ad-valorem", rate: "0.12" }],
        },
        {
          id: "shoes",
          hsCode: "6403.99.93",
          originCountry: "CN",
          quantity: 1,
          unitPrice: money("40.00", "EUR"),
          duty: [{ kind: "ad-valorem", rate: "0.08" }],
        },
      ],
      ...extra,
    });

  it("2026-06-30: IOSS, no duty, VAT 19% at checkout on €80.00", () => {
    const result = parcel("2026-06-30");
    expect(result.regime.code).toBe("EU_IOSS");
    expect(fixed(result.dutyTotal)).toBe("0.00");
    expect(fixed(result.taxTotal)).toBe("15.20");
    expect(fixed(result.landedTotal)).toBe("95.20");
  });

  it("2026-07-01: €3 per distinct subheading (2 → €6.00), VAT on the duty too", () => {
    const result = parcel("2026-07-01");
    expect(result.regime.code).toBe("EU_IOSS_FLAT_DUTY");
    const [flat] = result.charges.filter((c) => c.code === "FLAT_LOW_VALUE_DUTY");
    expect(fixed(flat?.amount)).toBe("6.00");
    expect(flat?.description).toBe("3.00 EUR × 2 distinct tariff subheading(s) (610910, 640399)");
    expect(fixed(result.taxTotal)).toBe("16.34");
    expect(fixed(result.landedTotal)).toBe("102.34");
    expect(result.lines.map((line) => fixed(line.duty))).toEqual(["1.60", "1.20", "3.20"]);
  });

  it("without IOSS: duty relief and border VAT before, €3 duty with border VAT from 2026-07-01", () => {
    expect(parcel("2026-06-30", { iossRegistered: false }).regime.code).toBe("EU_LOW_VALUE_DUTY_RELIEF");
    const after = parcel("2026-07-01", { iossRegistered: false });
    expect(after.regime.code).toBe("EU_LOW_VALUE_FLAT_DUTY");
    expect(after.charges.find((c) => c.code === "IMPORT_VAT")?.collection).toBe("border");
  });

  it("B2B ≤ €150 from 2026-07-01 pays the normal tariff", () => {
    const result = parcel("2026-07-01", { buyer: "business" });
    expect(result.regime.code).toBe("STANDARD_IMPORT");
    // 12% of (21.33 + 16.00) + 8% of 42.67 = 2.5596 + 1.92 + 3.4136
    expect(fixed(result.dutyTotal)).toBe("7.89");
  });

  it("€150.00 intrinsic value is inside, €150.01 outside", () => {
    const at = (price: string) =>
      landedCost({
        ...oneLine({ price, currency: "EUR" }),
        date: "2026-07-01",
        buyer: "consumer",
        iossRegistered: true,
        freight: money("20.00", "EUR"),
      }).regime.code;
    expect(at("150.00")).toBe("EU_IOSS_FLAT_DUTY");
    expect(at("150.01")).toBe("STANDARD_IMPORT");
  });

  it("the interim duty ends after 2028-06-30", () => {
    expect(parcel("2028-06-30").regime.code).toBe("EU_IOSS_FLAT_DUTY");
    const after = parcel("2028-07-01");
    expect(after.regime.code).toBe("STANDARD_IMPORT");
    expect(after.regime.reason).toContain("EU_IOSS_FLAT_DUTY: ended on 2028-06-30");
  });

  it("IOSS starts on 2021-07-01", () => {
    expect(parcel("2021-07-01").regime.code).toBe("EU_IOSS");
    expect(parcel("2021-06-30").regime.considered).toEqual([]);
  });
});

describe("other dated rules (edge days)", () => {
  it("Australia's point-of-sale GST starts on 2018-07-01", () => {
    const au = (date: string) =>
      landedCost({
        ...oneLine({ price: "100.00", currency: "AUD", rate: "0.05" }),
        destination: "AU",
        buyer: "consumer",
        date,
      }).regime.code;
    expect(au("2018-06-30")).toBe("STANDARD_IMPORT");
    expect(au("2018-07-01")).toBe("AU_LOW_VALUE_GST");
  });

  it("UK ≤ £135 starts on 2021-01-01; no UK rules before", () => {
    const uk = (date: string) =>
      landedCost({ ...oneLine({ price: "100.00", currency: "GBP" }), destination: "GB", buyer: "consumer", date })
        .regime.code;
    expect(uk("2021-01-01")).toBe("UK_LOW_VALUE_POINT_OF_SALE");
    expect(() => uk("2020-12-31")).toThrow(/NO_RULE_IN_FORCE/);
  });

  it("Germany's 19% VAT preset starts on 2021-01-01", () => {
    const de = (date: string) => () => landedCost({ ...oneLine({ price: "1000.00", currency: "EUR" }), date });
    expect(fixed(de("2021-01-01")().taxTotal)).toBe("212.80"); // 19% of (1,000.00 + 12% duty)
    expect(de("2020-12-31")).toThrow(/NO_RULE_IN_FORCE/);
  });

  it("Japan's 10% consumption tax preset starts on 2019-10-01", () => {
    const jp = (date: string) => () =>
      landedCost({
        ...oneLine({ price: "100000", currency: "JPY", rate: "0" }),
        destination: "JP",
        incoterm: "CIF",
        date,
      });
    expect(fixed(jp("2019-10-01")().taxTotal, 0)).toBe("10000");
    expect(jp("2019-09-30")).toThrow(/NO_RULE_IN_FORCE/);
  });
});
