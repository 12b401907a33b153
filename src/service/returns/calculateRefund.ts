import * as z from "zod";
import {
  allocate,
  currencySchema,
  Dec,
  decimalInputSchema,
  invalidArgument,
  isRoundedToMinor,
  type Money,
  money,
  moneySchema,
  opsError,
  parseInput,
  roundMoney,
  sumMoney,
  toMinorUnits,
} from "../../core/index.js";

const orderLineSchema = z.object({
  lineId: z.string().min(1),
  sku: z.string().min(1),
  unitPrice: moneySchema,
  quantity: z.number().int().positive(),
  /** A discount on this line only (coupon on the item), for the whole line. */
  lineDiscount: moneySchema.optional(),
});

const refundOrderSchema = z.object({
  /** Currency the buyer paid in; every amount must be in it. */
  currency: currencySchema,
  lines: z.array(orderLineSchema).min(1),
  /** Discounts on the whole order, shared over the lines by net value. */
  orderDiscount: moneySchema.optional(),
  /** Shipping the buyer paid, shared over the lines by net value after discounts. */
  shipping: moneySchema.optional(),
});

const quantityLineSchema = z.object({ lineId: z.string().min(1), quantity: z.number().int().positive() });

const refundInputSchema = z.object({
  order: refundOrderSchema,
  /** The units returned now. */
  returnLines: z.array(quantityLineSchema).min(1),
  /** Units refunded by earlier returns of the same order; their shares are not paid twice. */
  alreadyRefunded: z.array(quantityLineSchema).default([]),
  refundOriginalShipping: z.boolean(),
  restockingFeeRate: decimalInputSchema.default("0"),
  /** The return label's cost when the buyer pays return shipping and the seller issued the label. */
  returnShippingDeduction: moneySchema.optional(),
});

/**
 * Money as accepted in inputs: a `Money` or its JSON, `{ amount: "12.34", currency: "USD" }`.
 *
 * @example
 * ```ts
 * const price: ServiceMoneyInput = { amount: "19.99", currency: "USD" };
 * ```
 */
export type ServiceMoneyInput = Money | { readonly amount: string; readonly currency: string };

/**
 * Input of {@link calculateRefund}.
 *
 * @example
 * ```ts
 * const input: RefundInput = {
 *   order: { currency: "USD", lines: [{ lineId: "1", sku: "LAMP-01", unitPrice: money("19.99", "USD"), quantity: 2 }] },
 *   returnLines: [{ lineId: "1", quantity: 1 }],
 *   refundOriginalShipping: true,
 * };
 * ```
 */
export interface RefundInput {
  readonly order: {
    /** Currency the buyer paid in; every amount must be in it. */
    readonly currency: string;
    readonly lines: readonly {
      readonly lineId: string;
      readonly sku: string;
      readonly unitPrice: ServiceMoneyInput;
      readonly quantity: number;
      /** A discount on this line only, for the whole line. */
      readonly lineDiscount?: ServiceMoneyInput;
    }[];
    /** Discounts on the whole order, shared over the lines by net value. */
    readonly orderDiscount?: ServiceMoneyInput;
    /** Shipping the buyer paid, shared over the lines by net value after discounts. */
    readonly shipping?: ServiceMoneyInput;
  };
  /** The units returned now. */
  readonly returnLines: readonly { readonly lineId: string; readonly quantity: number }[];
  /** Units refunded by earlier returns of the same order; their shares are not paid twice. */
  readonly alreadyRefunded?: readonly { readonly lineId: string; readonly quantity: number }[];
  readonly refundOriginalShipping: boolean;
  /** Rate 0 to 1 on the net price, e.g. `"0.15"`; 0 when absent. */
  readonly restockingFeeRate?: string | number;
  /** The return label's cost when the buyer pays return shipping and the seller issued the label. */
  readonly returnShippingDeduction?: ServiceMoneyInput;
}

/**
 * The refund of one returned line.
 *
 * @example
 * ```ts
 * const line: RefundLine = {
 *   lineId: "1", sku: "LAMP-01", quantity: 1, itemAmount: money("19.99", "USD"), discount: money("1.54", "USD"),
 *   shipping: money("2.46", "USD"), restockingFee: money("0", "USD"), refund: money("20.91", "USD"),
 * };
 * ```
 */
export interface RefundLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  /** Unit price × quantity. */
  readonly itemAmount: Money;
  /** The units' share of line and order discounts (subtracted). */
  readonly discount: Money;
  /** The units' share of the original shipping (zero unless refunded). */
  readonly shipping: Money;
  /** Restocking fee on the units' net price (subtracted). */
  readonly restockingFee: Money;
  /** itemAmount − discount + shipping − restockingFee. */
  readonly refund: Money;
}

/**
 * A refund, line by line, in the currency of the original payment.
 *
 * @example
 * ```ts
 * const r = calculateRefund(input);
 * formatMoney(r.total); // "$20.91"
 * ```
 */
export interface RefundBreakdown {
  readonly currency: string;
  readonly lines: readonly RefundLine[];
  /** Return label cost deducted (capped so the refund never goes below zero). */
  readonly returnShippingDeduction: Money;
  /** Σ line refunds − deduction. */
  readonly total: Money;
}

function requireCurrencyOf(value: Money | undefined, currency: string, path: (string | number)[]): void {
  if (value === undefined) return;
  if (value.currency !== currency)
    throw opsError("CURRENCY_MISMATCH", [
      { path, message: `expected ${currency} (the original payment), got ${value.currency}; convert it first` },
    ]);
  if (!isRoundedToMinor(value)) throw invalidArgument(path, `must be rounded to ${currency} minor units`);
  if (value.amount.isNegative()) throw invalidArgument(path, "must not be negative");
}

/** A non-negative amount as an integer count of minor units, so `allocate` takes its integer fast path. */
function minorRatio(value: Money): number | string {
  const minor = toMinorUnits(value);
  const abs = minor < 0n ? -minor : minor;
  return abs <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(abs) : abs.toString();
}

/** Per-unit shares of an amount over `quantity` units; the sum of any units' shares is exact. */
function unitShares(amount: Money, quantity: number): Money[] {
  return allocate(amount, new Array<number>(quantity).fill(1));
}

function sumRange(shares: readonly Money[], from: number, count: number, currency: string): Money {
  return sumMoney(shares.slice(from, from + count), currency);
}

/**
 * Calculates a refund in Money, exactly: for each returned line the item price, minus its share of line and order
 * discounts, plus its share of the original shipping when refunded, minus the restocking fee (rate × net price,
 * rounded half-up per line); then minus the return label cost, capped at the lines' refund. Discounts are shared
 * over lines by net value and shipping by net value after discounts, each with core `allocate` (largest remainder),
 * then over units of a line equally (by units when
 * every line's value is zero); a return takes the next units not yet refunded, so partial refunds of an
 * order across several returns add up to exactly what the buyer paid.
 *
 * @throws `INVALID_ARGUMENT` for unknown or over-returned lines, unrounded or negative amounts, discounts above the
 *   goods; `CURRENCY_MISMATCH` for an amount not in the payment currency
 * @example
 * ```ts
 * const r = calculateRefund({
 *   order: {
 *     currency: "USD",
 *     lines: [
 *       { lineId: "A", sku: "LAMP-01", unitPrice: money("19.99", "USD"), quantity: 2 },
 *       { lineId: "B", sku: "SHADE-02", unitPrice: money("25.00", "USD"), quantity: 1 },
 *     ],
 *     orderDiscount: money("5.00", "USD"),
 *     shipping: money("7.99", "USD"),
 *   },
 *   returnLines: [{ lineId: "A", quantity: 1 }],
 *   refundOriginalShipping: true,
 * });
 * r.total.amount.toFixed(2); // "20.91" = 19.99 − 1.54 + 2.46
 * ```
 */
export function calculateRefund(input: RefundInput): RefundBreakdown {
  const parsed = parseInput(refundInputSchema, input, ["input"]);
  const { order } = parsed;
  const currency = order.currency;
  order.lines.forEach((line, i) => {
    requireCurrencyOf(line.unitPrice, currency, ["input", "order", "lines", i, "unitPrice"]);
    requireCurrencyOf(line.lineDiscount, currency, ["input", "order", "lines", i, "lineDiscount"]);
  });
  requireCurrencyOf(order.orderDiscount, currency, ["input", "order", "orderDiscount"]);
  requireCurrencyOf(order.shipping, currency, ["input", "order", "shipping"]);
  requireCurrencyOf(parsed.returnShippingDeduction, currency, ["input", "returnShippingDeduction"]);
  const rate = new Dec(parsed.restockingFeeRate);
  if (rate.isNegative() || rate.gt(1)) throw invalidArgument(["input", "restockingFeeRate"], "must be from 0 to 1");

  const zero = money(0, currency);
  const gross = order.lines.map((line) => money(line.unitPrice.amount.times(line.quantity), currency));
  const afterLine = order.lines.map((line, i) => {
    const net = (gross[i] as Money).amount.minus(line.lineDiscount?.amount ?? 0);
    if (net.isNegative())
      throw invalidArgument(["input", "order", "lines", i, "lineDiscount"], "must not exceed the line's price");
    return money(net, currency);
  });
  const netTotal = sumMoney(afterLine, currency);
  const orderDiscount = order.orderDiscount ?? zero;
  if (orderDiscount.amount.gt(netTotal.amount))
    throw invalidArgument(["input", "order", "orderDiscount"], "must not exceed the goods' net value");
  // Shares by value; when every base is zero (a 100% discount), by units, so no cent of shipping is lost.
  const share = (amount: Money, bases: readonly Money[]): Money[] => {
    if (amount.amount.isZero()) return bases.map(() => zero);
    if (bases.every((base) => base.amount.isZero()))
      return allocate(
        amount,
        order.lines.map((line) => line.quantity),
      );
    return allocate(amount, bases.map(minorRatio));
  };
  const orderDiscountShares = share(orderDiscount, afterLine);
  const netAfterDiscounts = afterLine.map((net, i) =>
    money(net.amount.minus((orderDiscountShares[i] as Money).amount), currency),
  );
  const shippingShares = share(order.shipping ?? zero, netAfterDiscounts);

  const refunded = new Map<string, number>();
  for (const line of parsed.alreadyRefunded)
    refunded.set(line.lineId, (refunded.get(line.lineId) ?? 0) + line.quantity);
  const lines: RefundLine[] = parsed.returnLines.map((item, i) => {
    const index = order.lines.findIndex((line) => line.lineId === item.lineId);
    const line = order.lines[index];
    if (!line)
      throw invalidArgument(["input", "returnLines", i, "lineId"], `"${item.lineId}" is not a line of the order`);
    const from = refunded.get(item.lineId) ?? 0;
    if (from + item.quantity > line.quantity)
      throw invalidArgument(
        ["input", "returnLines", i, "quantity"],
        `only ${line.quantity - from} of ${line.quantity} units of line "${item.lineId}" are left to refund`,
      );
    refunded.set(item.lineId, from + item.quantity);
    const discountTotal = money(
      (line.lineDiscount?.amount ?? new Dec(0)).plus((orderDiscountShares[index] as Money).amount),
      currency,
    );
    const discount = sumRange(unitShares(discountTotal, line.quantity), from, item.quantity, currency);
    const shipping = parsed.refundOriginalShipping
      ? sumRange(unitShares(shippingShares[index] as Money, line.quantity), from, item.quantity, currency)
      : zero;
    const itemAmount = money(line.unitPrice.amount.times(item.quantity), currency);
    const net = itemAmount.amount.minus(discount.amount);
    const restockingFee = roundMoney(money(net.times(rate), currency), "half-up");
    const refund = money(net.plus(shipping.amount).minus(restockingFee.amount), currency);
    return {
      lineId: line.lineId,
      sku: line.sku,
      quantity: item.quantity,
      itemAmount,
      discount,
      shipping,
      restockingFee,
      refund,
    };
  });
  const linesTotal = sumMoney(
    lines.map((line) => line.refund),
    currency,
  );
  const wanted = parsed.returnShippingDeduction ?? zero;
  const deduction = wanted.amount.gt(linesTotal.amount) ? linesTotal : wanted;
  return {
    currency,
    lines,
    returnShippingDeduction: deduction,
    total: money(linesTotal.amount.minus(deduction.amount), currency),
  };
}
