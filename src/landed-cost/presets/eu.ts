import { money } from "../../core/index.js";
import type { ImportTaxRule, LowValueRegime, MarketRules } from "../marketRules.js";
import type { RuleRef } from "../ruleRef.js";
import { minorUnitRounding } from "./common.js";

const UCC_VALUATION: RuleRef = {
  id: "eu-ucc-art-70-71-cif",
  authority: "European Union (UCC, Regulation (EU) 952/2013, Arts. 70, 71(1)(e), 72(a))",
  source: "https://kluwerlawonline.com/journalarticle/Global+Trade+and+Customs+Journal/17.1/GTCJ2022007",
  validFrom: "2016-05-01",
  note: "UCC application date 1 May 2016 not independently verified; Art. 72 list: https://tudorfreight.com/logistics/latest-news/2020/costs-that-do-not-form-part-of-the-customs-value/",
};

const IOSS_SOURCE = "https://www.dpd.com/ch/en/faq/ioss-modifications/";
const FLAT_DUTY_SOURCE =
  "https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/";

/**
 * Options of {@link createEuMarketRules}: the member state, its VAT rates (decimal fractions per category) and
 * the rule behind them.
 *
 * @example
 * ```ts
 * const nl: EuMemberStateVat = { destination: "NL", name: "Netherlands", rates: { standard: "0.21" }, rule };
 * ```
 */
export interface EuMemberStateVat {
  /** The member state (ISO 3166-1 alpha-2). */
  readonly destination: string;
  /** Its name. */
  readonly name: string;
  /** VAT rates per tax category. */
  readonly rates: Readonly<Record<string, string>>;
  /** The source and validity of the rates. */
  readonly rule: RuleRef;
}

/**
 * Builds the rules of one EU member state: the common customs rules (CIF valuation, IOSS, the €150 duty relief
 * until 30 June 2026, the interim €3 duty per tariff subheading from 1 July 2026) plus that state's import VAT.
 * Use it for member states without a preset.
 *
 * @example
 * ```ts
 * const nl = createEuMarketRules({ destination: "NL", name: "Netherlands", rates: { standard: "0.21" },
 *   rule: { id: "nl-vat", authority: "Belastingdienst", source: "https://...", validFrom: "2019-01-01" } });
 * ```
 */
export function createEuMarketRules(vat: EuMemberStateVat): MarketRules {
  const tax: ImportTaxRule = {
    code: "IMPORT_VAT",
    name: `Import VAT (${vat.name})`,
    rates: vat.rates,
    base: ["customs-value", "duty", "onward-transport"],
    rule: vat.rule,
  };
  return {
    destination: vat.destination,
    customsTerritory: "EU",
    name: vat.name,
    currency: "EUR",
    valuation: [{ basis: "CIF", rule: UCC_VALUATION }],
    taxes: [tax],
    rounding: [
      minorUnitRounding({
        id: "eu-rounding-cent",
        authority: "European Union",
        source: "half-up to the cent per declaration (library default)",
        validFrom: "2016-05-01",
      }),
    ],
    regimes: euLowValueRegimes(),
    fees: [],
    additionalDuties: [],
  };
}

function euLowValueRegimes(): LowValueRegime[] {
  const limit = { amount: money("150", "EUR"), inclusive: true, measure: "intrinsic-value" } as const;
  const flat = { kind: "flat-per-subheading", amount: money("3", "EUR"), subheadingDigits: 6 } as const;
  const flatRule = (id: string, note: string): RuleRef => ({
    id,
    authority: "European Union (Council Regulation (EU) 2026/382; Delegated Regulation (EU) 2026/1022)",
    source: FLAT_DUTY_SOURCE,
    validFrom: "2026-07-01",
    validTo: "2028-06-30",
    note,
  });
  return [
    {
      code: "EU_IOSS",
      name: "EU Import One-Stop Shop (VAT at checkout, duty relief ≤ €150)",
      rule: {
        id: "eu-ioss-2021",
        authority: "European Union (VAT e-commerce package)",
        source: IOSS_SOURCE,
        validFrom: "2021-07-01",
        validTo: "2026-06-30",
      },
      threshold: limit,
      buyers: ["consumer"],
      requiresIoss: true,
      duty: "exempt",
      tax: "point-of-sale",
      fees: "normal",
    },
    {
      code: "EU_LOW_VALUE_DUTY_RELIEF",
      name: "EU customs duty relief for consignments ≤ €150 (import VAT due at the border)",
      rule: {
        id: "eu-duty-relief-150",
        authority: "European Union (Regulation (EC) 1186/2009, Art. 23)",
        source:
          "https://vatupdate.com/2021/04/01/the-new-eu-vat-e-commerce-package-implications-for-low-value-importers",
        validFrom: "2021-07-01",
        validTo: "2026-06-30",
        note: "In force long before 2021; the preset starts with the VAT e-commerce package.",
      },
      threshold: limit,
      duty: "exempt",
      tax: "border",
      fees: "normal",
    },
    {
      code: "EU_IOSS_FLAT_DUTY",
      name: "EU IOSS with the interim €3 duty per tariff subheading",
      rule: flatRule(
        "eu-flat-duty-3-ioss",
        "≤ €150 inclusive and per distinct 6-digit subheading per the 2026 sources; a full H1 declaration may count 10-digit codes; end date may be extended.",
      ),
      threshold: limit,
      buyers: ["consumer"],
      requiresIoss: true,
      duty: flat,
      tax: "point-of-sale",
      fees: "normal",
    },
    {
      code: "EU_LOW_VALUE_FLAT_DUTY",
      name: "EU interim €3 duty per tariff subheading, import VAT at the border",
      rule: flatRule(
        "eu-flat-duty-3-distance-sale",
        "Uncertain scope: WiseTech Academy (Commission guide) says every B2C distance sale ≤ €150 whatever the VAT scheme; other sources say IOSS or postal only. Override the regime if your flow differs.",
      ),
      threshold: limit,
      buyers: ["consumer"],
      duty: flat,
      tax: "border",
      fees: "normal",
    },
  ];
}

/** @internal the EU member states with a preset VAT rate. */
export function euPresetMarkets(): MarketRules[] {
  const vatBaseSource =
    "https://www.vatupdate.com/2021/06/23/roadtrip-through-ecj-customs-cases-focus-on-customs-valuation-taxable-amount-for-vat-purposes/";
  return [
    createEuMarketRules({
      destination: "DE",
      name: "Germany",
      rates: { standard: "0.19", reduced: "0.07" },
      rule: {
        id: "de-import-vat-19",
        authority: "Germany (UStG; VAT Directive 2006/112/EC Arts. 85-86)",
        source: vatBaseSource,
        validFrom: "2021-01-01",
        note: "16%/5% applied 1 Jul-31 Dec 2020, not covered; the 7% reduced rate is from general knowledge, unverified.",
      },
    }),
    createEuMarketRules({
      destination: "FR",
      name: "France",
      rates: { standard: "0.20" },
      rule: {
        id: "fr-import-vat-20",
        authority: "France (CGI; VAT Directive 2006/112/EC Arts. 85-86)",
        source: vatBaseSource,
        validFrom: "2014-01-01",
        note: "Start date from general knowledge, unverified; reduced rates not preset.",
      },
    }),
    createEuMarketRules({
      destination: "IE",
      name: "Ireland",
      rates: { standard: "0.23" },
      rule: {
        id: "ie-import-vat-23",
        authority: "Ireland (VAT Consolidation Act 2010; VAT Directive 2006/112/EC Arts. 85-86)",
        source: vatBaseSource,
        validFrom: "2021-03-01",
        note: "21% applied 1 Sep 2020-28 Feb 2021, not covered; start date from general knowledge, unverified.",
      },
    }),
  ];
}
