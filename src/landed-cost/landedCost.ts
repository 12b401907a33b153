import { Dec, type Decimal, invalidArgument, type Money, money, opsError, parseInput } from "../core/index.js";
import { assembleAmounts } from "./assembleResult.js";
import { sumDecimals } from "./authorityRounding.js";
import { requireCountry } from "./countries.js";
import type { DraftCharge } from "./draftCharge.js";
import { computeEntryFees } from "./entryFees.js";
import { createFxLedger } from "./fxLedger.js";
import { computeImportTaxes } from "./importTaxes.js";
import { type LandedCostInput, landedCostInputSchema, type ParsedLandedCostInput } from "./landedCostInput.js";
import type { LandedCostResult } from "./landedCostResult.js";
import { computeDuties } from "./lineDuties.js";
import type { LowValueRegime, MarketRules } from "./marketRules.js";
import { landedCostMarkets } from "./presets/index.js";
import { chooseRegime, type LandedCostRegime, type RegimeCheck } from "./regime.js";
import { isRuleInForce, type RuleRef } from "./ruleRef.js";
import { markCoverage, valueShipment } from "./shipmentValuation.js";
import { showMoney } from "./showMoney.js";

/**
 * Computes the landed cost of a shipment: customs value per the destination's basis and the purchase Incoterm,
 * duties (inline measures or the tariff source, plus origin layers), import taxes, low-value regimes, entry fees
 * and host-given costs, each with its base, rate, amount and rule; the shipment costs and declaration-level
 * charges allocated over the lines so that the lines add up exactly to the totals. Pure and synchronous.
 *
 * @throws `INVALID_ARGUMENT` (shape, negative amounts, duplicate line ids), `UNKNOWN_COUNTRY`, `INVALID_HS_CODE`,
 *   `NO_MARKET_RULES`, `NO_RULE_IN_FORCE`, `TARIFF_NOT_FOUND`, `MISSING_LINE_MEASURE`, `TAX_CATEGORY_UNKNOWN`,
 *   `INCLUDED_COSTS_EXCEED_PRICE`, `FX_RATE_MISSING` — each with the path of the offending field
 * @example
 * ```ts
 * const result = landedCost({
 *   destination: "DE", date: "2026-03-15", currency: "EUR", incoterm: "FOB", mode: "ocean",
 *   lines: [{ id: "1", hsCode: "6110.20", originCountry: "CN", quantity: 1, unitPrice: money("1000.00", "EUR"),
 *     duty: [{ kind: "ad-valorem", rate: "0.12" }] }],
 *   freight: money("120.00", "EUR"), insurance: money("5.00", "EUR"), onwardTransport: money("30.00", "EUR"),
 * });
 * result.customsValue.amount.toFixed(2); // "1125.00"
 * result.taxTotal.amount.toFixed(2); // "245.10"
 * ```
 */
export function landedCost(input: LandedCostInput): LandedCostResult {
  const parsed = parseInput(landedCostInputSchema, input, ["input"]);
  checkReferences(parsed);
  const market = marketFor(parsed);
  const declared = market.currency;
  const fx = createFxLedger(parsed.fxRates, parsed.date);
  const valuation = inForce(market.valuation, parsed.date, "valuation", market);
  const rounding = inForce(market.rounding, parsed.date, "rounding", market);
  const shipment = valueShipment(parsed, valuation, declared, fx);
  const intrinsicValue = sumDecimals(shipment.lines.map((line) => line.intrinsicValue));
  const customsValue = sumDecimals(shipment.lines.map((line) => line.customsValue));
  const { regime, checks } = chooseRegime(market, {
    date: parsed.date,
    buyer: parsed.buyer,
    mode: parsed.mode,
    shipFrom: parsed.shipFrom ?? (parsed.lines[0]?.originCountry as string),
    origins: [...new Set(parsed.lines.map((line) => line.originCountry))],
    iossRegistered: parsed.iossRegistered,
    intrinsicValue,
    customsValue,
  });
  const lines = markCoverage(shipment.lines, regime);
  const toDeclared = (amount: Money, path: ReadonlyArray<string | number>): Decimal =>
    fx.convert(amount, declared, path, true).amount;
  const duties = computeDuties(lines, {
    market,
    date: parsed.date,
    currency: declared,
    rounding,
    regime,
    layers: [...market.additionalDuties, ...parsed.additionalDuties].filter((l) => isRuleInForce(l.rule, parsed.date)),
    tariffSource: parsed.tariffSource,
    toDeclared,
    dutyForTaxNeeded: market.taxes.some((tax) => !Array.isArray(tax.base) || tax.base.includes("duty")),
  });
  const taxes = computeImportTaxes(lines, {
    currency: declared,
    taxes: taxesInForce(market, parsed.date),
    rounding,
    regime,
    valuation,
    mode: parsed.mode,
    dutyForTax: duties.dutyForTax,
  });
  const entryType = market.formalEntryThreshold
    ? customsValue.gte(market.formalEntryThreshold.amount)
      ? "formal"
      : "informal"
    : undefined;
  const fees = computeEntryFees({
    currency: declared,
    fees: market.fees.filter((fee) => isRuleInForce(fee.rule, parsed.date)),
    regime,
    entryType,
    mode: parsed.mode,
    customsValue,
    toDeclared,
  });
  const drafts: DraftCharge[] = [...duties.charges, ...taxes, ...fees];
  const goods = shipment.prices.map((price, index) =>
    fx.convert(price, parsed.currency, ["input", "lines", index, "unitPrice"]),
  );
  const assembled = assembleAmounts({
    declared,
    currency: parsed.currency,
    fx,
    shipment,
    lines,
    goods,
    drafts,
    otherCosts: parsed.otherCosts,
    date: parsed.date,
  });
  const totals = lineTotals(assembled.lines);
  const inCurrency = (total: Decimal) => money(total, parsed.currency);
  const declaredTotal = (kind: DraftCharge["kind"]) =>
    money(sumDecimals(assembled.charges.filter((c) => c.kind === kind).map((c) => c.amount.amount)), declared);
  return {
    destination: parsed.destination,
    date: parsed.date,
    currency: parsed.currency,
    customsValue: inCurrency(totals.customsValue),
    goodsTotal: inCurrency(totals.goods),
    shippingTotal: inCurrency(totals.shipping),
    dutyTotal: inCurrency(totals.duty),
    taxTotal: inCurrency(totals.tax),
    feeTotal: inCurrency(totals.fees),
    landedTotal: inCurrency(totals.landedCost),
    charges: assembled.charges,
    lines: assembled.lines,
    regime: describeRegime(regime, checks, entryType, market, customsValue),
    declaration: {
      currency: declared,
      intrinsicValue: money(intrinsicValue, declared),
      customsValue: money(customsValue, declared),
      dutyTotal: declaredTotal("duty"),
      taxTotal: declaredTotal("tax"),
      feeTotal: declaredTotal("fee"),
    },
    fx: fx.used(),
    rules: { valuation: valuation.rule, rounding: rounding.rule },
    notes: notesFor(parsed, valuation.basis, regime, shipment.included),
  };
}

/** Σ over the lines of each amount in one pass (same additions, in the same order, as one sum per field). */
function lineTotals(lines: readonly LandedCostResult["lines"][number][]) {
  let customsValue: Decimal = new Dec(0);
  let goods: Decimal = new Dec(0);
  let shipping: Decimal = new Dec(0);
  let duty: Decimal = new Dec(0);
  let tax: Decimal = new Dec(0);
  let fees: Decimal = new Dec(0);
  let landedCost: Decimal = new Dec(0);
  for (const line of lines) {
    customsValue = customsValue.plus(line.customsValue.amount);
    goods = goods.plus(line.goods.amount);
    shipping = shipping.plus(line.freight.amount.plus(line.insurance.amount).plus(line.onwardTransport.amount));
    duty = duty.plus(line.duty.amount);
    tax = tax.plus(line.tax.amount);
    fees = fees.plus(line.fees.amount);
    landedCost = landedCost.plus(line.landedCost.amount);
  }
  return { customsValue, goods, shipping, duty, tax, fees, landedCost };
}

function checkReferences(input: ParsedLandedCostInput): void {
  requireCountry(input.destination, ["input", "destination"]);
  if (input.shipFrom !== undefined) requireCountry(input.shipFrom, ["input", "shipFrom"]);
  const seen = new Set<string>();
  input.lines.forEach((line, index) => {
    requireCountry(line.originCountry, ["input", "lines", index, "originCountry"]);
    if (seen.has(line.id)) throw invalidArgument(["input", "lines", index, "id"], `duplicate line id "${line.id}"`);
    seen.add(line.id);
  });
}

function marketFor(input: ParsedLandedCostInput): MarketRules {
  const market = input.markets?.[input.destination] ?? landedCostMarkets()[input.destination];
  if (!market) {
    throw opsError("NO_MARKET_RULES", [
      {
        path: ["input", "destination"],
        message: `no landed-cost rules for ${input.destination}: pass markets: { ${input.destination}: ... } (EU member states: createEuMarketRules)`,
      },
    ]);
  }
  return market;
}

function inForce<T extends { rule: RuleRef }>(rules: readonly T[], date: string, what: string, market: MarketRules): T {
  const found = rules.find((rule) => isRuleInForce(rule.rule, date));
  if (!found) {
    throw opsError("NO_RULE_IN_FORCE", [
      { path: ["input", "date"], message: `${market.name} has no ${what} rule in force on ${date}` },
    ]);
  }
  return found;
}

function taxesInForce(market: MarketRules, date: string): MarketRules["taxes"] {
  const taxes = market.taxes.filter((tax) => isRuleInForce(tax.rule, date));
  const missing = market.taxes.find((tax) => !taxes.some((t) => t.code === tax.code));
  if (missing) {
    throw opsError("NO_RULE_IN_FORCE", [
      { path: ["input", "date"], message: `${market.name} has no ${missing.name} rule in force on ${date}` },
    ]);
  }
  return taxes;
}

function describeRegime(
  regime: LowValueRegime | undefined,
  considered: RegimeCheck[],
  entryType: "formal" | "informal" | undefined,
  market: MarketRules,
  customsValue: Decimal,
): LandedCostRegime {
  const entry =
    entryType && market.formalEntryThreshold
      ? `${entryType} entry: customs value ${showMoney(customsValue, market.currency)} ${entryType === "formal" ? "≥" : "<"} ${showMoney(market.formalEntryThreshold)}`
      : undefined;
  if (regime) {
    const applied = considered.find((check) => check.code === regime.code);
    return {
      code: regime.code,
      name: regime.name,
      reason: applied?.reason ?? regime.name,
      rule: regime.rule,
      duty: typeof regime.duty === "string" ? regime.duty : "flat-per-subheading",
      tax: regime.tax,
      fees: regime.fees,
      entryType: regime.fees === "exempt" ? undefined : entryType,
      considered,
    };
  }
  const refusals = considered.map((check) => `${check.code}: ${check.reason}`);
  const parts = [
    refusals.length > 0
      ? `no low-value regime applies (${refusals.join("; ")})`
      : `${market.name} has no low-value regime in force`,
    ...(entry ? [entry] : []),
  ];
  return {
    code: "STANDARD_IMPORT",
    name: "Standard import",
    reason: parts.join("; "),
    rule: undefined,
    duty: "normal",
    tax: "border",
    fees: "normal",
    entryType,
    considered,
  };
}

function notesFor(
  input: ParsedLandedCostInput,
  basis: "CIF" | "FOB",
  regime: LowValueRegime | undefined,
  included: readonly string[],
): string[] {
  const notes: string[] = [];
  if (basis === "CIF" && !included.includes("freight") && input.freight === undefined) {
    notes.push("freight not given: the customs value of this CIF market lacks carriage to the border");
  }
  if (regime?.tax === "point-of-sale") {
    notes.push(
      "tax collected by the seller at the point of sale; computed on the import base (customs value + duty + onward transport) as an estimate of the tax on the sale",
    );
  }
  if (input.incoterm === "DDP") {
    notes.push("DDP purchase price: give unitPrice net of the import duties and taxes the seller paid");
  }
  return notes;
}
