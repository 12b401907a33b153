import { money } from "../../core/index.js";
import type { MarketRules } from "../marketRules.js";

const FAQ_1111 = "https://www.customs.go.jp/english/c-answer_e/imtsukan/1111_e.htm";

/** @internal Japan: CIF, consumption tax 7.8% + 22/78 local, FAQ 1111 rounding, ¥10,000 exemption with exceptions. */
export function jpMarketRules(): MarketRules {
  return {
    destination: "JP",
    customsTerritory: "JP",
    name: "Japan",
    currency: "JPY",
    valuation: [
      {
        basis: "CIF",
        rule: { id: "jp-cif", authority: "Japan Customs (FAQ 1111)", source: FAQ_1111, validFrom: "2019-10-01" },
      },
    ],
    taxes: [
      {
        code: "JP_CONSUMPTION_TAX",
        name: "Consumption tax (national)",
        rates: { standard: "0.078", reduced: "0.0624" },
        base: ["customs-value", "duty"],
        surtax: { code: "JP_LOCAL_CONSUMPTION_TAX", name: "Local consumption tax", numerator: 22, denominator: 78 },
        rule: {
          id: "jp-consumption-tax-10",
          authority: "Japan Customs / National Tax Agency",
          source: FAQ_1111,
          validFrom: "2019-10-01",
          note: "10% (7.8% + 2.2%) and 8% (6.24% + 1.76%) since 1 Oct 2019 (date from general knowledge).",
        },
      },
    ],
    rounding: [
      {
        dutyBase: { mode: "down", step: "1000" },
        lineRaw: { mode: "down" },
        lineDuty: { mode: "down", step: "100" },
        dutyTotal: { mode: "down", step: "100" },
        taxBase: { mode: "down", step: "1000" },
        lineTax: { mode: "down", step: "100" },
        taxTotal: { mode: "down", step: "100" },
        rule: {
          id: "jp-rounding-faq-1111",
          authority: "Japan Customs (FAQ 1111)",
          source: FAQ_1111,
          validFrom: "2019-10-01",
          note: "Per item: base down to ¥1,000, amount to the yen, item amount down to ¥100 feeds the next base; totals are the sum of the item amounts before the ¥100 rounding, rounded down to ¥100.",
        },
      },
    ],
    regimes: [
      {
        code: "JP_SMALL_VALUE_EXEMPTION",
        name: "Japan total taxable value ≤ ¥10,000: no duty, no consumption tax",
        rule: {
          id: "jp-10000-exemption",
          authority: "Japan Customs",
          source: "https://traddal.com/resources/calculate-duties-taxes-imports-japan",
          validFrom: "2019-10-01",
          note: "Exception list (alcohol, tobacco, leather bags and gloves, knitted apparel, footwear) from secondary sources, not the legal text. The 60% personal-use valuation rule is not modelled. Point-of-sale JCT for these goods planned from 1 Apr 2028.",
        },
        threshold: { amount: money("10000", "JPY"), inclusive: true, measure: "customs-value" },
        exceptHs: ["2203", "2204", "2205", "2206", "2208", "24", "4202", "4203", "61", "64"],
        duty: "exempt",
        tax: "exempt",
        fees: "normal",
      },
    ],
    fees: [],
    additionalDuties: [],
  };
}
