import * as z from "zod";
import {
  err,
  type Failure,
  instantSchema,
  invalidArgument,
  type Money,
  ok,
  parseInput,
  type Result,
} from "../../core/index.js";
import type { QuotedChargeable } from "./cardChargeable.js";
import { carriageReasons, zoneIndexFor } from "./carriageChecks.js";
import type { CarriageReason } from "./carriageReason.js";
import { chargeableFactsOf } from "./chargeableFacts.js";
import { priceInDecimals, type QuoteAmounts } from "./decimalPricing.js";
import { type IntegerQuoteAmounts, priceInIntegers } from "./integerPricing.js";
import { moneyFromMinorUnits } from "./minorUnitsMoney.js";
import { type PreparedRateCard, preparedRateCardOf } from "./preparedRateCard.js";
import { type RateCard, type RateCardInput, toRateCard } from "./rateCard.js";
import { type ShipmentInput, shipmentSchema } from "./shipment.js";
import { type ShipmentFacts, shipmentFacts } from "./shipmentFacts.js";
import {
  type EtaContext,
  etaContext,
  etaOfZone,
  isBeyondCalendar,
  type ShippingCalendars,
  type ShippingEta,
} from "./shippingEta.js";
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
 * reason and its code; nothing is thrown for that. When the card could carry it but a calendar ends before the
 * handover or the ETA (late in the year, with only this year's calendar data), the result is `CANNOT_CARRY` with the
 * single reason `ETA_BEYOND_CALENDAR`, whose message names the calendar, its last day and what to load.
 *
 * @param rateCard - a card from {@link defineRateCard} (fast) or raw card data (validated on each call)
 * @param shipment - see {@link shipmentSchema}
 * @param options - the ship date (unless the shipment has one) and calendars
 * @throws `INVALID_ARGUMENT` for a malformed card, shipment or option, or when no ship date is given;
 *   `CALENDAR_OUT_OF_RANGE` when the ship day (in the card's cut-off time zone) or the handover lies before the
 *   first day of a calendar: calendars that start after the ship date do not belong to it
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
  const context = etaContext(shipAt, parsedOptions.calendars as ShippingCalendars | undefined);
  return quoteOnCard(card, shipmentFacts(parsed), context);
}

/** @internal a card's quote with its total in minor units (undefined when priced with decimals). */
export interface RatedCard {
  readonly quote: ShippingQuote;
  readonly totalMinor: number | undefined;
}

/**
 * @internal The quote of a shipment on a defined card, or every reason it cannot carry it: the heart of quoting and
 * selection. Prices in safe integers when every figure fits (the usual case) and in decimals otherwise; both give
 * the same amounts. Money values are built only for the finished lines.
 */
export function rateOnCard(
  card: RateCard,
  facts: ShipmentFacts,
  context: EtaContext,
): RatedCard | { readonly reasons: readonly CarriageReason[] } {
  const prepared = preparedRateCardOf(card);
  const zoneIndex = zoneIndexFor(prepared.index, facts);
  const reasons = carriageReasons(card, prepared, facts, context.shipAt, zoneIndex);
  const zone = zoneIndex === undefined ? undefined : card.zones[zoneIndex];
  if (reasons !== undefined || zone === undefined || zoneIndex === undefined) return { reasons: reasons ?? [] };
  const eta = etaOfZone(
    context,
    prepared.etaKeys[zoneIndex] as string,
    { origin: card.origin.country, destination: facts.shipment.destination.country },
    card.cutoff,
    zone.transitDays,
  );
  if (isBeyondCalendar(eta)) return { reasons: [eta.beyondCalendar] };
  const chargeable = chargeableFactsOf(facts, card);
  const triggers = {
    remote: card.surcharges?.remoteArea !== undefined && isRemote(prepared, facts),
    handoverDate: eta.handoverDate,
    limits: prepared.limits,
  };
  const exact = prepared.integer && priceInIntegers(prepared.integer, zoneIndex, chargeable, facts, triggers);
  const amounts = exact
    ? moneyOf(exact, card.currency)
    : priceInDecimals(card, zone, chargeable.quoted, facts, triggers);
  const quote: ShippingQuote = Object.freeze({
    rateCardId: card.id,
    carrier: card.carrier,
    service: card.service,
    mode: card.mode,
    zoneId: zone.id,
    chargeable: chargeable.quoted,
    base: amounts.base,
    minimumApplied: amounts.minimumApplied,
    surcharges: Object.freeze(amounts.surcharges),
    total: amounts.total,
    eta,
  });
  return { quote, totalMinor: exact ? exact.totalMinor : undefined };
}

/** The quote of a parsed shipment on a defined card, as a Result. */
function quoteOnCard(card: RateCard, facts: ShipmentFacts, context: EtaContext): Result<ShippingQuote, CannotCarry> {
  const rated = rateOnCard(card, facts, context);
  if ("quote" in rated) return ok(rated.quote);
  return err({
    code: "CANNOT_CARRY",
    message: `${card.carrier} ${card.service} cannot carry this shipment: ${rated.reasons.map((r) => r.code).join(", ")}`,
    rateCardId: card.id,
    reasons: rated.reasons,
  });
}

/** Integer amounts as money: one decimal per line, built straight from its minor units. */
function moneyOf(amounts: IntegerQuoteAmounts, currency: string): QuoteAmounts {
  const base = moneyFromMinorUnits(amounts.baseMinor, currency);
  const surcharges: QuoteSurcharge[] = [];
  for (const line of amounts.lines) {
    surcharges.push(
      Object.freeze({ code: line.code, label: line.label, amount: moneyFromMinorUnits(line.minor, currency) }),
    );
  }
  return {
    base,
    minimumApplied: amounts.minimumApplied,
    surcharges,
    total: surcharges.length === 0 ? base : moneyFromMinorUnits(amounts.totalMinor, currency),
  };
}

function isRemote(prepared: PreparedRateCard, facts: ShipmentFacts): boolean {
  const postcode = facts.postcode;
  if (postcode === undefined) return false;
  const prefixes = prepared.index.remoteAreas.get(facts.shipment.destination.country);
  if (!prefixes) return false;
  for (const prefix of prefixes) if (postcode.startsWith(prefix)) return true;
  return false;
}
