import * as z from "zod";
import {
  currencySchema,
  Dec,
  type Decimal,
  invalidArgument,
  type Money,
  minorUnitsOf,
  money,
  parseInput,
} from "../../core/index.js";
import { makeMoney } from "../../core/money/Money.js";
import {
  moneyLikeSchema,
  nonNegativeDecimalLikeSchema,
  nonNegativeDecimalSchema,
  toMoneyValue,
} from "./decimalSchemas.js";
import type { ShippingQuote } from "./quoteShipment.js";
import { type RateCard, toRateCard } from "./rateCard.js";
import { basePrice } from "./ratePricing.js";

/**
 * Codes of the charge lines a booking or an invoice carries: the base freight, the surcharges a quote itemises, and
 * `OTHER` for anything else a carrier bills (duties paid on your behalf, address correction ...).
 *
 * @example
 * ```ts
 * const code: FreightChargeCode = "FUEL";
 * ```
 */
export type FreightChargeCode = z.infer<typeof freightChargeCodeSchema>;

/**
 * Schema of {@link FreightChargeCode}.
 *
 * @example
 * ```ts
 * freightChargeCodeSchema.parse("REMOTE_AREA");
 * ```
 */
export const freightChargeCodeSchema = z.enum([
  "BASE",
  "FUEL",
  "REMOTE_AREA",
  "OVERSIZE",
  "BATTERY",
  "PEAK_SEASON",
  "OTHER",
]);

const chargeSchema = z.object({ code: freightChargeCodeSchema, amount: moneyLikeSchema });

/**
 * Schema of what was booked for one shipment (usually built from its quote with {@link freightBookingFromQuote}):
 * the reference the carrier bills against, the rate card and zone, the chargeable weight in the card's unit, the
 * item count for per-item prices, and the expected charges.
 *
 * @example
 * ```ts
 * freightBookingSchema.parse({ shipmentRef: "SHP-1", rateCardId: "sample-express", zoneId: "EU", chargeableWeight: "7.5",
 *   charges: [{ code: "BASE", amount: { amount: "629.00", currency: "CNY" } }] });
 * ```
 */
export const freightBookingSchema = z.object({
  shipmentRef: z.string().min(1),
  rateCardId: z.string().min(1),
  zoneId: z.string().min(1).optional(),
  chargeableWeight: nonNegativeDecimalLikeSchema,
  itemCount: z.number().int().positive().optional(),
  charges: z.array(chargeSchema).min(1),
});

/**
 * A booking as written in data.
 *
 * @example
 * ```ts
 * const booking: FreightBookingInput = freightBookingFromQuote("SHP-1", quote);
 * ```
 */
export type FreightBookingInput = z.input<typeof freightBookingSchema>;

/**
 * Schema of one carrier invoice line: its own id, the shipment reference, the rate card (service) billed, the
 * weight the carrier billed (after any re-weighing, in the card's unit) and the charges.
 *
 * @example
 * ```ts
 * freightInvoiceLineSchema.parse({ lineId: "INV-7/1", shipmentRef: "SHP-1", rateCardId: "sample-express", billedWeight: "8",
 *   charges: [{ code: "BASE", amount: { amount: "667.00", currency: "CNY" } }] });
 * ```
 */
export const freightInvoiceLineSchema = z.object({
  lineId: z.string().min(1),
  shipmentRef: z.string().min(1),
  rateCardId: z.string().min(1).optional(),
  billedWeight: nonNegativeDecimalLikeSchema.optional(),
  charges: z.array(chargeSchema).min(1),
});

/**
 * An invoice line as written in data.
 *
 * @example
 * ```ts
 * const line: FreightInvoiceLineInput = { lineId: "1", shipmentRef: "SHP-1", charges: [{ code: "BASE", amount: { amount: "10.00", currency: "USD" } }] };
 * ```
 */
export type FreightInvoiceLineInput = z.input<typeof freightInvoiceLineSchema>;

/**
 * Schema of the input of {@link auditFreightBill}: the invoice lines, the bookings, optionally the rate cards (to
 * re-price re-weighed parcels) and the tolerance: a line's variance is accepted when it is within the larger of
 * `amount` and `percent` % of the expected total (both 0 by default).
 *
 * @example
 * ```ts
 * // see auditFreightBill
 * ```
 */
export const auditFreightBillInputSchema = z.object({
  currency: currencySchema,
  lines: z.array(freightInvoiceLineSchema),
  bookings: z.array(freightBookingSchema),
  rateCards: z.array(z.unknown()).optional(),
  tolerance: z
    .object({ amount: nonNegativeDecimalSchema.optional(), percent: nonNegativeDecimalSchema.optional() })
    .optional(),
});

/**
 * Input of {@link auditFreightBill}.
 *
 * @example
 * ```ts
 * const input: AuditFreightBillInput = { currency: "CNY", lines: [], bookings: [], tolerance: { amount: "1.00", percent: "2" } };
 * ```
 */
export type AuditFreightBillInput = Omit<z.input<typeof auditFreightBillInputSchema>, "rateCards"> & {
  /** Rate cards by id, to re-price re-weighed parcels at the billed weight. */
  readonly rateCards?: readonly unknown[];
};

/**
 * What an audit found on a line:
 * - `DUPLICATE`: the shipment was already billed on an earlier line (the whole line is disputed);
 * - `NOT_BOOKED`: no booking for this shipment (whole line disputed);
 * - `SERVICE_NOT_BOOKED`: billed on another rate card than booked;
 * - `REWEIGHED`: billed weight differs from the booked chargeable weight;
 * - `UNEXPECTED_CHARGE`: a charge code that was not booked;
 * - `CHARGE_VARIANCE`: a booked charge billed at another amount;
 * - `MISSING_CHARGE`: a booked charge not billed (in your favour);
 * - `OVER_TOLERANCE`: the line's variance exceeds the tolerance, so it is disputed.
 *
 * @example
 * ```ts
 * const code: FreightAuditFindingCode = "REWEIGHED";
 * ```
 */
export type FreightAuditFindingCode =
  | "DUPLICATE"
  | "NOT_BOOKED"
  | "SERVICE_NOT_BOOKED"
  | "REWEIGHED"
  | "UNEXPECTED_CHARGE"
  | "CHARGE_VARIANCE"
  | "MISSING_CHARGE"
  | "OVER_TOLERANCE";

/**
 * One finding, with the amount it concerns (billed − expected, or the whole line).
 *
 * @example
 * ```ts
 * const f: FreightAuditFinding = { code: "CHARGE_VARIANCE", message: "FUEL billed 130.00, expected 116.37", amount: money("13.63", "CNY") };
 * ```
 */
export interface FreightAuditFinding {
  /** Stable code. */
  readonly code: FreightAuditFindingCode;
  /** What was found, with figures. */
  readonly message: string;
  /** The difference concerned, when there is one. */
  readonly amount: Money | undefined;
}

/**
 * The audit of one invoice line: `ok` (matches), `within-tolerance` (differs, accepted) or `disputed`, the billed
 * and expected totals, the variance (billed − expected), the amount to dispute and the findings.
 *
 * @example
 * ```ts
 * const line: FreightAuditLine = auditFreightBill(input).lines[0]!;
 * line.status; // "disputed"
 * ```
 */
export interface FreightAuditLine {
  /** The invoice line id. */
  readonly lineId: string;
  /** The shipment reference. */
  readonly shipmentRef: string;
  /** Verdict. */
  readonly status: "ok" | "within-tolerance" | "disputed";
  /** Sum of the billed charges. */
  readonly billed: Money;
  /** What should have been billed (zero for a duplicate or an unbooked line). */
  readonly expected: Money;
  /** Billed − expected. */
  readonly variance: Money;
  /** What to claim back (0 unless disputed; never negative). */
  readonly dispute: Money;
  /** Every finding. */
  readonly findings: readonly FreightAuditFinding[];
}

/**
 * The audit of a freight bill: each line, the totals and the count of disputed lines.
 *
 * @example
 * ```ts
 * const audit: FreightAudit = auditFreightBill(input);
 * audit.totals.dispute.amount.toFixed(2);
 * ```
 */
export interface FreightAudit {
  /** One entry per invoice line, in invoice order. */
  readonly lines: readonly FreightAuditLine[];
  /** Sums over the lines. */
  readonly totals: {
    readonly billed: Money;
    readonly expected: Money;
    readonly variance: Money;
    readonly dispute: Money;
  };
  /** Number of disputed lines. */
  readonly disputedLines: number;
}

/**
 * Builds the booking of a shipment from its quote, so the invoice can later be audited against it.
 *
 * @example
 * ```ts
 * const r = quoteShipment(card, shipment);
 * if (r.ok) bookings.push(freightBookingFromQuote("SHP-1", r.value));
 * ```
 */
export function freightBookingFromQuote(
  shipmentRef: string,
  quote: ShippingQuote,
  itemCount?: number,
): FreightBookingInput {
  if (typeof shipmentRef !== "string" || shipmentRef === "")
    throw invalidArgument(["shipmentRef"], "must be a non-empty string");
  const json = (amount: Money) => ({ amount: amount.amount.toFixed(), currency: amount.currency });
  return {
    shipmentRef,
    rateCardId: quote.rateCardId,
    zoneId: quote.zoneId,
    chargeableWeight: quote.chargeable.value.toFixed(),
    ...(itemCount === undefined ? {} : { itemCount }),
    charges: [
      { code: "BASE", amount: json(quote.base) },
      ...quote.surcharges.map((line) => ({ code: line.code, amount: json(line.amount) })),
    ],
  };
}

type Booking = z.output<typeof freightBookingSchema>;
type InvoiceLine = z.output<typeof freightInvoiceLineSchema>;

/**
 * Audits a carrier's freight bill line by line against the bookings (and, for re-weighed parcels, the rate cards):
 * duplicates, shipments never booked, services not booked, re-weighing, surcharges that drifted or appeared, and the
 * line's variance against a tolerance. Disputed lines claim back their positive variance (a duplicate or an unbooked
 * line: its whole amount); lines billed below expectation are never disputed.
 *
 * Re-weighed parcels: when the card is given and the booking names its zone, the base freight is re-priced at the
 * billed weight on that card (zone minimum applied) and the fuel surcharge follows the card's percentage; otherwise
 * the booked amounts stay the expectation and the extra is disputed.
 *
 * @throws `INVALID_ARGUMENT` for malformed lines or bookings, amounts in another currency than `currency`, or two
 *   bookings for one shipment
 * @example
 * ```ts
 * const audit = auditFreightBill({ currency: "CNY", lines, bookings, rateCards: sampleShippingRateCards(), tolerance: { amount: "1.00" } });
 * audit.totals.dispute.amount.toFixed(2);
 * ```
 */
export function auditFreightBill(input: AuditFreightBillInput): FreightAudit {
  const parsed = parseInput(auditFreightBillInputSchema, input, ["input"]);
  const currency = parsed.currency;
  requireCurrency(parsed, currency);
  const bookings = new Map<string, Booking>();
  parsed.bookings.forEach((booking, index) => {
    if (bookings.has(booking.shipmentRef)) {
      throw invalidArgument(["input", "bookings", index, "shipmentRef"], `two bookings for "${booking.shipmentRef}"`);
    }
    bookings.set(booking.shipmentRef, booking);
  });
  const cards = new Map<string, RateCard>();
  (parsed.rateCards ?? []).forEach((card, index) => {
    const defined = toRateCard(card, ["input", "rateCards", index]);
    cards.set(defined.id, defined);
  });
  const amountTolerance = parsed.tolerance?.amount ?? new Dec(0);
  const percentTolerance = parsed.tolerance?.percent ?? new Dec(0);
  const billedRefs = new Set<string>();
  const lines: FreightAuditLine[] = [];
  let billedSum = new Dec(0);
  let expectedSum = new Dec(0);
  let disputeSum = new Dec(0);
  let disputedLines = 0;
  for (const line of parsed.lines) {
    const audited = auditLine(line, bookings.get(line.shipmentRef), billedRefs.has(line.shipmentRef), cards, {
      currency,
      amountTolerance,
      percentTolerance,
    });
    billedRefs.add(line.shipmentRef);
    lines.push(audited);
    billedSum = billedSum.plus(audited.billed.amount);
    expectedSum = expectedSum.plus(audited.expected.amount);
    disputeSum = disputeSum.plus(audited.dispute.amount);
    if (audited.status === "disputed") disputedLines++;
  }
  return Object.freeze({
    lines: Object.freeze(lines),
    totals: Object.freeze({
      billed: money(billedSum, currency),
      expected: money(expectedSum, currency),
      variance: money(billedSum.minus(expectedSum), currency),
      dispute: money(disputeSum, currency),
    }),
    disputedLines,
  });
}

function requireCurrency(parsed: z.output<typeof auditFreightBillInputSchema>, currency: string): void {
  const check = (charges: readonly { amount: { currency: string } }[], path: (string | number)[]) => {
    charges.forEach((charge, index) => {
      if (charge.amount.currency !== currency) {
        throw invalidArgument([...path, index, "amount", "currency"], `must be ${currency} like the bill`);
      }
    });
  };
  parsed.lines.forEach((line, index) => {
    check(line.charges, ["input", "lines", index, "charges"]);
  });
  parsed.bookings.forEach((booking, index) => {
    check(booking.charges, ["input", "bookings", index, "charges"]);
  });
}

interface AuditSettings {
  readonly currency: string;
  readonly amountTolerance: Decimal;
  readonly percentTolerance: Decimal;
}

function byCode(charges: readonly { code: string; amount: Money | { amount: string } }[]): Map<string, Decimal> {
  const map = new Map<string, Decimal>();
  for (const charge of charges) {
    const amount = toMoneyValue(charge.amount as Money).amount;
    map.set(charge.code, (map.get(charge.code) ?? new Dec(0)).plus(amount));
  }
  return map;
}

function auditLine(
  line: InvoiceLine,
  booking: Booking | undefined,
  duplicate: boolean,
  cards: ReadonlyMap<string, RateCard>,
  settings: AuditSettings,
): FreightAuditLine {
  const { currency } = settings;
  const zero = new Dec(0);
  const m = (amount: Decimal) => makeMoney(amount, currency);
  const billedCharges = byCode(line.charges);
  let billed = zero;
  for (const amount of billedCharges.values()) billed = billed.plus(amount);
  const findings: FreightAuditFinding[] = [];
  const whole = (code: "DUPLICATE" | "NOT_BOOKED", message: string): FreightAuditLine => {
    findings.push({ code, message, amount: m(billed) });
    return Object.freeze({
      lineId: line.lineId,
      shipmentRef: line.shipmentRef,
      status: "disputed",
      billed: m(billed),
      expected: m(zero),
      variance: m(billed),
      dispute: m(billed.isNegative() ? zero : billed),
      findings: Object.freeze(findings),
    });
  };
  if (duplicate) return whole("DUPLICATE", `${line.shipmentRef} was already billed on an earlier line`);
  if (!booking) return whole("NOT_BOOKED", `no booking for ${line.shipmentRef}`);

  if (line.rateCardId !== undefined && line.rateCardId !== booking.rateCardId) {
    findings.push({
      code: "SERVICE_NOT_BOOKED",
      message: `billed on ${line.rateCardId}, booked on ${booking.rateCardId}`,
      amount: undefined,
    });
  }
  const expectedCharges = byCode(booking.charges);
  const bookedWeight = new Dec(booking.chargeableWeight);
  const billedWeight = line.billedWeight === undefined ? undefined : new Dec(line.billedWeight);
  if (billedWeight !== undefined && !billedWeight.eq(bookedWeight)) {
    const repriced = repriceAtWeight(booking, billedWeight, cards.get(booking.rateCardId), expectedCharges);
    findings.push({
      code: "REWEIGHED",
      message: `billed weight ${billedWeight.toString()}, booked ${bookedWeight.toString()}${
        repriced ? "; re-priced on the card at the billed weight" : "; no card to re-price, booked amounts kept"
      }`,
      amount: undefined,
    });
  }
  let expected = zero;
  for (const amount of expectedCharges.values()) expected = expected.plus(amount);
  for (const [code, amount] of billedCharges) {
    const wanted = expectedCharges.get(code);
    if (wanted === undefined) {
      findings.push({
        code: "UNEXPECTED_CHARGE",
        message: `${code} ${amount.toFixed(2)} was not booked`,
        amount: m(amount),
      });
    } else if (!wanted.eq(amount)) {
      findings.push({
        code: "CHARGE_VARIANCE",
        message: `${code} billed ${amount.toFixed(2)}, expected ${wanted.toFixed(2)}`,
        amount: m(amount.minus(wanted)),
      });
    }
  }
  for (const [code, amount] of expectedCharges) {
    if (!billedCharges.has(code)) {
      findings.push({
        code: "MISSING_CHARGE",
        message: `${code} ${amount.toFixed(2)} was not billed`,
        amount: m(amount.negated()),
      });
    }
  }
  const variance = billed.minus(expected);
  const tolerance = Dec.max(settings.amountTolerance, expected.abs().times(settings.percentTolerance).div(100));
  const over = variance.gt(tolerance);
  if (over) {
    findings.push({
      code: "OVER_TOLERANCE",
      message: `variance ${variance.toFixed(2)} exceeds the tolerance ${tolerance.toFixed(2)}`,
      amount: m(variance),
    });
  }
  const status = over ? "disputed" : variance.isZero() && findings.length === 0 ? "ok" : "within-tolerance";
  return Object.freeze({
    lineId: line.lineId,
    shipmentRef: line.shipmentRef,
    status,
    billed: m(billed),
    expected: m(expected),
    variance: m(variance),
    dispute: m(over ? variance : zero),
    findings: Object.freeze(findings),
  });
}

/** Re-prices BASE (and FUEL) at the billed weight when the card and zone are known; mutates `expected`. */
function repriceAtWeight(
  booking: Booking,
  weight: Decimal,
  card: RateCard | undefined,
  expected: Map<string, Decimal>,
): boolean {
  const zone = card?.zones.find((candidate) => candidate.id === booking.zoneId);
  if (!card || !zone) return false;
  const computed = basePrice(zone.price, weight, booking.itemCount ?? 1);
  const base = (zone.minimumCharge && computed.lt(zone.minimumCharge) ? zone.minimumCharge : computed).toDecimalPlaces(
    minorUnits(card.currency),
    Dec.ROUND_HALF_UP,
  );
  expected.set("BASE", base);
  const fuel = card.surcharges?.fuel;
  if (fuel && expected.has("FUEL")) {
    let fuelBase = base;
    if (fuel.includeSurcharges) {
      for (const [code, amount] of expected) if (code !== "BASE" && code !== "FUEL") fuelBase = fuelBase.plus(amount);
    }
    expected.set(
      "FUEL",
      fuelBase.times(fuel.percent).div(100).toDecimalPlaces(minorUnits(card.currency), Dec.ROUND_HALF_UP),
    );
  }
  return true;
}

function minorUnits(currency: string): number {
  return minorUnitsOf(currency) ?? 2;
}
