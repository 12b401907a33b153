import type { FxRate, Money } from "../core/index.js";
import type { LandedCostRegime } from "./regime.js";
import type { RuleRef } from "./ruleRef.js";

/**
 * One duty, tax or fee with its explanation. Amounts are in the declaration currency (the one the authority
 * computes in: EUR for Germany, JPY for Japan); `amountInCurrency` is the same amount in the result currency.
 * Line charges carry `lineId`; declaration charges (fees, the EU flat duty, broker fees) do not and are allocated
 * over the lines by customs value. `computed` is the amount before the authority's rounding of the total; `amount`
 * is this charge's share of the rounded total, so charges always add up to the totals.
 *
 * @example
 * ```ts
 * const vat = result.charges.find((c) => c.code === "IMPORT_VAT");
 * vat?.base?.amount.toFixed(2); // "1290.00"
 * vat?.rule.source; // "https://www.vatupdate.com/..."
 * ```
 */
export interface LandedCostCharge {
  /** Unique within the result, e.g. `CUSTOMS_DUTY:line-1` or `US_MPF`. */
  readonly id: string;
  /** Duty, import tax or fee. */
  readonly kind: "duty" | "tax" | "fee";
  /** Stable code: `CUSTOMS_DUTY`, `US_SECTION_122`, `IMPORT_VAT`, `GST`, `US_MPF`, `EU_FLAT_DUTY`, ... */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** The line it belongs to; absent for declaration-level charges. */
  readonly lineId?: string;
  /** What the rate was applied to (declaration currency). */
  readonly base?: Money;
  /** The rate as a decimal fraction when there is one (`"0.19"`). */
  readonly rate?: string;
  /** The rule in words: `"12%"`, `"30% or 4300 JPY/pair, whichever is higher"`, `"22/78 of national tax"`. */
  readonly description: string;
  /** Before the authority's rounding of the declaration total (declaration currency). */
  readonly computed: Money;
  /** The charge (declaration currency). */
  readonly amount: Money;
  /** The charge in the result currency. */
  readonly amountInCurrency: Money;
  /** Who collects it: customs at the border, the seller at the point of sale, or a service provider (broker). */
  readonly collection: "border" | "point-of-sale" | "service-provider";
  /** The rule behind it. */
  readonly rule: RuleRef;
}

/**
 * One line's landed cost, every amount in the result currency. `goods` is the price paid (it already contains
 * the shipment costs its Incoterm includes); `freight`, `insurance` and `onwardTransport` are the
 * line's shares of the separately paid costs; `landedCost` is the sum and `unitLandedCost` its value per unit,
 * rounded half-up to two more decimals than the currency has.
 *
 * @example
 * ```ts
 * const line = result.lines[0];
 * line?.unitLandedCost.amount.toString();
 * ```
 */
export interface LandedCostLine {
  readonly id: string;
  readonly quantity: string;
  readonly customsValue: Money;
  readonly goods: Money;
  readonly freight: Money;
  readonly insurance: Money;
  readonly onwardTransport: Money;
  readonly duty: Money;
  readonly tax: Money;
  readonly fees: Money;
  readonly landedCost: Money;
  readonly unitLandedCost: Money;
}

/**
 * The landed cost of a shipment: totals in the result currency (`landedTotal` is exactly the sum of the lines'
 * `landedCost`), every charge with its base, rate, rule and amount, the regime applied and why, the figures in
 * the declaration currency, the exchange rates used and notes about assumptions.
 *
 * @example
 * ```ts
 * const result: LandedCostResult = landedCost(input);
 * result.landedTotal.amount.toFixed(2);
 * ```
 */
export interface LandedCostResult {
  readonly destination: string;
  readonly date: string;
  readonly currency: string;
  readonly customsValue: Money;
  readonly goodsTotal: Money;
  readonly shippingTotal: Money;
  readonly dutyTotal: Money;
  readonly taxTotal: Money;
  readonly feeTotal: Money;
  readonly landedTotal: Money;
  readonly charges: readonly LandedCostCharge[];
  readonly lines: readonly LandedCostLine[];
  readonly regime: LandedCostRegime;
  /** The same figures as the authority computes them, in its currency. */
  readonly declaration: {
    readonly currency: string;
    readonly intrinsicValue: Money;
    readonly customsValue: Money;
    readonly dutyTotal: Money;
    readonly taxTotal: Money;
    readonly feeTotal: Money;
  };
  /** Every exchange rate used, with its date and source. */
  readonly fx: readonly FxRate[];
  /** The rules of the destination applied (valuation and rounding). */
  readonly rules: { readonly valuation: RuleRef; readonly rounding: RuleRef };
  /** Assumptions worth telling the user about (e.g. freight not given for a CIF market). */
  readonly notes: readonly string[];
}
