import { money } from "../../core/index.js";
import type { MarketRules } from "../marketRules.js";
import { minorUnitRounding } from "./common.js";

/** @internal Australia: FOB valuation, GST 10% on customs value + duty + international transport, ≤ A$1,000 at the point of sale. */
export function auMarketRules(): MarketRules {
  return {
    destination: "AU",
    customsTerritory: "AU",
    name: "Australia",
    currency: "AUD",
    valuation: [
      {
        basis: "FOB",
        rule: {
          id: "au-customs-value-fob",
          authority: "Australian Border Force (Customs Act 1901, Div. 2)",
          source: "https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/5489.0main+features100142015",
          validFrom: "1989-07-01",
          note: "Start date not verified; the rule is unchanged in the 2011 'Value of Imported Goods' leaflet.",
        },
      },
    ],
    taxes: [
      {
        code: "GST",
        name: "GST on imports (Australia)",
        rates: { standard: "0.10" },
        base: ["customs-value", "duty", "freight", "insurance"],
        rule: {
          id: "au-gst-10",
          authority: "Australian Taxation Office",
          source:
            "https://smallbusiness.taxsuperandyou.gov.au/growing-your-small-business/paying-gst-on-imported-goods",
          validFrom: "2000-07-01",
          note: "Wine equalisation tax, part of the base for wine, is not modelled.",
        },
      },
    ],
    rounding: [
      minorUnitRounding({
        id: "au-rounding-cent",
        authority: "Australian Border Force",
        source: "half-up to the cent per declaration (library default)",
        validFrom: "2000-07-01",
      }),
    ],
    regimes: [
      {
        code: "AU_LOW_VALUE_GST",
        name: "Australia goods ≤ A$1,000: GST at the point of sale, no duty at the border",
        rule: {
          id: "au-lvig-2018",
          authority: "Australian Government (Home Affairs / ATO)",
          source: "https://archive.homeaffairs.gov.au/News/Pages/gst-on-low-value-imported-goods.aspx",
          validFrom: "2018-07-01",
          note: "Vendors under the A$75,000 registration threshold do not collect GST; alcohol and tobacco stay taxed at the border.",
        },
        threshold: { amount: money("1000", "AUD"), inclusive: true, measure: "customs-value" },
        buyers: ["consumer"],
        exceptHs: ["2203", "2204", "2205", "2206", "2207", "2208", "24"],
        duty: "exempt",
        tax: "point-of-sale",
        fees: "exempt",
      },
    ],
    fees: [],
    additionalDuties: [],
  };
}
