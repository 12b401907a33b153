import { money } from "../../core/index.js";
import type { LowValueRegime, MarketRules } from "../marketRules.js";
import type { RuleRef } from "../ruleRef.js";
import { minorUnitRounding } from "./common.js";

const CBSA_LVS = "https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html";

/** @internal Canada: FOB (place of direct shipment) valuation, GST 5% on VFD + duty, CAD 20 / CUSMA courier thresholds. */
export function caMarketRules(): MarketRules {
  return {
    destination: "CA",
    customsTerritory: "CA",
    name: "Canada",
    currency: "CAD",
    valuation: [
      {
        basis: "FOB",
        rule: {
          id: "ca-vfd-place-of-direct-shipment",
          authority: "CBSA (Memorandum D13-3-3)",
          source: "https://cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-3-eng.html",
          validFrom: "2013-09-25",
        },
      },
    ],
    taxes: [
      {
        code: "GST",
        name: "GST on imports (Canada)",
        rates: { standard: "0.05" },
        base: ["customs-value", "duty"],
        rule: {
          id: "ca-gst-5",
          authority: "CBSA / Canada Revenue Agency",
          source: "https://smallformfactor.net/forum/threads/s4-mini-classic-s4m-c.96/post-46018",
          validFrom: "2008-01-01",
          note: "Secondary copy of a CBSA example; HST and PST by province are not modelled (add them as a tax rule).",
        },
      },
    ],
    rounding: [
      minorUnitRounding({
        id: "ca-rounding-cent",
        authority: "CBSA",
        source: "half-up to the cent per declaration (library default)",
        validFrom: "2008-01-01",
      }),
    ],
    regimes: caLowValueRegimes(),
    fees: [],
    additionalDuties: [],
  };
}

function caLowValueRegimes(): LowValueRegime[] {
  const cusma: RuleRef = {
    id: "ca-cusma-courier-lvs",
    authority: "CBSA (Customs Notice 20-18)",
    source: "https://cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html",
    validFrom: "2020-07-01",
  };
  const remission = (id: string): RuleRef => ({
    id,
    authority: "CBSA (Courier Imports Remission Order, SI/2020-34; postal imports)",
    source: CBSA_LVS,
    validFrom: "2020-07-01",
    note: "Start date taken as the CUSMA entry into force; not verified.",
  });
  const at = (amount: string) => ({ amount: money(amount, "CAD"), inclusive: true, measure: "customs-value" }) as const;
  return [
    {
      code: "CA_CUSMA_COURIER_TAX_FREE",
      name: "Canada courier from the US or Mexico ≤ CAD 40: no duty, no tax",
      rule: cusma,
      threshold: at("40"),
      modes: ["express"],
      shipFrom: { only: ["US", "MX"] },
      duty: "exempt",
      tax: "exempt",
      fees: "exempt",
    },
    {
      code: "CA_CUSMA_COURIER_DUTY_FREE",
      name: "Canada courier from the US or Mexico ≤ CAD 150: no duty, taxes due",
      rule: cusma,
      threshold: at("150"),
      modes: ["express"],
      shipFrom: { only: ["US", "MX"] },
      duty: "exempt",
      tax: "border",
      fees: "exempt",
    },
    {
      code: "CA_COURIER_LOW_VALUE",
      name: "Canada courier ≤ CAD 20: no duty, no tax",
      rule: remission("ca-courier-20"),
      threshold: at("20"),
      modes: ["express"],
      shipFrom: { except: ["US", "MX"] },
      duty: "exempt",
      tax: "exempt",
      fees: "exempt",
    },
    {
      code: "CA_POSTAL_LOW_VALUE",
      name: "Canada post ≤ CAD 20: no duty, no tax",
      rule: remission("ca-postal-20"),
      threshold: at("20"),
      modes: ["postal"],
      duty: "exempt",
      tax: "exempt",
      fees: "exempt",
    },
  ];
}
