import type { MarketRules } from "../marketRules.js";
import { minorUnitRounding } from "./common.js";

const CN_SOURCE = "http://lnmlw.com/Foreignexaccountopening/gekpxgunta.html";

/** @internal China (imports into China): CIF, consumption tax with gross-up (rates by host category), VAT 13%. */
export function cnMarketRules(): MarketRules {
  return {
    destination: "CN",
    customsTerritory: "CN",
    name: "China",
    currency: "CNY",
    valuation: [
      {
        basis: "CIF",
        rule: {
          id: "cn-cif",
          authority: "General Administration of Customs of China",
          source: "http://www.dutycalculator.com/country-guides/Import-duty-taxes-when-importing-into-China/",
          validFrom: "2019-04-01",
          note: "Secondary sources.",
        },
      },
    ],
    taxes: [
      {
        code: "CN_CONSUMPTION_TAX",
        name: "Consumption tax (消费税), ad valorem with gross-up",
        rates: {},
        base: ["customs-value", "duty"],
        grossUp: true,
        optionalByCategory: true,
        rule: {
          id: "cn-consumption-tax",
          authority: "State Taxation Administration of China",
          source: CN_SOURCE,
          validFrom: "2019-04-01",
          note: "No category preset: add rates per tax category (e.g. { cosmetics: '0.15' }) from the official table.",
        },
      },
      {
        code: "IMPORT_VAT",
        name: "Import VAT (China)",
        rates: { standard: "0.13", reduced: "0.09" },
        base: ["customs-value", "duty", "prior-taxes"],
        rule: {
          id: "cn-import-vat-13",
          authority: "State Taxation Administration of China",
          source: CN_SOURCE,
          validFrom: "2019-04-01",
          note: "13% / 9% since 1 Apr 2019 per general knowledge (older sources quote 17%); the cross-border e-commerce retail regime is not modelled.",
        },
      },
    ],
    rounding: [
      minorUnitRounding({
        id: "cn-rounding-fen",
        authority: "General Administration of Customs of China",
        source: "half-up to the fen per declaration (library default)",
        validFrom: "2019-04-01",
      }),
    ],
    regimes: [],
    fees: [],
    additionalDuties: [],
  };
}
