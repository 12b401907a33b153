import { Dec, type Decimal, type Money, minorUnitsOf } from "../../core/index.js";
import { makeMoney } from "../../core/money/Money.js";
import type { QuotedChargeable } from "./cardChargeable.js";
import { isOversize, type SurchargeTriggers } from "./integerPricing.js";
import { fuelLabelOf } from "./integerRateCard.js";
import type { QuoteSurcharge, SurchargeCode } from "./quoteShipment.js";
import type { RateCard } from "./rateCard.js";
import { basePrice, chargeAmount } from "./ratePricing.js";
import type { ShipmentFacts } from "./shipmentFacts.js";

/** @internal a quote's amounts as money. */
export interface QuoteAmounts {
  readonly base: Money;
  readonly minimumApplied: boolean;
  readonly surcharges: QuoteSurcharge[];
  readonly total: Money;
}

const ONE_PERCENT = new Dec("0.01");

/**
 * @internal The quote's amounts in decimal arithmetic: the reference rules, used when a figure does not fit the
 * integer pricing (`priceInIntegers` must agree with this wherever both apply). Each line is rounded half-up to
 * the currency's minor units and the total is the sum of the rounded lines.
 */
export function priceInDecimals(
  card: RateCard,
  zone: RateCard["zones"][number],
  chargeable: QuotedChargeable,
  facts: ShipmentFacts,
  triggers: SurchargeTriggers,
): QuoteAmounts {
  const computed = basePrice(zone.price, chargeable.value, facts.itemCount);
  const minimumApplied = zone.minimumCharge !== undefined && computed.lt(zone.minimumCharge);
  const places = minorUnitsOf(card.currency) ?? 2;
  const base = line(minimumApplied ? (zone.minimumCharge as Decimal) : computed, card.currency, places);
  const surcharges = surchargeLines(card, chargeable, base.amount, facts, triggers, places);
  let total = base.amount;
  for (const item of surcharges) total = total.plus(item.amount.amount);
  return { base, minimumApplied, surcharges, total: makeMoney(total, card.currency) };
}

function line(amount: Decimal, currency: string, places: number): Money {
  // An amount already within the minor units needs no rounding (decimals are immutable, so it is shared as is).
  const rounded = amount.decimalPlaces() <= places ? amount : amount.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return makeMoney(rounded, currency);
}

function surchargeLine(code: SurchargeCode, label: string, amount: Decimal, currency: string, places: number) {
  return Object.freeze({ code, label, amount: line(amount, currency, places) });
}

function surchargeLines(
  card: RateCard,
  chargeable: QuotedChargeable,
  base: Decimal,
  facts: ShipmentFacts,
  triggers: SurchargeTriggers,
  places: number,
): QuoteSurcharge[] {
  const rules = card.surcharges;
  if (!rules) return [];
  const currency = card.currency;
  const units = chargeable.value;
  const lines: QuoteSurcharge[] = [];
  if (rules.remoteArea && triggers.remote) {
    const amount = chargeAmount(rules.remoteArea.charge, units, base);
    lines.push(surchargeLine("REMOTE_AREA", "Remote area", amount, currency, places));
  }
  if (rules.oversize) {
    let amount: Decimal | undefined;
    let count = 0;
    for (const piece of facts.pieces) {
      if (!isOversize(triggers.limits, piece)) continue;
      count += piece.quantity;
      const one = chargeAmount(rules.oversize.charge, piece.weightKg.value, base).times(piece.quantity);
      amount = amount === undefined ? one : amount.plus(one);
    }
    if (count > 0 && amount !== undefined) {
      const label = `Oversize (${count} piece${count === 1 ? "" : "s"})`;
      lines.push(surchargeLine("OVERSIZE", label, amount, currency, places));
    }
  }
  if (rules.battery && facts.hasBatteries) {
    lines.push(surchargeLine("BATTERY", "Battery", chargeAmount(rules.battery.charge, units, base), currency, places));
  }
  for (const season of rules.peakSeason ?? []) {
    if (triggers.handoverDate >= season.from && triggers.handoverDate <= season.to) {
      const amount = chargeAmount(season.charge, units, base);
      lines.push(surchargeLine("PEAK_SEASON", `Peak season: ${season.name}`, amount, currency, places));
    }
  }
  if (rules.fuel) {
    let fuelBase = base;
    if (rules.fuel.includeSurcharges) for (const item of lines) fuelBase = fuelBase.plus(item.amount.amount);
    const amount = fuelBase.times(rules.fuel.percent).times(ONE_PERCENT);
    lines.push(surchargeLine("FUEL", fuelLabelOf(rules.fuel.percent), amount, currency, places));
  }
  return lines;
}
