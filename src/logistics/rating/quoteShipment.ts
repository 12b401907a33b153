import * as z from "zod";
import {
  Dec,
  type Decimal,
  err,
  type Failure,
  instantSchema,
  invalidArgument,
  type Money,
  minorUnitsOf,
  ok,
  parseInput,
  type Result,
} from "../../core/index.js";
import { makeMoney } from "../../core/money/Money.js";
import { chargeableOnCard, type QuotedChargeable } from "./cardChargeable.js";
import { carriageReasons, zoneIndexFor } from "./carriageChecks.js";
import type { CarriageReason } from "./carriageReason.js";
import { boxMeasures } from "./dimensions.js";
import { type RateCard, type RateCardInput, rateCardIndex, toRateCard } from "./rateCard.js";
import { basePrice, chargeAmount } from "./ratePricing.js";
import { normalisePostcode, type Shipment, type ShipmentInput, shipmentSchema } from "./shipment.js";
import { type EtaContext, estimateEta, etaContext, type ShippingCalendars, type ShippingEta } from "./shippingEta.js";
import type { ShippingMode } from "./shippingMode.js";

/**
 * Codes of the surcharges a quote itemises.
 *
 * @example
 * ```ts
 * const code: SurchargeCode = "REMOTE_AREA";
 * ```
 */
export type SurchargeCode = "REMOTE_AREA" | "OVERSIZE" | "BATTERY" | "PEAK_SEASON" | "FUEL";

/**
 * One surcharge line of a quote, rounded to the currency's minor units.
 *
 * @example
 * ```ts
 * const line: QuoteSurcharge = { code: "FUEL", label: "Fuel 18.5%", amount: money("55.50", "CNY") };
 * ```
 */
export interface QuoteSurcharge {
  /** Stable code of the surcharge. */
  readonly code: SurchargeCode;
  /** Human label with the rule's figures (the card's season name, the fuel percentage). */
  readonly label: string;
  /** The amount, rounded half-up to minor units. */
  readonly amount: Money;
}

/**
 * An itemised quote: the base freight (after the zone's minimum charge), each surcharge, the total (the sum of the
 * rounded lines), the chargeable quantity and the delivery window.
 *
 * @example
 * ```ts
 * const r = quoteShipment(card, shipment);
 * if (r.ok) console.log(r.value.total.amount.toFixed(2), r.value.eta.latest);
 * ```
 */
export interface ShippingQuote {
  /** The card's id. */
  readonly rateCardId: string;
  /** Carrier name from the card. */
  readonly carrier: string;
  /** Service name from the card. */
  readonly service: string;
  /** Transport mode. */
  readonly mode: ShippingMode;
  /** Id of the zone that priced it. */
  readonly zoneId: string;
  /** What was billed, in the card's unit. */
  readonly chargeable: QuotedChargeable;
  /** Base freight, rounded half-up to minor units; raised to the zone's minimum charge where needed. */
  readonly base: Money;
  /** Whether the zone's minimum charge replaced the computed base. */
  readonly minimumApplied: boolean;
  /** Surcharges in order: remote area, oversize, battery, peak season, fuel. */
  readonly surcharges: readonly QuoteSurcharge[];
  /** Base plus every surcharge. */
  readonly total: Money;
  /** Delivery window. */
  readonly eta: ShippingEta;
}

/**
 * The failure returned when a card cannot carry a shipment, with every reason found (not only the first).
 *
 * @example
 * ```ts
 * const r = quoteShipment(postalCard, parcelWithBattery);
 * if (!r.ok) r.error.reasons.map((reason) => reason.code); // ["BATTERY_NOT_ALLOWED"]
 * ```
 */
export interface CannotCarry extends Failure<"CANNOT_CARRY"> {
  /** The card's id. */
  readonly rateCardId: string;
  /** Each reason, with its code. */
  readonly reasons: readonly CarriageReason[];
}

/**
 * Options of {@link quoteShipment}.
 *
 * @example
 * ```ts
 * const options: QuoteShipmentOptions = { shipDate: "2026-03-02T02:00:00Z", calendars: { CN: createBusinessCalendar(CN_2026) } };
 * ```
 */
export interface QuoteShipmentOptions {
  /** When the parcel is ready; overrides `shipment.shipDate`. One of the two is required. */
  readonly shipDate?: Date | string;
  /** Calendars by country for the ETA; a missing country counts Monday to Friday (listed in `eta.assumedCalendars`). */
  readonly calendars?: ShippingCalendars;
}

const calendarsSchema = z.record(
  z.string(),
  z.custom<ShippingCalendars[string]>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      typeof (value as { isBusinessDay?: unknown }).isBusinessDay === "function",
    { message: "must be a BusinessCalendar (see createBusinessCalendar)" },
  ),
);

/** @internal schema of the options. */
export const quoteOptionsSchema = z.object({
  shipDate: instantSchema.optional(),
  calendars: calendarsSchema.optional(),
});

/**
 * Quotes a shipment on a rate card: checks validity, zone, contents and sizes, computes the chargeable quantity,
 * the base freight (minimum charge applied), each surcharge and the total in the card's currency, and the delivery
 * window from the origin and destination calendars.
 *
 * Every amount line is rounded half-up to the currency's minor units and the total is the sum of those lines, so the
 * quote adds up exactly as printed. When the card cannot carry the shipment, the result is `CANNOT_CARRY` with every
 * reason and its code; nothing is thrown for that.
 *
 * @param rateCard - a card from {@link defineRateCard} (fast) or raw card data (validated on each call)
 * @param shipment - see {@link shipmentSchema}
 * @param options - the ship date (unless the shipment has one) and calendars
 * @throws `INVALID_ARGUMENT` for a malformed card, shipment or option, or when no ship date is given;
 *   `CALENDAR_OUT_OF_RANGE` when a calendar does not cover the dates
 * @example
 * ```ts
 * const [express] = sampleShippingRateCards();
 * const r = quoteShipment(express, {
 *   destination: { country: "DE", postcode: "10115" },
 *   pieces: [{ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } }],
 *   shipDate: "2026-03-02T02:00:00Z",
 * });
 * if (r.ok) console.log(r.value.chargeable.value.toString(), r.value.total.amount.toFixed(2));
 * ```
 */
export function quoteShipment(
  rateCard: RateCard | RateCardInput,
  shipment: ShipmentInput,
  options: QuoteShipmentOptions = {},
): Result<ShippingQuote, CannotCarry> {
  const card = toRateCard(rateCard, ["rateCard"]);
  const parsed = parseInput(shipmentSchema, shipment, ["shipment"]);
  const parsedOptions = parseInput(quoteOptionsSchema, options, ["options"]);
  const shipAt = parsedOptions.shipDate ?? parsed.shipDate;
  if (!shipAt)
    throw invalidArgument(["shipment", "shipDate"], "a quote needs the ship date (in the shipment or the options)");
  return quoteOnCard(card, parsed, etaContext(shipAt, parsedOptions.calendars as ShippingCalendars | undefined));
}

/** @internal the quote of a parsed shipment on a defined card. */
export function quoteOnCard(
  card: RateCard,
  shipment: Shipment,
  context: EtaContext,
): Result<ShippingQuote, CannotCarry> {
  const zoneIndex = zoneIndexFor(card, shipment, context);
  const reasons = carriageReasons(card, shipment, context, zoneIndex);
  const zone = zoneIndex === undefined ? undefined : card.zones[zoneIndex];
  if (reasons.length > 0 || zone === undefined) {
    return err({
      code: "CANNOT_CARRY",
      message: `${card.carrier} ${card.service} cannot carry this shipment: ${reasons.map((r) => r.code).join(", ")}`,
      rateCardId: card.id,
      reasons,
    });
  }
  const eta = estimateEta(
    context,
    { origin: card.origin.country, destination: shipment.destination.country },
    card.cutoff,
    zone.transitDays,
  );
  const chargeable = chargeableOf(context, card, shipment);
  const computed = basePrice(zone.price, chargeable.value, shipment.itemCount ?? piecesOf(context, shipment));
  const minimumApplied = zone.minimumCharge !== undefined && computed.lt(zone.minimumCharge);
  const baseAmount = minimumApplied ? (zone.minimumCharge as Decimal) : computed;
  const places = minorUnitsOf(card.currency) ?? 2;
  const base = line(baseAmount, card.currency, places);
  const surcharges = surchargeLines(card, shipment, chargeable, base.amount, eta.handoverDate, places);
  let total = base.amount;
  for (const item of surcharges) total = total.plus(item.amount.amount);
  return ok(
    Object.freeze({
      rateCardId: card.id,
      carrier: card.carrier,
      service: card.service,
      mode: card.mode,
      zoneId: zone.id,
      chargeable,
      base,
      minimumApplied,
      surcharges: Object.freeze(surcharges),
      total: makeMoney(total, card.currency),
      eta,
    }),
  );
}

/** The shipment's chargeable quantity under the card's rule, computed once per equal rule within a context. */
function chargeableOf(context: EtaContext, card: RateCard, shipment: Shipment): QuotedChargeable {
  const key = `chargeable|${ruleKey(card.chargeable)}`;
  const known = context.cache.get(key) as QuotedChargeable | undefined;
  if (known !== undefined) return known;
  const value = Object.freeze(chargeableOnCard(card, shipment));
  context.cache.set(key, value);
  return value;
}

/** The shipment's number of pieces, counted once per context. */
function piecesOf(context: EtaContext, shipment: Shipment): number {
  const known = context.cache.get("pieceCount") as number | undefined;
  if (known !== undefined) return known;
  const count = countPieces(shipment);
  context.cache.set("pieceCount", count);
  return count;
}

function countPieces(shipment: Shipment): number {
  return shipment.pieces.reduce((count, piece) => count + (piece.quantity ?? 1), 0);
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
  shipment: Shipment,
  chargeable: QuotedChargeable,
  base: Decimal,
  handoverDate: string,
  places: number,
): QuoteSurcharge[] {
  const rules = card.surcharges;
  if (!rules) return [];
  const currency = card.currency;
  const lines: QuoteSurcharge[] = [];
  if (rules.remoteArea && isRemote(card, shipment)) {
    lines.push(
      surchargeLine(
        "REMOTE_AREA",
        "Remote area",
        chargeAmount(rules.remoteArea.charge, chargeable.value, base),
        currency,
        places,
      ),
    );
  }
  if (rules.oversize) {
    const { charge } = rules.oversize;
    let amount: Decimal | undefined;
    let count = 0;
    for (const piece of shipment.pieces) {
      if (!isOversize(rules.oversize, piece)) continue;
      const quantity = piece.quantity ?? 1;
      count += quantity;
      const one = chargeAmount(charge, piece.weightKg, base).times(quantity);
      amount = amount === undefined ? one : amount.plus(one);
    }
    if (count > 0 && amount !== undefined) {
      lines.push(
        surchargeLine("OVERSIZE", `Oversize (${count} piece${count === 1 ? "" : "s"})`, amount, currency, places),
      );
    }
  }
  if (rules.battery && (shipment.contents?.batteries?.length ?? 0) > 0) {
    lines.push(
      surchargeLine("BATTERY", "Battery", chargeAmount(rules.battery.charge, chargeable.value, base), currency, places),
    );
  }
  if (rules.peakSeason) {
    for (const season of rules.peakSeason) {
      if (handoverDate >= season.from && handoverDate <= season.to) {
        lines.push(
          surchargeLine(
            "PEAK_SEASON",
            `Peak season: ${season.name}`,
            chargeAmount(season.charge, chargeable.value, base),
            currency,
            places,
          ),
        );
      }
    }
  }
  if (rules.fuel) {
    let fuelBase = base;
    if (rules.fuel.includeSurcharges) for (const item of lines) fuelBase = fuelBase.plus(item.amount.amount);
    lines.push(
      surchargeLine(
        "FUEL",
        fuelLabel(rules.fuel.percent),
        fuelBase.times(rules.fuel.percent).times(ONE_PERCENT),
        currency,
        places,
      ),
    );
  }
  return lines;
}

const ONE_PERCENT = new Dec("0.01");
const fuelLabels = new WeakMap<Decimal, string>();

/** The fuel line's label, built once per (immutable) percentage. */
function fuelLabel(percent: Decimal): string {
  let label = fuelLabels.get(percent);
  if (label === undefined) {
    label = `Fuel ${percent.toString()}%`;
    fuelLabels.set(percent, label);
  }
  return label;
}

function isRemote(card: RateCard, shipment: Shipment): boolean {
  const postcode = shipment.destination.postcode;
  if (postcode === undefined) return false;
  const prefixes = rateCardIndex(card).remoteAreas.get(shipment.destination.country);
  if (!prefixes) return false;
  const normal = normalisePostcode(postcode);
  return prefixes.some((prefix) => normal.startsWith(prefix));
}

function isOversize(
  rule: NonNullable<NonNullable<RateCard["surcharges"]>["oversize"]>,
  piece: Shipment["pieces"][number],
): boolean {
  if (rule.pieceWeightOverKg && piece.weightKg.gt(rule.pieceWeightOverKg)) return true;
  if (!rule.longestOverCm && !rule.lengthPlusGirthOverCm) return false;
  const { longest, lengthPlusGirth } = boxMeasures(piece.dimensionsCm);
  return (
    (rule.longestOverCm !== undefined && longest.gt(rule.longestOverCm)) ||
    (rule.lengthPlusGirthOverCm !== undefined && lengthPlusGirth.gt(rule.lengthPlusGirthOverCm))
  );
}

const ruleKeys = new WeakMap<RateCard["chargeable"], string>();

/** A key that is equal for cards whose chargeable rules are equal, so one shipment's weight is computed once per rule. */
function ruleKey(rule: RateCard["chargeable"]): string {
  let key = ruleKeys.get(rule);
  if (key === undefined) {
    key = buildRuleKey(rule);
    ruleKeys.set(rule, key);
  }
  return key;
}

function buildRuleKey(rule: RateCard["chargeable"]): string {
  switch (rule.method) {
    case "dimensional":
      return `d|${rule.divisor}|${rule.incrementKg}|${rule.per}|${rule.dimensionRounding}`;
    case "dimensional-imperial":
      return `i|${rule.divisor}|${rule.incrementLb}|${rule.per}|${rule.dimensionRounding}`;
    case "actual":
      return `a|${rule.incrementKg}`;
    case "revenue-ton":
      return `r|${rule.kgPerCbm}|${rule.minimumRt}|${rule.incrementRt}`;
  }
}
