import { describe, expect, it } from "vitest";
import {
  coreMessages,
  describeCode,
  isCrossborderOpsError,
  mergeMessageCatalogs,
  toJsonSchema,
} from "../../src/core/index.js";
import {
  costsIncludedInPrice,
  EU_MEMBER_STATES,
  INCOTERMS_2020,
  isIsoCountryCode,
  isRuleInForce,
  landedCostInputSchema,
  landedCostMarkets,
  landedCostMessages,
  normalizeHsCode,
  ruleRefSchema,
} from "../../src/landed-cost/index.js";

describe("normalizeHsCode", () => {
  it("strips dots and spaces and accepts 6 to 10 digits", () => {
    expect(normalizeHsCode("6110.20.20")).toBe("61102020");
    expect(normalizeHsCode("6403 20 011")).toBe("640320011");
    expect(normalizeHsCode("611020")).toBe("611020");
    expect(normalizeHsCode("6110202010")).toBe("6110202010");
  });

  it("refuses other shapes with INVALID_HS_CODE and the given path", () => {
    for (const bad of ["6110", "61102020101", "61-10-20", "ABCDEF", ""]) {
      try {
        normalizeHsCode(bad, ["lines", 3, "hsCode"]);
        expect.fail(`accepted ${bad}`);
      } catch (error) {
        expect(isCrossborderOpsError(error, "INVALID_HS_CODE")).toBe(true);
        if (isCrossborderOpsError(error)) expect(error.issues[0]?.path).toEqual(["lines", 3, "hsCode"]);
      }
    }
  });
});

describe("countries", () => {
  it("knows ISO 3166-1 alpha-2 codes and the 27 EU member states", () => {
    expect(isIsoCountryCode("CN")).toBe(true);
    expect(isIsoCountryCode("XX")).toBe(false);
    expect(isIsoCountryCode("de")).toBe(false);
    expect(isIsoCountryCode("UK")).toBe(false);
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EU_MEMBER_STATES.every(isIsoCountryCode)).toBe(true);
  });
});

describe("Incoterms 2020", () => {
  it("lists the eleven rules and what each price contains", () => {
    expect(INCOTERMS_2020).toHaveLength(11);
    expect(costsIncludedInPrice("EXW")).toEqual([]);
    expect(costsIncludedInPrice("FOB")).toEqual([]);
    expect(costsIncludedInPrice("CPT")).toEqual(["freight"]);
    expect(costsIncludedInPrice("CIP")).toEqual(["freight", "insurance"]);
    expect(costsIncludedInPrice("DPU")).toEqual(["freight", "insurance", "onwardTransport"]);
  });
});

describe("rules as dated data", () => {
  it("isRuleInForce includes both edge days", () => {
    const rule = { validFrom: "2026-07-01", validTo: "2028-06-30" };
    expect(isRuleInForce(rule, "2026-06-30")).toBe(false);
    expect(isRuleInForce(rule, "2026-07-01")).toBe(true);
    expect(isRuleInForce(rule, "2028-06-30")).toBe(true);
    expect(isRuleInForce(rule, "2028-07-01")).toBe(false);
    expect(isRuleInForce({ validFrom: "2019-10-01" }, "2099-01-01")).toBe(true);
  });

  it("every preset rule has an authority, a source and a valid date range", () => {
    const markets = landedCostMarkets();
    expect(Object.keys(markets).sort()).toEqual(["AU", "CA", "CN", "DE", "FR", "GB", "IE", "JP", "US"]);
    for (const market of Object.values(markets)) {
      const rules = [
        ...market.valuation.map((r) => r.rule),
        ...market.taxes.map((r) => r.rule),
        ...market.rounding.map((r) => r.rule),
        ...market.regimes.flatMap((r) => [r.rule, ...(r.suspensions ?? []).map((s) => s.rule)]),
        ...market.fees.map((r) => r.rule),
        ...market.additionalDuties.map((r) => r.rule),
      ];
      for (const rule of rules) {
        expect(ruleRefSchema.safeParse(rule).success, rule.id).toBe(true);
        if (rule.validTo) expect(rule.validFrom <= rule.validTo, rule.id).toBe(true);
      }
    }
  });

  it("US MPF fiscal years follow one another without gap or overlap", () => {
    const formal = landedCostMarkets().US?.fees.filter((f) => f.code === "US_MPF" && f.entry === "formal") ?? [];
    expect(formal.map((f) => `${f.rule.validFrom}..${f.rule.validTo}`)).toEqual([
      "2023-10-01..2024-09-30",
      "2024-10-01..2025-09-30",
      "2025-10-01..2026-09-30",
    ]);
  });

  it("returns fresh presets each call", () => {
    const a = landedCostMarkets();
    const b = landedCostMarkets();
    expect(a.DE).not.toBe(b.DE);
    expect(a.DE).toEqual(b.DE);
  });
});

describe("landedCostMessages", () => {
  it("titles every landed-cost code in English and Chinese", () => {
    const codes = [
      "UNKNOWN_COUNTRY",
      "INVALID_HS_CODE",
      "NO_MARKET_RULES",
      "NO_RULE_IN_FORCE",
      "TARIFF_NOT_FOUND",
      "MISSING_LINE_MEASURE",
      "TAX_CATEGORY_UNKNOWN",
      "INCLUDED_COSTS_EXCEED_PRICE",
    ];
    expect(Object.keys(landedCostMessages).sort()).toEqual([...codes].sort());
    for (const entry of Object.values(landedCostMessages)) {
      expect(entry.en.length).toBeGreaterThan(0);
      expect(entry["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
    const all = mergeMessageCatalogs(coreMessages, landedCostMessages);
    expect(describeCode("TARIFF_NOT_FOUND", "zh-CN", all)).toBe("未找到该商品编码的税率");
    expect(describeCode("FX_RATE_MISSING", "zh-CN", all)).toBe("缺少汇率");
  });
});

describe("landedCostInputSchema", () => {
  it("exports as JSON Schema for non-TypeScript clients, duty measures included", () => {
    const schema = toJsonSchema(landedCostInputSchema) as { required: string[]; $defs?: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(["destination", "date", "currency", "incoterm", "mode", "lines"]),
    );
    expect(JSON.stringify(schema)).toContain("ad-valorem");
  });
});
