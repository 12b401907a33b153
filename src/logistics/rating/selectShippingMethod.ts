import * as z from "zod";
import {
  convertMoney,
  currencySchema,
  Dec,
  type Decimal,
  type FxRates,
  instantSchema,
  invalidArgument,
  isCrossborderOpsError,
  type LocalDate,
  localDateSchema,
  type Money,
  minorUnitsOf,
  parseInput,
} from "../../core/index.js";
import { decimalFromScaledInteger } from "../../core/money/decimalFromScaledInteger.js";
import { cachedLocalDateIn } from "./calendarMemo.js";
import type { CarriageReason } from "./carriageReason.js";
import { nonNegativeDecimalSchema } from "./decimalSchemas.js";
import type { EtaBeyondCalendar } from "./etaBeyondCalendar.js";
import { type ExternalRate, type ExternalRateInput, externalRateSchema } from "./externalRate.js";
import { quoteOptionsSchema, rateOnCard, type ShippingQuote } from "./quoteShipment.js";
import { type RateCard, type RateCardInput, toRateCard } from "./rateCard.js";
import { type Shipment, type ShipmentInput, shipmentSchema } from "./shipment.js";
import { shipmentFacts } from "./shipmentFacts.js";
import {
  type EtaContext,
  estimateEta,
  etaContext,
  etaToDate,
  isBeyondCalendar,
  type ShippingCalendars,
  type ShippingEta,
} from "./shippingEta.js";
import type { ShippingMode } from "./shippingMode.js";

/**
 * How to choose: `cheapest` (lowest total), `fastest` (earliest latest-ETA) or `best-value` (a weighted score of
 * cost, speed and the carrier's reliability).
 *
 * @example
 * ```ts
 * const policy: ShippingPolicy = "best-value";
 * ```
 */
export type ShippingPolicy = z.infer<typeof shippingPolicySchema>;

/**
 * Schema of {@link ShippingPolicy}.
 *
 * @example
 * ```ts
 * shippingPolicySchema.parse("cheapest");
 * ```
 */
export const shippingPolicySchema = z.enum(["cheapest", "fastest", "best-value"]);

const unitIntervalSchema = nonNegativeDecimalSchema.refine((value) => value.lte(1), {
  message: "must be between 0 and 1",
});

const fxRatesSchema = z.custom<FxRates>(
  (value) =>
    typeof value === "object" && value !== null && typeof (value as { rateFor?: unknown }).rateFor === "function",
  { message: "must be an FxRates port (see createInMemoryFxRates)" },
);

/**
 * Schema of the input of {@link selectShippingMethod}. Rate cards are validated one by one (paths
 * `["input", "rateCards", i, ...]`); defined cards ({@link defineRateCard}) skip that work.
 *
 * @example
 * ```ts
 * // see selectShippingMethod
 * ```
 */
export const selectShippingMethodInputSchema = z.object({
  shipment: shipmentSchema,
  rateCards: z.array(z.unknown()),
  externalRates: z.array(externalRateSchema).optional(),
  policy: shippingPolicySchema,
  shipDate: instantSchema,
  deliverBy: localDateSchema.optional(),
  calendars: quoteOptionsSchema.shape.calendars,
  compareIn: z
    .object({ currency: currencySchema, fxRates: fxRatesSchema, date: localDateSchema.optional() })
    .optional(),
  bestValue: z
    .object({
      weights: z
        .object({
          cost: nonNegativeDecimalSchema,
          speed: nonNegativeDecimalSchema,
          reliability: nonNegativeDecimalSchema,
        })
        .refine((w) => w.cost.plus(w.speed).plus(w.reliability).gt(0), {
          message: "at least one weight must be above zero",
        })
        .optional(),
      reliability: z.record(z.string(), unitIntervalSchema).optional(),
      defaultReliability: unitIntervalSchema.optional(),
    })
    .optional(),
});

/**
 * Input of {@link selectShippingMethod}.
 *
 * @example
 * ```ts
 * const input: SelectShippingMethodInput = { shipment, rateCards: sampleShippingRateCards(), policy: "cheapest", shipDate: "2026-03-02T02:00:00Z" };
 * ```
 */
export type SelectShippingMethodInput = Omit<
  z.input<typeof selectShippingMethodInputSchema>,
  "shipment" | "rateCards" | "externalRates" | "calendars"
> & {
  /** The shipment; its own `shipDate` is ignored in favour of `shipDate`. */
  readonly shipment: ShipmentInput;
  /** Own rate cards, defined ({@link defineRateCard}) or raw. Ids must be unique. */
  readonly rateCards: readonly (RateCard | RateCardInput)[];
  /** Outside rates (EasyPost, Shippo, ShipEngine ... normalised). Their id is `provider:rateId`. */
  readonly externalRates?: readonly ExternalRateInput[];
  /** Business calendars by country for ETAs. */
  readonly calendars?: ShippingCalendars;
};

/**
 * A candidate that can carry the shipment, with its place in the ranking.
 *
 * @example
 * ```ts
 * const best: RankedShippingOption | undefined = selectShippingMethod(input).chosen;
 * best?.comparableTotal.amount.toFixed(2);
 * ```
 */
export interface RankedShippingOption {
  /** 1 for the chosen one. */
  readonly rank: number;
  /** The card's id, or `provider:rateId` for an outside rate. */
  readonly id: string;
  /** Own rate card or outside rate. */
  readonly source: "rate-card" | "external";
  /** Carrier name. */
  readonly carrier: string;
  /** Service name. */
  readonly service: string;
  /** Transport mode when known. */
  readonly mode: ShippingMode | undefined;
  /** Total in the quote's own currency. */
  readonly total: Money;
  /** Total in the comparison currency (equal to `total` without `compareIn`). */
  readonly comparableTotal: Money;
  /** Delivery window. */
  readonly eta: ShippingEta;
  /** Reliability used (0 to 1): from `bestValue.reliability` by carrier, else the default. */
  readonly reliability: Decimal;
  /** `best-value` only: the weighted score from 0 to 1, rounded to 6 decimals. */
  readonly score: Decimal | undefined;
  /** The itemised quote of an own rate card. */
  readonly quote: ShippingQuote | undefined;
  /** The outside rate as given. */
  readonly externalRate: ExternalRate | undefined;
}

/**
 * A candidate set aside, with every reason (cannot carry, misses the deadline, price not comparable).
 *
 * @example
 * ```ts
 * selectShippingMethod(input).rejected.map((r) => `${r.id}: ${r.reasons.map((x) => x.code).join(", ")}`);
 * ```
 */
export interface RejectedShippingOption {
  /** The card's id, or `provider:rateId`. */
  readonly id: string;
  /** Own rate card or outside rate. */
  readonly source: "rate-card" | "external";
  /** Carrier name. */
  readonly carrier: string;
  /** Service name. */
  readonly service: string;
  /** Why it was set aside. */
  readonly reasons: readonly CarriageReason[];
  /** The quote when there was one (a card that misses the deadline still priced the shipment). */
  readonly quote: ShippingQuote | undefined;
}

/**
 * The outcome of a selection: the chosen option (undefined when nothing qualifies), every qualifying option ranked,
 * every other one rejected. Each card and outside rate appears exactly once.
 *
 * @example
 * ```ts
 * const { chosen, ranked, rejected } = selectShippingMethod(input);
 * ```
 */
export interface ShippingSelection {
  /** The policy applied. */
  readonly policy: ShippingPolicy;
  /** The currency totals were compared in. */
  readonly comparedIn: string;
  /** `ranked[0]`, or undefined. */
  readonly chosen: RankedShippingOption | undefined;
  /** Qualifying options, best first. */
  readonly ranked: readonly RankedShippingOption[];
  /** Options set aside, in input order (cards first, then outside rates). */
  readonly rejected: readonly RejectedShippingOption[];
}

/** An option that qualifies, with its comparable total in minor units when already known exactly. */
type Candidate = Omit<RankedShippingOption, "rank" | "score"> & { readonly knownCost?: number | undefined };

/**
 * Quotes a shipment on every rate card (and takes every outside rate), sets aside those that cannot carry it, miss
 * `deliverBy` at their latest ETA or cannot be compared, and ranks the rest by the policy:
 * - `cheapest`: lowest total in the comparison currency;
 * - `fastest`: earliest latest-ETA, then earliest earliest-ETA;
 * - `best-value`: highest score = (w_cost × cheapest/total + w_speed × fewest days/days + w_rel × reliability)
 *   ÷ Σw, with days counted from the ship date to the latest ETA (at least 1), weights 0.5 / 0.3 / 0.2 by default
 *   and reliability 0.9 for carriers without a figure (see {@link rateLogisticsPartner} for where figures come from).
 *
 * **Ties** are broken, in order, by lower comparable total, earlier latest ETA, earlier earliest ETA, higher
 * reliability, then the id in code-point order: the result never depends on the input order.
 *
 * Totals in several currencies need `compareIn` (a currency and an {@link FxRates} port, at `compareIn.date` or the
 * ship date's UTC day); without it, mixed currencies are an invalid argument.
 *
 * A card or outside rate whose handover or ETA runs past the last day a calendar covers (late in the year, with
 * only this year's calendar data) is rejected with `ETA_BEYOND_CALENDAR`; the others are ranked as usual.
 *
 * @throws `INVALID_ARGUMENT` for a malformed input, duplicate ids or mixed currencies without `compareIn`;
 *   `CALENDAR_OUT_OF_RANGE` when the ship day or a handover lies before the first day of a calendar (calendars that
 *   start after the ship date do not belong to it)
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * const { chosen, ranked, rejected } = selectShippingMethod({
 *   shipment: { destination: { country: "US", postcode: "10001" },
 *     pieces: [{ weightKg: "1.2", dimensionsCm: { length: 30, width: 20, height: 10 } }] },
 *   rateCards: sampleShippingRateCards(),
 *   policy: "cheapest",
 *   shipDate: "2026-03-02T02:00:00Z",
 *   deliverBy: "2026-03-31",
 *   calendars: { CN: cn, US: createBusinessCalendar(US_2026) },
 * });
 * chosen?.id;
 * ```
 */
export function selectShippingMethod(input: SelectShippingMethodInput): ShippingSelection {
  const parsed = parseInput(selectShippingMethodInputSchema, input, ["input"]);
  const cards = parsed.rateCards.map((card, index) => toRateCard(card, ["input", "rateCards", index]));
  const externals = parsed.externalRates ?? [];
  requireUniqueIds(cards, externals);
  const comparedIn = comparisonCurrency(cards, externals, parsed.compareIn?.currency);
  const shipment: Shipment = { ...parsed.shipment, shipDate: parsed.shipDate };
  const facts = shipmentFacts(shipment);
  const context = etaContext(parsed.shipDate, parsed.calendars as ShippingCalendars | undefined);
  const reliabilityOf = reliabilityLookup(parsed.bestValue);
  const fxDate = parsed.compareIn?.date ?? parsed.shipDate.toISOString().slice(0, 10);
  const compare = (total: Money): Money | undefined => {
    if (total.currency === comparedIn || !parsed.compareIn) return total;
    try {
      return convertMoney(total, comparedIn, parsed.compareIn.fxRates, fxDate).money;
    } catch (error) {
      if (isCrossborderOpsError(error, "FX_RATE_MISSING")) return undefined;
      throw error;
    }
  };

  const candidates: Candidate[] = [];
  const rejected: RejectedShippingOption[] = [];
  const admit = (candidate: Omit<Candidate, "comparableTotal">): void => {
    const reasons: CarriageReason[] = [];
    const comparableTotal = compare(candidate.total);
    if (!comparableTotal) {
      reasons.push({
        code: "CURRENCY_NOT_COMPARABLE",
        message: `no ${candidate.total.currency}→${comparedIn} rate on ${fxDate}`,
      });
    }
    if (parsed.deliverBy !== undefined && candidate.eta.latest > parsed.deliverBy) {
      reasons.push({
        code: "MISSES_DEADLINE",
        message: `latest delivery ${candidate.eta.latest} is after ${parsed.deliverBy}`,
      });
    }
    if (reasons.length > 0 || !comparableTotal) {
      rejected.push(rejection(candidate, reasons, candidate.quote));
    } else {
      candidates.push({ ...candidate, comparableTotal });
    }
  };

  for (const card of cards) {
    const rated = rateOnCard(card, facts, context);
    if (!("quote" in rated)) {
      rejected.push({
        id: card.id,
        source: "rate-card",
        carrier: card.carrier,
        service: card.service,
        reasons: rated.reasons,
        quote: undefined,
      });
      continue;
    }
    const quote = rated.quote;
    if (
      quote.total.currency === comparedIn &&
      (parsed.deliverBy === undefined || quote.eta.latest <= parsed.deliverBy)
    ) {
      // The common case: comparable as is and in time, so no conversion and no intermediate object.
      candidates.push({
        id: card.id,
        source: "rate-card",
        carrier: card.carrier,
        service: card.service,
        mode: card.mode,
        total: quote.total,
        eta: quote.eta,
        reliability: reliabilityOf(card.carrier),
        quote,
        externalRate: undefined,
        comparableTotal: quote.total,
        knownCost: rated.totalMinor,
      });
      continue;
    }
    admit({
      id: card.id,
      source: "rate-card",
      carrier: card.carrier,
      service: card.service,
      mode: card.mode,
      total: quote.total,
      eta: quote.eta,
      reliability: reliabilityOf(card.carrier),
      quote,
      externalRate: undefined,
    });
  }
  for (const rate of externals) {
    const eta = externalEta(context, shipment, rate);
    const base = {
      id: externalId(rate),
      source: "external" as const,
      carrier: rate.carrier,
      service: rate.service,
    };
    if (eta && isBeyondCalendar(eta)) {
      rejected.push({ ...base, reasons: [eta.beyondCalendar], quote: undefined });
      continue;
    }
    if (!eta) {
      rejected.push({
        ...base,
        reasons: [{ code: "ETA_UNKNOWN", message: "the rate gives neither delivery days nor a delivery date" }],
        quote: undefined,
      });
      continue;
    }
    admit({
      ...base,
      mode: rate.mode,
      total: rate.total,
      eta,
      reliability: reliabilityOf(rate.carrier),
      quote: undefined,
      externalRate: rate,
    });
  }

  const shipDay = cachedLocalDateIn(parsed.shipDate, "UTC");
  const ranked = rank(candidates, parsed.policy, shipDay, parsed.bestValue?.weights);
  return Object.freeze({
    policy: parsed.policy,
    comparedIn,
    chosen: ranked[0],
    ranked: Object.freeze(ranked),
    rejected: Object.freeze(rejected),
  });
}

function rejection(
  candidate: Pick<Candidate, "id" | "source" | "carrier" | "service">,
  reasons: CarriageReason[],
  quote: ShippingQuote | undefined,
): RejectedShippingOption {
  return {
    id: candidate.id,
    source: candidate.source,
    carrier: candidate.carrier,
    service: candidate.service,
    reasons,
    quote,
  };
}

function externalId(rate: ExternalRate): string {
  return `${rate.provider}:${rate.rateId}`;
}

function requireUniqueIds(cards: readonly RateCard[], externals: readonly ExternalRate[]): void {
  const seen = new Set<string>();
  cards.forEach((card, index) => {
    if (seen.has(card.id))
      throw invalidArgument(["input", "rateCards", index, "id"], `duplicate rate card id "${card.id}"`);
    seen.add(card.id);
  });
  externals.forEach((rate, index) => {
    const id = externalId(rate);
    if (seen.has(id)) throw invalidArgument(["input", "externalRates", index, "rateId"], `duplicate id "${id}"`);
    seen.add(id);
  });
}

function comparisonCurrency(
  cards: readonly RateCard[],
  externals: readonly ExternalRate[],
  wanted: string | undefined,
): string {
  if (wanted) return wanted;
  const first = cards[0]?.currency ?? externals[0]?.total.currency ?? "USD";
  // Usually every price is in one currency: confirm that without building lists.
  if (cards.every((card) => card.currency === first) && externals.every((rate) => rate.total.currency === first)) {
    return first;
  }
  const currencies = new Set<string>([
    ...cards.map((card) => card.currency),
    ...externals.map((rate) => rate.total.currency),
  ]);
  throw invalidArgument(
    ["input", "compareIn"],
    `prices are in ${[...currencies].sort().join(", ")}; pass compareIn with a currency and FxRates to compare them`,
  );
}

const DEFAULT_RELIABILITY = new Dec("0.9");

function reliabilityLookup(
  options: z.output<typeof selectShippingMethodInputSchema>["bestValue"],
): (carrier: string) => Decimal {
  const fallback = options?.defaultReliability ?? DEFAULT_RELIABILITY;
  const table = new Map(Object.entries(options?.reliability ?? {}));
  return table.size === 0 ? () => fallback : (carrier) => table.get(carrier) ?? fallback;
}

function externalEta(
  context: EtaContext,
  shipment: Shipment,
  rate: ExternalRate,
): ShippingEta | EtaBeyondCalendar | undefined {
  const route = {
    origin: rate.originCountry ?? shipment.destination.country,
    destination: shipment.destination.country,
  };
  if (rate.estimatedDeliveryDate) return etaToDate(context, route, rate.estimatedDeliveryDate, rate.deliveryDays);
  if (rate.deliveryDays === undefined) return undefined;
  return estimateEta(context, route, undefined, { min: rate.deliveryDays, max: rate.deliveryDays });
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface SortKeys {
  readonly candidate: Candidate;
  /** Comparable total in minor units when every total is a safe integer there, else undefined (Decimal compare). */
  readonly cost: number | undefined;
  readonly reliability: number;
  score: number;
}

const scales = new Map<number, Decimal>();
const MAX_SAFE = new Dec(Number.MAX_SAFE_INTEGER);

/** A money amount in minor units when that is an integer within the safe range, else undefined. */
function minorUnitsCost(total: Money): number | undefined {
  const minor = minorUnitsOf(total.currency) ?? 2;
  let scale = scales.get(minor);
  if (scale === undefined) {
    scale = new Dec(10 ** minor);
    scales.set(minor, scale);
  }
  const scaled = total.amount.times(scale);
  return scaled.isInteger() && scaled.abs().lte(MAX_SAFE) ? scaled.toNumber() : undefined;
}

const numbers = new WeakMap<Decimal, number>();

/** A decimal as a binary number, memoised per (immutable) decimal. */
function numberOf(value: Decimal): number {
  let known = numbers.get(value);
  if (known === undefined) {
    known = value.toNumber();
    numbers.set(value, known);
  }
  return known;
}

function rank(
  candidates: Candidate[],
  policy: ShippingPolicy,
  shipDay: LocalDate,
  weights: { cost: Decimal; speed: Decimal; reliability: Decimal } | undefined,
): RankedShippingOption[] {
  const keys: SortKeys[] = [];
  let numericCost = true;
  for (const candidate of candidates) {
    const cost = candidate.knownCost ?? minorUnitsCost(candidate.comparableTotal);
    if (cost === undefined) numericCost = false;
    keys.push({ candidate, cost, reliability: numberOf(candidate.reliability), score: 0 });
  }
  const byCost = (a: SortKeys, b: SortKeys): number =>
    numericCost
      ? (a.cost as number) - (b.cost as number)
      : a.candidate.comparableTotal.amount.comparedTo(b.candidate.comparableTotal.amount);
  if (policy === "best-value") scoreBestValue(keys, shipDay, weights);
  const primary = (a: SortKeys, b: SortKeys): number => {
    switch (policy) {
      case "cheapest":
        return byCost(a, b);
      case "fastest":
        return (
          compareText(a.candidate.eta.latest, b.candidate.eta.latest) ||
          compareText(a.candidate.eta.earliest, b.candidate.eta.earliest)
        );
      case "best-value":
        return b.score - a.score;
    }
  };
  keys.sort(
    (a, b) =>
      primary(a, b) ||
      byCost(a, b) ||
      compareText(a.candidate.eta.latest, b.candidate.eta.latest) ||
      compareText(a.candidate.eta.earliest, b.candidate.eta.earliest) ||
      b.reliability - a.reliability ||
      compareDecimals(b.candidate.reliability, a.candidate.reliability) ||
      compareText(a.candidate.id, b.candidate.id),
  );
  const ranked: RankedShippingOption[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as SortKeys;
    const candidate = key.candidate;
    // The candidate's fields in its own order, then rank and score (as a spread would, without the spread's cost).
    ranked.push(
      Object.freeze({
        id: candidate.id,
        source: candidate.source,
        carrier: candidate.carrier,
        service: candidate.service,
        mode: candidate.mode,
        total: candidate.total,
        eta: candidate.eta,
        reliability: candidate.reliability,
        quote: candidate.quote,
        externalRate: candidate.externalRate,
        comparableTotal: candidate.comparableTotal,
        rank: index + 1,
        score: policy === "best-value" ? scoreDecimal(key.score) : undefined,
      }),
    );
  }
  return ranked;
}

/**
 * The best-value score of each candidate, rounded to 6 decimals: (w_cost × cheapest ÷ total + w_speed × fewest days
 * ÷ days + w_rel × reliability) ÷ Σw. Scores rank options and are not money, so they use binary floating point,
 * guarded against division by zero; the rounding makes them stable across platforms for ranking and display.
 */
function scoreBestValue(
  keys: SortKeys[],
  shipDay: LocalDate,
  weights: { cost: Decimal; speed: Decimal; reliability: Decimal } | undefined,
): void {
  const w = weights
    ? { cost: weights.cost.toNumber(), speed: weights.speed.toNumber(), reliability: weights.reliability.toNumber() }
    : { cost: 0.5, speed: 0.3, reliability: 0.2 };
  const sum = w.cost + w.speed + w.reliability;
  // A total's nearest number: from its exact minor units when known (one correctly rounded division, the same
  // number decimal.js's toNumber gives), else from the decimal.
  const toMajor = 10 ** (minorUnitsOf(keys[0]?.candidate.comparableTotal.currency ?? "USD") ?? 2);
  const totals = keys.map((key) =>
    key.cost === undefined ? key.candidate.comparableTotal.amount.toNumber() : key.cost / toMajor,
  );
  const daysTo = new Map<LocalDate, number>();
  const days = keys.map((key) => {
    const latest = key.candidate.eta.latest;
    let count = daysTo.get(latest);
    if (count === undefined) {
      count = Math.max(1, daysBetween(shipDay, latest));
      daysTo.set(latest, count);
    }
    return count;
  });
  const cheapest = Math.min(...totals);
  const quickest = Math.min(...days);
  keys.forEach((key, index) => {
    const total = totals[index] as number;
    const cost = total <= 0 ? 1 : Math.max(0, cheapest) / total;
    const speed = quickest / (days[index] as number);
    const raw = (w.cost * cost + w.speed * speed + w.reliability * key.reliability) / sum;
    key.score = Math.round(raw * 1e6) / 1e6;
  });
}

/**
 * A score rounded to 6 decimals as a decimal, built from its integer millionths: `score` is k ÷ 10^6 correctly
 * rounded, so k = round(score × 10^6) exactly and the decimal equals `new Dec(score.toFixed(6))`.
 */
function scoreDecimal(score: number): Decimal {
  return decimalFromScaledInteger(Math.round(score * 1e6), 6);
}

/** Decimal order, answering at once for the same value object (reliabilities are usually one shared default). */
function compareDecimals(a: Decimal, b: Decimal): number {
  return a === b ? 0 : a.comparedTo(b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
