import type { CardLimits } from "./cardLimits.js";
import type { IntegerCharge, IntegerPrice, IntegerRateCard } from "./integerRateCard.js";
import { isAbove } from "./measuredDecimal.js";
import type { SurchargeCode } from "./quoteShipment.js";
import { ceilDivide, plus, powerOfTen, rescale, roundHalfUpToScale, times } from "./scaledInteger.js";
import type { ChargeableFacts, PieceFacts, ShipmentFacts } from "./shipmentFacts.js";

/** @internal one surcharge line in minor units. */
interface IntegerSurchargeLine {
  readonly code: SurchargeCode;
  readonly label: string;
  readonly minor: number;
}

/** @internal a quote's amounts in minor units of the card's currency. */
export interface IntegerQuoteAmounts {
  readonly baseMinor: number;
  readonly minimumApplied: boolean;
  readonly lines: readonly IntegerSurchargeLine[];
  readonly totalMinor: number;
}

/** @internal what, besides the card and the shipment, decides which surcharges apply. */
export interface SurchargeTriggers {
  readonly remote: boolean;
  readonly handoverDate: string;
  readonly limits: CardLimits;
}

/**
 * @internal The quote's amounts computed exactly in safe integers: the same rules as the decimal pricing
 * (`basePrice`, `chargeAmount`, half-up rounding of each line to minor units, the total as the sum of the rounded
 * lines), without allocating a decimal per step. Undefined when some intermediate figure would leave the safe
 * integer range; the caller then prices with decimals.
 */
export function priceInIntegers(
  card: IntegerRateCard,
  zoneIndex: number,
  chargeable: ChargeableFacts,
  facts: ShipmentFacts,
  triggers: SurchargeTriggers,
): IntegerQuoteAmounts | undefined {
  const zone = card.zones[zoneIndex];
  const unitScale = Math.max(card.unitScale, chargeable.unitScale);
  if (zone === undefined || unitScale + card.amountScale > 15) return undefined;
  const units = rescale(chargeable.scaledUnits, chargeable.unitScale, unitScale);
  if (!Number.isSafeInteger(units)) return undefined;

  const base = basePriceInIntegers(zone.price, card, units, unitScale, facts.itemCount);
  let minimumApplied = false;
  let baseMinor: number;
  if (zone.minimumCharge === undefined) {
    baseMinor = roundHalfUpToScale(base.amount, base.scale, card.places);
  } else {
    const minimum = rescale(zone.minimumCharge, card.amountScale, base.scale);
    if (!Number.isSafeInteger(minimum) || !Number.isSafeInteger(base.amount)) return undefined;
    minimumApplied = base.amount < minimum;
    baseMinor = minimumApplied
      ? roundHalfUpToScale(zone.minimumCharge, card.amountScale, card.places)
      : roundHalfUpToScale(base.amount, base.scale, card.places);
  }
  if (!Number.isSafeInteger(baseMinor)) return undefined;

  const lines = surchargeLinesInIntegers(card, units, unitScale, baseMinor, facts, triggers);
  let totalMinor = baseMinor;
  for (const line of lines) totalMinor = plus(totalMinor, line.minor);
  return Number.isSafeInteger(totalMinor) ? { baseMinor, minimumApplied, lines, totalMinor } : undefined;
}

/** The base freight and the scale it is held at. */
function basePriceInIntegers(
  price: IntegerPrice,
  card: IntegerRateCard,
  units: number,
  unitScale: number,
  items: number,
): { amount: number; scale: number } {
  const toUnitScale = powerOfTen(unitScale - card.unitScale);
  switch (price.kind) {
    case "first-additional": {
      const firstWeight = times(price.firstWeight, toUnitScale);
      if (units <= firstWeight) return { amount: price.firstPrice, scale: card.amountScale };
      const steps = ceilDivide(units - firstWeight, times(price.additionalStep, toUnitScale));
      return { amount: plus(price.firstPrice, times(steps, price.additionalPrice)), scale: card.amountScale };
    }
    case "weight-breaks": {
      // At unitScale + amountScale decimals: units × rate, plus the fee scaled up by 10^unitScale.
      let own = 0;
      for (let i = 1; i < price.from.length; i++) if (times(price.from[i] as number, toUnitScale) <= units) own = i;
      const feeScale = powerOfTen(unitScale);
      let amount = plus(times(units, price.perUnit[own] as number), times(price.fixed[own] as number, feeScale));
      for (let i = own + 1; i < price.chargeAtStart.length; i++) {
        // Math.min answers NaN when either is NaN, so an unrepresentable charge is never skipped.
        amount = Math.min(amount, times(price.chargeAtStart[i] as number, toUnitScale));
      }
      return { amount, scale: unitScale + card.amountScale };
    }
    case "per-item":
      return { amount: plus(times(price.perItem, items), price.perShipment), scale: card.amountScale };
  }
}

/** Surcharges in quote order: remote area, oversize, battery, peak seasons, fuel. */
function surchargeLinesInIntegers(
  card: IntegerRateCard,
  units: number,
  unitScale: number,
  baseMinor: number,
  facts: ShipmentFacts,
  triggers: SurchargeTriggers,
): IntegerSurchargeLine[] {
  const lines: IntegerSurchargeLine[] = [];
  if (card.remoteArea && triggers.remote) {
    const minor = toMinorUnits(card, chargeInIntegers(card, card.remoteArea, units, unitScale, baseMinor));
    lines.push({ code: "REMOTE_AREA", label: "Remote area", minor });
  }
  if (card.oversize) {
    const line = oversizeLine(card, card.oversize, baseMinor, facts, triggers.limits);
    if (line) lines.push(line);
  }
  if (card.battery && facts.hasBatteries) {
    const minor = toMinorUnits(card, chargeInIntegers(card, card.battery, units, unitScale, baseMinor));
    lines.push({ code: "BATTERY", label: "Battery", minor });
  }
  for (const season of card.peakSeasons) {
    if (triggers.handoverDate >= season.from && triggers.handoverDate <= season.to) {
      const minor = toMinorUnits(card, chargeInIntegers(card, season.charge, units, unitScale, baseMinor));
      lines.push({ code: "PEAK_SEASON", label: season.label, minor });
    }
  }
  if (card.fuel) {
    let fuelBase = baseMinor;
    if (card.fuel.includeSurcharges) for (const line of lines) fuelBase = plus(fuelBase, line.minor);
    const percentScale = card.places + card.percentScale + 2;
    const minor = roundHalfUpToScale(times(fuelBase, card.fuel.percent), percentScale, card.places);
    lines.push({ code: "FUEL", label: card.fuel.label, minor });
  }
  return lines;
}

function toMinorUnits(card: IntegerRateCard, raw: { amount: number; scale: number }): number {
  return roundHalfUpToScale(raw.amount, raw.scale, card.places);
}

/**
 * A charge rule (fixed + perUnit × units + percentOfBase % × base, at least the minimum) unrounded, at the scale
 * where all three parts are exact: amounts × units need amountScale + unitScale decimals, percent of the base
 * needs places + percentScale + 2 (the 2 of "per cent").
 */
function chargeInIntegers(
  card: IntegerRateCard,
  charge: IntegerCharge,
  units: number,
  unitScale: number,
  baseMinor: number,
): { amount: number; scale: number } {
  const percentScale = card.places + card.percentScale + 2;
  const scale = Math.max(card.amountScale + unitScale, percentScale);
  if (scale > 15) return { amount: Number.NaN, scale };
  const amount = plus(
    plus(
      rescale(charge.fixed, card.amountScale, scale),
      rescale(times(charge.perUnit, units), card.amountScale + unitScale, scale),
    ),
    rescale(times(baseMinor, charge.percentOfBase), percentScale, scale),
  );
  if (charge.minimum === undefined) return { amount, scale };
  // Math.max answers NaN when either is NaN.
  return { amount: Math.max(amount, rescale(charge.minimum, card.amountScale, scale)), scale };
}

/** The oversize line: the charge per oversize piece (units = its weight in kg) × its quantity, summed, rounded once. */
function oversizeLine(
  card: IntegerRateCard,
  charge: IntegerCharge,
  baseMinor: number,
  facts: ShipmentFacts,
  limits: CardLimits,
): IntegerSurchargeLine | undefined {
  let amount = 0;
  let scale = 0;
  let count = 0;
  for (const piece of facts.pieces) {
    if (!isOversize(limits, piece)) continue;
    count += piece.quantity;
    const one = chargeInIntegers(card, charge, piece.scaledWeightKg, facts.weightScale, baseMinor);
    amount = plus(amount, times(one.amount, piece.quantity));
    scale = one.scale;
  }
  if (count === 0) return undefined;
  return {
    code: "OVERSIZE",
    label: `Oversize (${count} piece${count === 1 ? "" : "s"})`,
    minor: roundHalfUpToScale(amount, scale, card.places),
  };
}

/** @internal whether a piece is over the card's oversize thresholds (weight, longest edge, length + girth). */
export function isOversize(limits: CardLimits, piece: PieceFacts): boolean {
  return (
    (limits.oversizePieceWeightKg !== undefined && isAbove(piece.weightKg, limits.oversizePieceWeightKg)) ||
    (limits.oversizeLongestCm !== undefined && isAbove(piece.longestCm, limits.oversizeLongestCm)) ||
    (limits.oversizeLengthPlusGirthCm !== undefined &&
      isAbove(piece.lengthPlusGirthCm, limits.oversizeLengthPlusGirthCm))
  );
}
