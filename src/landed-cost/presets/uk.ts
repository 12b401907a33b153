import { money } from "../../core/index.js";
import type { MarketRules } from "../marketRules.js";
import { minorUnitRounding } from "./common.js";

/** @internal United Kingdom: CIF to the border (post: to the delivery address), VAT 20%, ≤ £135 at the point of sale. */
export function ukMarketRules(): MarketRules {
  return {
    destination: "GB",
    customsTerritory: "GB",
    name: "United Kingdom",
    currency: "GBP",
    valuation: [
      {
        basis: "CIF",
        onwardTransportIncludedForModes: ["postal"],
        rule: {
          id: "uk-delivery-costs-in-customs-value",
          authority: "HMRC",
          source: "https://www.gov.uk/guidance/delivery-costs-to-include-in-the-customs-value",
          validFrom: "2021-01-01",
        },
      },
    ],
    taxes: [
      {
        code: "IMPORT_VAT",
        name: "Import VAT (United Kingdom)",
        rates: { standard: "0.20", reduced: "0.05", zero: "0" },
        base: ["customs-value", "duty", "onward-transport"],
        rule: {
          id: "uk-import-vat-20",
          authority: "HMRC (VATA 1994 s.21)",
          source: "https://www.nibusinessinfo.co.uk/content/value-import-vat",
          validFrom: "2021-01-01",
          note: "Base per nibusinessinfo / Halsbury's; 5% and 0% from general knowledge.",
        },
      },
    ],
    rounding: [
      minorUnitRounding({
        id: "uk-rounding-penny",
        authority: "HMRC",
        source: "half-up to the penny per declaration (library default)",
        validFrom: "2021-01-01",
      }),
    ],
    regimes: [
      {
        code: "UK_LOW_VALUE_POINT_OF_SALE",
        name: "UK consignments ≤ £135: VAT at the point of sale, customs duty relief",
        rule: {
          id: "uk-135-point-of-sale",
          authority: "HMRC",
          source: "http://brexitlegalguide.co.uk/vat-on-direct-sales-to-customers-2021-uk-guidance/",
          validFrom: "2021-01-01",
          note: "Duty relief abolition announced 26 Nov 2025 for 'March 2029 at the latest', no date yet: https://taxscape.deloitte.com/measures-autumn-budget-2025/customs-duty-relief-for-low-value-imports.aspx",
        },
        threshold: { amount: money("135", "GBP"), inclusive: true, measure: "intrinsic-value" },
        duty: "exempt",
        tax: "point-of-sale",
        fees: "normal",
      },
    ],
    fees: [],
    additionalDuties: [],
  };
}
