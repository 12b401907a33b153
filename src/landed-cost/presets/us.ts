import { money } from "../../core/index.js";
import type { FeeRule, MarketRules } from "../marketRules.js";
import type { RuleRef } from "../ruleRef.js";
import { minorUnitRounding } from "./common.js";

const MPF_RATE = "0.003464";

/** @internal United States: transaction value, no import VAT, de minimis with its suspensions, MPF, HMF, Section 122. */
export function usMarketRules(): MarketRules {
  return {
    destination: "US",
    customsTerritory: "US",
    name: "United States",
    currency: "USD",
    formalEntryThreshold: money("2500", "USD"),
    valuation: [
      {
        basis: "FOB",
        rule: {
          id: "us-transaction-value",
          authority: "CBP (19 U.S.C. 1401a)",
          source:
            "https://dokumen.tips/documents/icp-proper-deductions-of-freight-and-other-costs-from-deductions-of-freight.html",
          validFrom: "1980-07-01",
          note: "Transaction value since the Trade Agreements Act of 1979; the start date and citation are not verified.",
        },
      },
    ],
    taxes: [],
    rounding: [
      minorUnitRounding({
        id: "us-rounding-cent",
        authority: "CBP",
        source: "half-up to the cent per entry (library default)",
        validFrom: "1980-07-01",
      }),
    ],
    regimes: [
      {
        code: "US_DE_MINIMIS",
        name: "US de minimis (Section 321): ≤ $800, no duty, no entry fees",
        rule: {
          id: "us-section-321-800",
          authority: "CBP (19 U.S.C. 1321, as amended by TFTEA)",
          source:
            "https://www.thompsonhinesmartrade.com/2025/04/trump-signs-eo-prohibiting-duty-free-de-minimis-treatment-for-goods-from-china/",
          validFrom: "2016-03-10",
          validTo: "2027-06-30",
          note: "Statutory end for commercial shipments 1 Jul 2027 (One Big Beautiful Bill Act): https://www.beneschlaw.com/resources/customs-de-minimis-ending-in-2027-big-beautiful-bill-impact-analysis-for-supply-chains.html . Value measured on the customs value (fair retail value in practice).",
        },
        threshold: { amount: money("800", "USD"), inclusive: true, measure: "customs-value" },
        suspensions: [
          {
            origins: ["CN", "HK"],
            rule: {
              id: "us-eo-14256-cn-hk",
              authority: "Executive Order 14256",
              source: "https://www.tid.gov.hk/en/tradecircular/2025/ci3872025.html",
              validFrom: "2025-05-02",
            },
          },
          {
            origins: "all",
            rule: {
              id: "us-eo-14324-all",
              authority: "Executive Order 14324 (continued by the EO of 20 Feb 2026)",
              source: "https://www.govinfo.gov/content/pkg/CDOC-119hdoc85/html/CDOC-119hdoc85.htm",
              validFrom: "2025-08-29",
              note: "Postal items pay special per-item duties under the suspension; not modelled (charged as normal duty here).",
            },
          },
        ],
        duty: "exempt",
        tax: "exempt",
        fees: "exempt",
      },
    ],
    fees: usFees(),
    additionalDuties: [
      {
        code: "US_SECTION_122",
        name: "Section 122 temporary import surcharge (HTS 9903.03.01)",
        origins: "all",
        exceptOrigins: ["CA", "MX"],
        measure: { kind: "ad-valorem", rate: "0.10" },
        rule: {
          id: "us-section-122-10",
          authority: "Presidential proclamation under Section 122, Trade Act of 1974",
          source:
            "https://www.thompsonhinesmartrade.com/2026/02/president-trump-implements-temporary-import-duties-under-section-122-of-the-trade-act-of-1974-and-continues-the-suspension-of-duty-free-de-minimis-exception-for-international-shipments",
          validFrom: "2026-02-24",
          validTo: "2026-07-23",
          note: "150 days from 24 Feb 2026. Uncertain: a raise to 15% was announced; extension or replacement after July 2026 unknown; Annex exemptions and the no-stacking rule with Section 232 are not modelled; the CA/MX exemption stands for USMCA-qualifying goods.",
        },
      },
    ],
  };
}

function usFees(): FeeRule[] {
  const fy = (year: number): Pick<RuleRef, "validFrom" | "validTo"> => ({
    validFrom: `${year - 1}-10-01`,
    validTo: `${year}-09-30`,
  });
  const formal = (year: number, min: string, max: string, source: string): FeeRule => ({
    code: "US_MPF",
    name: `Merchandise Processing Fee, formal entry (FY${year})`,
    entry: "formal",
    charge: { kind: "ad-valorem", rate: MPF_RATE, min: money(min, "USD"), max: money(max, "USD") },
    rule: { id: `us-mpf-formal-fy${year}`, authority: "CBP (19 CFR 24.23)", source, ...fy(year) },
  });
  const informal = (year: number, amount: string, source: string, note?: string): FeeRule => ({
    code: "US_MPF",
    name: `Merchandise Processing Fee, informal entry, automated (FY${year})`,
    entry: "informal",
    charge: { kind: "flat", amount: money(amount, "USD") },
    rule: {
      id: `us-mpf-informal-fy${year}`,
      authority: "CBP (19 CFR 24.23)",
      source,
      ...fy(year),
      ...(note ? { note } : {}),
    },
  });
  return [
    formal(
      2024,
      "31.67",
      "614.35",
      "https://imsw.com/cbp-adjusting-merchandise-processing-fee-limitations-in-fiscal-year-2025-due-to-inflation",
    ),
    formal(
      2025,
      "32.71",
      "634.62",
      "https://junologistics.com/juno-blog/cbp-to-increase-user-fees-for-fiscal-year-2025",
    ),
    {
      ...formal(
        2026,
        "33.58",
        "651.50",
        "https://joalvarez.com/%F0%9F%93%A2-mpf-fee-adjustment-effective-october-1-2025/",
      ),
      rule: {
        id: "us-mpf-formal-fy2026",
        authority: "CBP (19 CFR 24.23; CSMS #65741993)",
        source: "https://joalvarez.com/%F0%9F%93%A2-mpf-fee-adjustment-effective-october-1-2025/",
        ...fy(2026),
        note: "A FedEx page gives a $31.88 minimum; $33.58 (CSMS #65741993) is assumed.",
      },
    },
    informal(2025, "2.62", "https://sobelnet.com/csms-61620300-revised-catair-v92-document-updated-fy25-customs-fees/"),
    informal(
      2026,
      "2.69",
      "https://www.fedex.com/en-ca/shipping-services/international/regulatory/mpf.html",
      "Manual entries pay $8.06 / $12.09 in FY2026; override the fee for them.",
    ),
    {
      code: "US_HMF",
      name: "Harbor Maintenance Fee (ocean cargo)",
      modes: ["ocean"],
      charge: { kind: "ad-valorem", rate: "0.00125" },
      rule: {
        id: "us-hmf-0125",
        authority: "CBP (26 U.S.C. 4461)",
        source: "https://www.freightos.com/freight-resources/harbor-maintenance-fees-hmf/",
        validFrom: "1990-01-01",
        note: "0.125% since 1990 per general knowledge; start date not verified.",
      },
    },
  ];
}
