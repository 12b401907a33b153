import type { Money, RoundingMode } from "../core/index.js";
import type { DutyMeasure } from "./dutyMeasure.js";
import type { RuleRef } from "./ruleRef.js";

/**
 * How the goods travel. `express` is courier (DHL, FedEx, UPS, SF), `postal` is the postal network.
 *
 * @example
 * ```ts
 * const mode: TransportMode = "ocean";
 * ```
 */
export type TransportMode = "express" | "postal" | "air" | "ocean" | "road" | "rail";

/**
 * Who buys: a business importer or a consumer (distance sale). Low-value regimes such as IOSS depend on it.
 *
 * @example
 * ```ts
 * const buyer: BuyerKind = "consumer";
 * ```
 */
export type BuyerKind = "business" | "consumer";

/**
 * A rounding an authority prescribes: a mode and, optionally, a step (`"1000"` for Japan's duty base). Without a
 * step the amount is rounded to the currency's minor unit.
 *
 * @example
 * ```ts
 * const japanDuty: RoundingStep = { mode: "down", step: "100" };
 * ```
 */
export interface RoundingStep {
  /** The rounding mode (`half-up`, `down`, ...). */
  readonly mode: RoundingMode;
  /** The unit to round to, as a decimal string; the currency's minor unit when absent. */
  readonly step?: string;
}

/**
 * Which value customs levies duty on. `CIF`: price plus carriage and insurance to the border (EU, UK, Japan,
 * China). `FOB`: transaction value without international carriage and insurance (US, Canada, Australia).
 * `onwardTransportIncludedForModes` extends the CIF point to the delivery address for some modes (UK post).
 *
 * @example
 * ```ts
 * const uk: ValuationRule = { basis: "CIF", onwardTransportIncludedForModes: ["postal"], rule: ukDeliveryCostsRule };
 * ```
 */
export interface ValuationRule {
  /** `CIF` or `FOB`. */
  readonly basis: "CIF" | "FOB";
  /** Modes for which transport to the delivery address is part of the customs value. */
  readonly onwardTransportIncludedForModes?: readonly TransportMode[];
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
}

/**
 * What an import tax is levied on, per line: the customs value, the duty, carriage and insurance (added only when
 * the customs value does not already contain them), onward transport (likewise), and the taxes computed before
 * this one (`prior-taxes`, e.g. China's consumption tax in the VAT base).
 *
 * @example
 * ```ts
 * const euVatBase: TaxBaseComponent[] = ["customs-value", "duty", "onward-transport"];
 * ```
 */
export type TaxBaseComponent = "customs-value" | "duty" | "freight" | "insurance" | "onward-transport" | "prior-taxes";

/**
 * An import tax (VAT, GST, consumption tax) of one destination: rates per tax category (`standard`, `reduced`,
 * or any category the host defines), its base, and optional refinements: `grossUp` (China's consumption tax is
 * levied on `base / (1 − rate)`), `optionalByCategory` (lines whose category has no rate pay none), and `surtax`
 * (Japan's local consumption tax, 22/78 of the national tax).
 *
 * @example
 * ```ts
 * const deVat: ImportTaxRule = {
 *   code: "IMPORT_VAT", name: "Einfuhrumsatzsteuer (import VAT)", rates: { standard: "0.19", reduced: "0.07" },
 *   base: ["customs-value", "duty", "onward-transport"], rule: deVatRule,
 * };
 * ```
 */
export interface ImportTaxRule {
  /** Stable code of the charge, e.g. `IMPORT_VAT`, `GST`, `JP_CONSUMPTION_TAX`. */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** Rates (decimal fractions) per tax category. */
  readonly rates: Readonly<Record<string, string>>;
  /** The parts of the base. */
  readonly base: readonly TaxBaseComponent[];
  /** Levy the rate on `base / (1 − rate)` (consumption-tax gross-up). */
  readonly grossUp?: boolean;
  /** When true, a line whose category has no rate pays no such tax instead of failing. */
  readonly optionalByCategory?: boolean;
  /** A tax computed as a fraction of this tax (Japan's local consumption tax = national × 22/78). */
  readonly surtax?: {
    readonly code: string;
    readonly name: string;
    readonly numerator: number;
    readonly denominator: number;
  };
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
}

/**
 * How an authority rounds, as data. Duties and taxes are computed per line ("raw", optionally truncated with
 * `lineRaw`), the declaration total is `Σ raw` rounded with `dutyTotal` / `taxTotal`, and each line's rounded
 * amount (`lineDuty` / `lineTax`) feeds the next base. `dutyBase` / `taxBase` round the bases first (Japan: down to
 * ¥1,000). Defaults everywhere else: half-up to the minor unit.
 *
 * @example
 * ```ts
 * const cents: AuthorityRounding = { lineDuty: { mode: "half-up" }, dutyTotal: { mode: "half-up" },
 *   lineTax: { mode: "half-up" }, taxTotal: { mode: "half-up" }, rule: someRule };
 * ```
 */
export interface AuthorityRounding {
  /** Rounding of each line's dutiable value before ad valorem rates. */
  readonly dutyBase?: RoundingStep;
  /** Truncation of each line's computed duty or tax before summing (Japan: fractions of a yen dropped). */
  readonly lineRaw?: RoundingStep;
  /** Each line's duty as it enters the tax base. */
  readonly lineDuty: RoundingStep;
  /** The declaration's total duty. */
  readonly dutyTotal: RoundingStep;
  /** Rounding of each line's tax base. */
  readonly taxBase?: RoundingStep;
  /** Each line's tax as it enters later bases and surtaxes. */
  readonly lineTax: RoundingStep;
  /** The declaration's total of each tax. */
  readonly taxTotal: RoundingStep;
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
}

/**
 * How a low-value regime treats duty: `exempt`, `normal`, or a flat amount per distinct tariff subheading (the
 * EU's interim €3 from 1 July 2026).
 *
 * @example
 * ```ts
 * const eu: RegimeDutyTreatment = { kind: "flat-per-subheading", amount: money("3", "EUR"), subheadingDigits: 6 };
 * ```
 */
export type RegimeDutyTreatment =
  | "exempt"
  | "normal"
  | { readonly kind: "flat-per-subheading"; readonly amount: Money; readonly subheadingDigits: number };

/**
 * A low-value regime of a destination (US de minimis, EU IOSS, UK ≤ £135, Australia ≤ A$1,000, Canada CAD 20,
 * Japan ¥10,000): when it applies (threshold, buyers, modes, ship-from countries, IOSS registration, dates,
 * suspensions by origin) and what it does to duty, import taxes and fees. `exceptHs` lists tariff prefixes the
 * regime does not cover (they are charged normally).
 *
 * @example
 * ```ts
 * const regime: LowValueRegime = {
 *   code: "AU_LOW_VALUE_GST", name: "Australia GST at the point of sale", rule,
 *   threshold: { amount: money("1000", "AUD"), inclusive: true, measure: "customs-value" },
 *   buyers: ["consumer"], duty: "exempt", tax: "point-of-sale", fees: "exempt",
 * };
 * ```
 */
export interface LowValueRegime {
  /** Stable code, e.g. `US_DE_MINIMIS`. */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
  /** The value limit in the destination's currency; `inclusive` means "up to and including". */
  readonly threshold: {
    readonly amount: Money;
    readonly inclusive: boolean;
    /** `intrinsic-value`: the goods without carriage and insurance; `customs-value`: the duty base. */
    readonly measure: "intrinsic-value" | "customs-value";
  };
  /** Buyers it applies to; all when absent. */
  readonly buyers?: readonly BuyerKind[];
  /** Modes it applies to; all when absent. */
  readonly modes?: readonly TransportMode[];
  /** Ship-from countries it is limited to (`only`) or not available for (`except`). */
  readonly shipFrom?: { readonly only?: readonly string[]; readonly except?: readonly string[] };
  /** Only for sellers registered in the EU Import One-Stop Shop. */
  readonly requiresIoss?: boolean;
  /** Dated suspensions by origin ("all" for every origin); a consignment with any suspended origin is excluded. */
  readonly suspensions?: readonly { readonly origins: readonly string[] | "all"; readonly rule: RuleRef }[];
  /** Tariff prefixes outside the regime, charged normally (Japan leather footwear, Australian alcohol). */
  readonly exceptHs?: readonly string[];
  /** Duty treatment. */
  readonly duty: RegimeDutyTreatment;
  /** Import taxes: not charged, charged at the border, or collected by the seller at the point of sale. */
  readonly tax: "exempt" | "border" | "point-of-sale";
  /** Whether entry fees (US MPF, HMF) apply. */
  readonly fees: "exempt" | "normal";
}

/**
 * An entry fee (US MPF, HMF): ad valorem on the customs value with optional min/max clamps, or flat per entry;
 * limited to formal or informal entries and to modes when given.
 *
 * @example
 * ```ts
 * const hmf: FeeRule = { code: "US_HMF", name: "Harbor Maintenance Fee", modes: ["ocean"],
 *   charge: { kind: "ad-valorem", rate: "0.00125" }, rule };
 * ```
 */
export interface FeeRule {
  /** Stable code, e.g. `US_MPF`. */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** Limit to formal or informal entries. */
  readonly entry?: "formal" | "informal";
  /** Limit to these modes. */
  readonly modes?: readonly TransportMode[];
  /** How much. */
  readonly charge:
    | { readonly kind: "ad-valorem"; readonly rate: string; readonly min?: Money; readonly max?: Money }
    | { readonly kind: "flat"; readonly amount: Money };
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
}

/**
 * An additional duty stacked on the tariff by origin (US Section 301 on Chinese goods, Section 122 surcharge),
 * limited to tariff prefixes when given, with its authority and validity.
 *
 * @example
 * ```ts
 * const s301: AdditionalDutyLayer = { code: "US_SECTION_301", name: "Section 301 (list 3)", origins: ["CN"],
 *   hsPrefixes: ["8471"], measure: { kind: "ad-valorem", rate: "0.25" }, rule };
 * ```
 */
export interface AdditionalDutyLayer {
  /** Stable code of the charge. */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** Origins it applies to. */
  readonly origins: readonly string[] | "all";
  /** Origins exempted (e.g. USMCA partners). */
  readonly exceptOrigins?: readonly string[];
  /** Tariff prefixes it is limited to; all when absent. */
  readonly hsPrefixes?: readonly string[];
  /** Tariff prefixes exempted. */
  readonly exceptHs?: readonly string[];
  /** The measure. */
  readonly measure: DutyMeasure;
  /** Where the rule comes from and when it applies. */
  readonly rule: RuleRef;
}

/**
 * Everything the calculator knows about one destination, as dated data: valuation basis, import taxes, rounding,
 * low-value regimes, fees and additional duty layers. Presets come from {@link landedCostMarkets}; the host can
 * replace or extend any of them.
 *
 * @example
 * ```ts
 * const de = landedCostMarkets().DE;
 * const custom: MarketRules = { ...de, taxes: [...de.taxes, myExtraTax] };
 * ```
 */
export interface MarketRules {
  /** The destination country (ISO 3166-1 alpha-2). */
  readonly destination: string;
  /** The customs territory whose tariff applies (`EU` for member states). */
  readonly customsTerritory: string;
  /** Human name. */
  readonly name: string;
  /** The currency customs declares and computes in. */
  readonly currency: string;
  /** Valuation rules, dated. */
  readonly valuation: readonly ValuationRule[];
  /** Import taxes, dated, applied in order. */
  readonly taxes: readonly ImportTaxRule[];
  /** Rounding rules, dated. */
  readonly rounding: readonly AuthorityRounding[];
  /** Low-value regimes, in order of preference. */
  readonly regimes: readonly LowValueRegime[];
  /** Entry fees. */
  readonly fees: readonly FeeRule[];
  /** Additional duty layers by origin. */
  readonly additionalDuties: readonly AdditionalDutyLayer[];
  /** Customs value from which an entry is formal (US: $2,500); below it is informal. */
  readonly formalEntryThreshold?: Money;
}
