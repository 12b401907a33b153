import * as z from "zod";
import {
  Dec,
  type Decimal,
  decimalInputSchema,
  invalidArgument,
  isDecimalString,
  localDateSchema,
  type Money,
  minorUnitsOf,
  money,
  moneySchema,
  opsError,
  parseInput,
} from "../../core/index.js";
import { makeMoney } from "../../core/money/Money.js";
import type { PurchaseOrderInput } from "../purchasing/purchaseOrderSchema.js";

// decimalInputSchema admits only what Dec parses; a value that failed it already has its issue and is skipped here.
const nonNegative = decimalInputSchema.refine(
  (v) => (typeof v === "number" ? !Number.isFinite(v) || v >= 0 : !isDecimalString(v) || new Dec(v).gte(0)),
  { message: "must be a number ≥ 0" },
);

/**
 * Schema of matching tolerances. Quantity: units (`absolute`) and/or percent of the quantity received; price:
 * currency units per unit (`absolute`) and/or percent of the PO unit price. When both limits are given a variance
 * must stay within both (the stricter one decides). Absent limits are 0 (exact match).
 *
 * @example
 * ```ts
 * matchTolerancesSchema.parse({ quantity: { percent: 2 }, price: { absolute: "0.05", percent: 1 } });
 * ```
 */
export const matchTolerancesSchema = z.object({
  quantity: z.object({ absolute: nonNegative.optional(), percent: nonNegative.optional() }).default({}),
  price: z.object({ absolute: nonNegative.optional(), percent: nonNegative.optional() }).default({}),
});

/**
 * Schema of a supplier invoice: per line the PO line it bills, the quantity and the unit price.
 *
 * @example
 * ```ts
 * supplierInvoiceSchema.parse({ invoiceNumber: "INV-88", supplierId: "SUP-1", invoiceDate: "2026-04-25", currency: "CNY", lines: [{ poLineId: "10", quantity: 600, unitPrice: { amount: "18.50", currency: "CNY" } }] });
 * ```
 */
export const supplierInvoiceSchema = z.object({
  invoiceNumber: z.string().min(1),
  supplierId: z.string().min(1),
  invoiceDate: localDateSchema,
  currency: z.string().length(3),
  lines: z
    .array(z.object({ poLineId: z.string().min(1), quantity: z.number().int().positive(), unitPrice: moneySchema }))
    .min(1),
});

/**
 * A supplier invoice as accepted.
 *
 * @example
 * ```ts
 * const inv: SupplierInvoice = { invoiceNumber: "INV-88", supplierId: "SUP-1", invoiceDate: "2026-04-25", currency: "CNY", lines: [{ poLineId: "10", quantity: 600, unitPrice: { amount: "18.50", currency: "CNY" } }] };
 * ```
 */
export type SupplierInvoice = z.input<typeof supplierInvoiceSchema>;

const matchedPurchaseOrderSchema = z.object({
  id: z.string().min(1),
  supplierId: z.string().min(1),
  currency: z.string().length(3),
  lines: z.array(z.object({ lineId: z.string().min(1), unitPrice: moneySchema })).min(1),
});

/**
 * Schema of the three-way match input: the PO, the quantities received per line (one entry per receipt or one total
 * per line; use accepted quantities to pay only for goods that passed IQC), the invoice, the supplier's earlier
 * invoices on this PO (for partial invoicing and duplicate detection) and tolerances.
 *
 * @example
 * ```ts
 * threeWayMatchInputSchema.parse({ purchaseOrder: po, receipts: [{ lineId: "10", quantity: 600 }], invoice, previousInvoices: [] });
 * ```
 */
export const threeWayMatchInputSchema = z.object({
  /** Only what the match uses is validated here (id, supplier, currency, line ids and unit prices). */
  purchaseOrder: matchedPurchaseOrderSchema,
  receipts: z.array(z.object({ lineId: z.string().min(1), quantity: z.number().int().nonnegative() })),
  invoice: supplierInvoiceSchema,
  previousInvoices: z
    .array(
      z.object({
        invoiceNumber: z.string().min(1),
        lines: z.array(z.object({ poLineId: z.string().min(1), quantity: z.number().int().nonnegative() })),
      }),
    )
    .default([]),
  tolerances: matchTolerancesSchema.default({ quantity: {}, price: {} }),
});

/**
 * The three-way match input as accepted.
 *
 * @example
 * ```ts
 * const input: ThreeWayMatchInput = { purchaseOrder: po, receipts: [{ lineId: "10", quantity: 600 }], invoice };
 * ```
 */
export type ThreeWayMatchInput = Omit<z.input<typeof threeWayMatchInputSchema>, "purchaseOrder"> & {
  readonly purchaseOrder: PurchaseOrderInput;
};

/**
 * A line's verdict: `matched`, `price-variance`, `quantity-variance` (billed more than received beyond tolerance),
 * `not-received` (nothing received on the line) or `not-ordered` (no such PO line).
 *
 * @example
 * ```ts
 * const v: MatchLineVerdict = "price-variance";
 * ```
 */
export type MatchLineVerdict = "matched" | "price-variance" | "quantity-variance" | "not-received" | "not-ordered";

/**
 * The invoice's verdict: `duplicate-invoice` when its number was already billed, else `matched` when every line
 * matched, else the most serious line verdict (not-ordered, not-received, quantity-variance, price-variance).
 *
 * @example
 * ```ts
 * const v: MatchInvoiceVerdict = "duplicate-invoice";
 * ```
 */
export type MatchInvoiceVerdict = MatchLineVerdict | "duplicate-invoice";

/**
 * The match of one invoice line.
 *
 * @example
 * ```ts
 * const line: MatchedInvoiceLine = result.lines[0];
 * line.verdict; // "matched"
 * ```
 */
export interface MatchedInvoiceLine {
  readonly index: number;
  readonly poLineId: string;
  readonly verdict: MatchLineVerdict;
  /** True when the price is outside tolerance (also set when the quantity verdict takes precedence). */
  readonly priceVariance: boolean;
  readonly quantityVariance: boolean;
  readonly invoicedQuantity: number;
  /** Received on the line, in total. */
  readonly receivedQuantity: number;
  /** Invoiced on this line before this invoice line (earlier invoices and earlier lines of this invoice). */
  readonly previouslyInvoicedQuantity: number;
  /** `previously invoiced + invoiced − received`; positive means billed beyond what arrived. */
  readonly quantityDifference: number;
  readonly poUnitPrice: Money | null;
  readonly invoiceUnitPrice: Money;
  /** `invoiced quantity × invoice price`, rounded half-up to minor units. */
  readonly invoiceAmount: Money;
  /** `invoiced quantity × (invoice price − PO price)`, rounded; zero when not ordered. */
  readonly priceVarianceAmount: Money;
}

/**
 * The outcome of {@link matchSupplierInvoice}.
 *
 * @example
 * ```ts
 * result.verdict; // "matched"
 * result.invoiceTotal.amount.toFixed(2); // "11100.00"
 * ```
 */
export interface ThreeWayMatchResult {
  readonly invoiceNumber: string;
  readonly verdict: MatchInvoiceVerdict;
  readonly lines: readonly MatchedInvoiceLine[];
  /** Lines per verdict. */
  readonly counts: Readonly<Record<MatchLineVerdict, number>>;
  readonly invoiceTotal: Money;
  /** Sum of the amounts of matched lines: what may be approved for payment now. */
  readonly matchedTotal: Money;
  readonly priceVarianceTotal: Money;
}

const SEVERITY: readonly MatchLineVerdict[] = ["not-ordered", "not-received", "quantity-variance", "price-variance"];

/** A tolerance limit for a base: the absolute limit, the percent of the base, or the smaller of both; 0 if neither. */
function limiter(limits: { absolute?: string | number | undefined; percent?: string | number | undefined }) {
  const absolute = limits.absolute === undefined ? null : new Dec(limits.absolute);
  const share = limits.percent === undefined ? null : new Dec(limits.percent).div(100);
  return (base: Decimal): Decimal => {
    if (share === null) return absolute ?? ZERO;
    const byPercent = base.times(share);
    return absolute === null ? byPercent : Dec.min(absolute, byPercent);
  };
}

const ZERO = new Dec(0);

/**
 * Three-way match (三单匹配): compares each invoice line with its PO line (price) and with what was received
 * (quantity, cumulatively with earlier invoices so partial invoices against partial receipts work), within
 * tolerances, and gives a verdict per line and for the invoice. Nothing is thrown for business outcomes: variances
 * and duplicates are verdicts.
 *
 * @throws `INVALID_ARGUMENT` for malformed input or an invoice from another supplier; `CURRENCY_MISMATCH` when the
 *   invoice is not in the PO currency
 * @example
 * ```ts
 * const result = matchSupplierInvoice({
 *   purchaseOrder: po,
 *   receipts: [{ lineId: "10", quantity: 600 }],
 *   invoice: { invoiceNumber: "INV-88", supplierId: "SUP-1", invoiceDate: "2026-04-25", currency: "CNY", lines: [{ poLineId: "10", quantity: 600, unitPrice: { amount: "18.50", currency: "CNY" } }] },
 *   tolerances: { price: { percent: 1 } },
 * });
 * result.verdict; // "matched"
 * ```
 */
export function matchSupplierInvoice(input: ThreeWayMatchInput): ThreeWayMatchResult {
  const {
    purchaseOrder: po,
    receipts,
    invoice,
    previousInvoices,
    tolerances,
  } = parseInput(threeWayMatchInputSchema, input, ["input"]);
  if (invoice.supplierId !== po.supplierId)
    throw invalidArgument(["input", "invoice", "supplierId"], `must be the PO supplier ${po.supplierId}`);
  if (invoice.currency !== po.currency) {
    throw opsError("CURRENCY_MISMATCH", [
      { path: ["input", "invoice", "currency"], message: `the PO is in ${po.currency}; the invoice must be too` },
    ]);
  }
  const poLines = new Map(po.lines.map((line) => [line.lineId, line]));
  const received = new Map<string, number>();
  for (const receipt of receipts) received.set(receipt.lineId, (received.get(receipt.lineId) ?? 0) + receipt.quantity);
  const invoiced = new Map<string, number>();
  let duplicate = false;
  for (const previous of previousInvoices) {
    if (previous.invoiceNumber === invoice.invoiceNumber) {
      duplicate = true;
      continue;
    }
    for (const line of previous.lines) invoiced.set(line.poLineId, (invoiced.get(line.poLineId) ?? 0) + line.quantity);
  }
  const zero = money(0, po.currency);
  const minor = minorUnitsOf(po.currency) ?? 2;
  const priceLimit = limiter(tolerances.price);
  const quantityLimit = limiter(tolerances.quantity);
  const counts: Record<MatchLineVerdict, number> = {
    matched: 0,
    "price-variance": 0,
    "quantity-variance": 0,
    "not-received": 0,
    "not-ordered": 0,
  };
  let invoiceTotal = new Dec(0);
  let matchedTotal = new Dec(0);
  let varianceTotal = new Dec(0);
  const lines = invoice.lines.map((line, index): MatchedInvoiceLine => {
    const invoiceUnitPrice = line.unitPrice;
    if (invoiceUnitPrice.currency !== po.currency) {
      throw opsError("CURRENCY_MISMATCH", [
        { path: ["input", "invoice", "lines", index, "unitPrice", "currency"], message: `must be ${po.currency}` },
      ]);
    }
    const invoiceAmount = makeMoney(
      invoiceUnitPrice.amount.times(line.quantity).toDecimalPlaces(minor, Dec.ROUND_HALF_UP),
      po.currency,
    );
    invoiceTotal = invoiceTotal.plus(invoiceAmount.amount);
    const poLine = poLines.get(line.poLineId);
    const receivedQuantity = received.get(line.poLineId) ?? 0;
    const previouslyInvoicedQuantity = invoiced.get(line.poLineId) ?? 0;
    invoiced.set(line.poLineId, previouslyInvoicedQuantity + line.quantity);
    const quantityDifference = previouslyInvoicedQuantity + line.quantity - receivedQuantity;
    if (!poLine) {
      counts["not-ordered"]++;
      return {
        index,
        poLineId: line.poLineId,
        verdict: "not-ordered",
        priceVariance: false,
        quantityVariance: false,
        invoicedQuantity: line.quantity,
        receivedQuantity,
        previouslyInvoicedQuantity,
        quantityDifference,
        poUnitPrice: null,
        invoiceUnitPrice,
        invoiceAmount,
        priceVarianceAmount: zero,
      };
    }
    const priceDifference = invoiceUnitPrice.amount.minus(poLine.unitPrice.amount);
    const priceVariance = !priceDifference.isZero() && priceDifference.abs().gt(priceLimit(poLine.unitPrice.amount));
    const quantityVariance =
      quantityDifference > 0 && new Dec(quantityDifference).gt(quantityLimit(new Dec(receivedQuantity)));
    const verdict: MatchLineVerdict =
      receivedQuantity === 0
        ? "not-received"
        : quantityVariance
          ? "quantity-variance"
          : priceVariance
            ? "price-variance"
            : "matched";
    counts[verdict]++;
    const priceVarianceAmount = priceDifference.isZero()
      ? zero
      : makeMoney(priceDifference.times(line.quantity).toDecimalPlaces(minor, Dec.ROUND_HALF_UP), po.currency);
    varianceTotal = varianceTotal.plus(priceVarianceAmount.amount);
    if (verdict === "matched") matchedTotal = matchedTotal.plus(invoiceAmount.amount);
    return {
      index,
      poLineId: line.poLineId,
      verdict,
      priceVariance,
      quantityVariance,
      invoicedQuantity: line.quantity,
      receivedQuantity,
      previouslyInvoicedQuantity,
      quantityDifference,
      poUnitPrice: poLine.unitPrice,
      invoiceUnitPrice,
      invoiceAmount,
      priceVarianceAmount,
    };
  });
  const worst = SEVERITY.find((verdict) => counts[verdict] > 0);
  return {
    invoiceNumber: invoice.invoiceNumber,
    verdict: duplicate ? "duplicate-invoice" : (worst ?? "matched"),
    lines,
    counts,
    invoiceTotal: money(invoiceTotal, po.currency),
    matchedTotal: duplicate ? zero : money(matchedTotal, po.currency),
    priceVarianceTotal: money(varianceTotal, po.currency),
  };
}
