import type * as z from "zod";
import { Dec, type Decimal } from "../../core/index.js";
import type { rateChargeSchema, rateStructureSchema } from "./rateCard.js";

/** 0.01 as a decimal: multiplying by it is exact and cheaper than dividing by 100 at 60 digits. */
const ONE_PERCENT = new Dec("0.01");
const ZERO = new Dec(0);

type WeightBreak = Extract<RateStructure, { kind: "weight-breaks" }>["breaks"][number];

/** Each break's charge at its own start (`from` × rate + fee), computed once per (immutable) break list. */
const chargesAtBreaks = new WeakMap<readonly WeightBreak[], readonly Decimal[]>();

function chargesAtBreaksOf(breaks: readonly WeightBreak[]): readonly Decimal[] {
  let charges = chargesAtBreaks.get(breaks);
  if (!charges) {
    charges = breaks.map((higher) =>
      higher.fixed ? higher.from.times(higher.perUnit).plus(higher.fixed) : higher.from.times(higher.perUnit),
    );
    chargesAtBreaks.set(breaks, charges);
  }
  return charges;
}

type RateStructure = z.output<typeof rateStructureSchema>;
type RateCharge = z.output<typeof rateChargeSchema>;

/** @internal the base freight of a price structure for `units` chargeable units and `items` sellable units. */
export function basePrice(structure: RateStructure, units: Decimal, items: number): Decimal {
  switch (structure.kind) {
    case "first-additional": {
      if (units.lte(structure.firstWeight)) return structure.firstPrice;
      const steps = units.minus(structure.firstWeight).div(structure.additionalStep).ceil();
      return structure.firstPrice.plus(steps.times(structure.additionalPrice));
    }
    case "weight-breaks": {
      const { breaks } = structure;
      let own = 0;
      for (let i = 1; i < breaks.length; i++) if ((breaks[i] as (typeof breaks)[number]).from.lte(units)) own = i;
      const ownBreak = breaks[own] as (typeof breaks)[number];
      const byUnits = units.times(ownBreak.perUnit);
      let price = ownBreak.fixed ? byUnits.plus(ownBreak.fixed) : byUnits;
      const atBreaks = chargesAtBreaksOf(breaks);
      for (let i = own + 1; i < breaks.length; i++) {
        const atBreak = atBreaks[i] as Decimal;
        if (atBreak.lt(price)) price = atBreak;
      }
      return price;
    }
    case "per-item":
      return structure.perShipment
        ? structure.perItem.times(items).plus(structure.perShipment)
        : structure.perItem.times(items);
  }
}

/** @internal a surcharge by its rule: fixed + perUnit × units + percentOfBase % × base, at least the minimum. */
export function chargeAmount(charge: RateCharge, units: Decimal, base: Decimal): Decimal {
  let amount: Decimal = charge.fixed ?? ZERO;
  if (charge.perUnit) amount = amount.plus(charge.perUnit.times(units));
  if (charge.percentOfBase) amount = amount.plus(base.times(charge.percentOfBase).times(ONE_PERCENT));
  return charge.minimum && amount.lt(charge.minimum) ? charge.minimum : amount;
}
