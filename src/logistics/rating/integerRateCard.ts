import type * as z from "zod";
import { type Decimal, minorUnitsOf } from "../../core/index.js";
import type { RateCard, rateChargeSchema } from "./rateCard.js";
import { plus, powerOfTen, scaledOf, times } from "./scaledInteger.js";

/**
 * @internal A rate card's prices as safe integers at three fixed scales, built once per card for exact integer
 * pricing (see `priceInIntegers`):
 * - amounts (prices, fees, minimums, rates per unit) at `amountScale` decimals, the most any amount of the card has;
 * - unit thresholds (first weight, additional step, break starts) at `unitScale` decimals;
 * - percentages (fuel, percent of base) at `percentScale` decimals.
 * A card with a figure that does not fit (more than 15 decimals, or beyond 2^53) has no integer form and is priced
 * with decimals.
 */
export interface IntegerRateCard {
  /** Minor units of the card's currency: every line is rounded to these. */
  readonly places: number;
  readonly amountScale: number;
  readonly unitScale: number;
  readonly percentScale: number;
  /** One entry per zone, in the card's zone order. */
  readonly zones: readonly IntegerZone[];
  readonly remoteArea: IntegerCharge | undefined;
  readonly oversize: IntegerCharge | undefined;
  readonly battery: IntegerCharge | undefined;
  readonly peakSeasons: readonly IntegerPeakSeason[];
  readonly fuel: { readonly percent: number; readonly includeSurcharges: boolean; readonly label: string } | undefined;
}

/** @internal a charge rule: fixed + perUnit × units + percent % of the base, at least the minimum. Absent parts are 0. */
export interface IntegerCharge {
  readonly fixed: number;
  readonly perUnit: number;
  readonly percentOfBase: number;
  readonly minimum: number | undefined;
}

/** @internal a peak season with its label. */
interface IntegerPeakSeason {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly charge: IntegerCharge;
}

/** @internal one zone's price structure and minimum charge. */
interface IntegerZone {
  readonly price: IntegerPrice;
  readonly minimumCharge: number | undefined;
}

/** @internal a price structure in integers (see `rateStructureSchema` for the rules). */
export type IntegerPrice =
  | {
      readonly kind: "first-additional";
      readonly firstWeight: number;
      readonly firstPrice: number;
      readonly additionalStep: number;
      readonly additionalPrice: number;
    }
  | {
      readonly kind: "weight-breaks";
      readonly from: readonly number[];
      readonly perUnit: readonly number[];
      readonly fixed: readonly number[];
      /** Each break's charge at its own start (from × rate + fee) at `unitScale + amountScale` decimals. */
      readonly chargeAtStart: readonly number[];
    }
  | { readonly kind: "per-item"; readonly perItem: number; readonly perShipment: number };

type RateCharge = z.output<typeof rateChargeSchema>;

/** @internal the label of a fuel line, e.g. "Fuel 18.5%". */
export function fuelLabelOf(percent: Decimal): string {
  return `Fuel ${percent.toString()}%`;
}

/** The decimals each kind of figure needs on this card. */
function scalesOf(card: RateCard): { amountScale: number; unitScale: number; percentScale: number } {
  let amountScale = 0;
  let unitScale = 0;
  let percentScale = 0;
  const amount = (value: Decimal | undefined) => {
    if (value) amountScale = Math.max(amountScale, value.decimalPlaces());
  };
  const unit = (value: Decimal) => {
    unitScale = Math.max(unitScale, value.decimalPlaces());
  };
  const percent = (value: Decimal | undefined) => {
    if (value) percentScale = Math.max(percentScale, value.decimalPlaces());
  };
  const charge = (rule: RateCharge | undefined) => {
    if (!rule) return;
    amount(rule.fixed);
    amount(rule.perUnit);
    amount(rule.minimum);
    percent(rule.percentOfBase);
  };
  for (const zone of card.zones) {
    amount(zone.minimumCharge);
    const price = zone.price;
    switch (price.kind) {
      case "first-additional":
        unit(price.firstWeight);
        unit(price.additionalStep);
        amount(price.firstPrice);
        amount(price.additionalPrice);
        break;
      case "weight-breaks":
        for (const band of price.breaks) {
          unit(band.from);
          amount(band.perUnit);
          amount(band.fixed);
        }
        break;
      case "per-item":
        amount(price.perItem);
        amount(price.perShipment);
        break;
    }
  }
  const surcharges = card.surcharges;
  charge(surcharges?.remoteArea?.charge);
  charge(surcharges?.oversize?.charge);
  charge(surcharges?.battery?.charge);
  for (const season of surcharges?.peakSeason ?? []) charge(season.charge);
  percent(surcharges?.fuel?.percent);
  return { amountScale, unitScale, percentScale };
}

/** @internal the integer form of a card; undefined when a figure does not fit (see {@link IntegerRateCard}). */
export function integerRateCardOf(card: RateCard): IntegerRateCard | undefined {
  const { amountScale, unitScale, percentScale } = scalesOf(card);
  let representable = true;
  const scaled = (value: Decimal | undefined, scale: number): number => {
    if (value === undefined) return 0;
    const result = scaledOf(value, scale);
    if (Number.isNaN(result)) representable = false;
    return result;
  };
  const optional = (value: Decimal | undefined): number | undefined =>
    value === undefined ? undefined : scaled(value, amountScale);
  const charge = (rule: RateCharge | undefined): IntegerCharge | undefined =>
    rule && {
      fixed: scaled(rule.fixed, amountScale),
      perUnit: scaled(rule.perUnit, amountScale),
      percentOfBase: scaled(rule.percentOfBase, percentScale),
      minimum: optional(rule.minimum),
    };
  const zones = card.zones.map(
    (zone): IntegerZone => ({
      price: integerPrice(zone.price, scaled, unitScale, amountScale),
      minimumCharge: optional(zone.minimumCharge),
    }),
  );
  const surcharges = card.surcharges;
  const form: IntegerRateCard = {
    places: minorUnitsOf(card.currency) ?? 2,
    amountScale,
    unitScale,
    percentScale,
    zones,
    remoteArea: charge(surcharges?.remoteArea?.charge),
    oversize: charge(surcharges?.oversize?.charge),
    battery: charge(surcharges?.battery?.charge),
    peakSeasons: (surcharges?.peakSeason ?? []).map((season) => ({
      label: `Peak season: ${season.name}`,
      from: season.from,
      to: season.to,
      charge: charge(season.charge) as IntegerCharge,
    })),
    fuel: surcharges?.fuel && {
      percent: scaled(surcharges.fuel.percent, percentScale),
      includeSurcharges: surcharges.fuel.includeSurcharges === true,
      label: fuelLabelOf(surcharges.fuel.percent),
    },
  };
  const breaksFit = zones.every(
    (zone) => zone.price.kind !== "weight-breaks" || zone.price.chargeAtStart.every(Number.isSafeInteger),
  );
  return representable && breaksFit ? form : undefined;
}

function integerPrice(
  price: RateCard["zones"][number]["price"],
  scaled: (value: Decimal | undefined, scale: number) => number,
  unitScale: number,
  amountScale: number,
): IntegerPrice {
  switch (price.kind) {
    case "first-additional":
      return {
        kind: price.kind,
        firstWeight: scaled(price.firstWeight, unitScale),
        firstPrice: scaled(price.firstPrice, amountScale),
        additionalStep: scaled(price.additionalStep, unitScale),
        additionalPrice: scaled(price.additionalPrice, amountScale),
      };
    case "weight-breaks": {
      const from = price.breaks.map((band) => scaled(band.from, unitScale));
      const perUnit = price.breaks.map((band) => scaled(band.perUnit, amountScale));
      const fixed = price.breaks.map((band) => scaled(band.fixed, amountScale));
      const feeScale = powerOfTen(unitScale);
      const chargeAtStart = from.map((start, i) =>
        plus(times(start, perUnit[i] as number), times(fixed[i] as number, feeScale)),
      );
      return { kind: price.kind, from, perUnit, fixed, chargeAtStart };
    }
    case "per-item":
      return {
        kind: price.kind,
        perItem: scaled(price.perItem, amountScale),
        perShipment: scaled(price.perShipment, amountScale),
      };
  }
}
