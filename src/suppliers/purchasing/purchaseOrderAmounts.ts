import { allocate, type Money, money, multiplyMoney, parseInput, roundMoney, sumMoney } from "../../core/index.js";
import { type PurchaseOrderData, type PurchaseOrderInput, purchaseOrderSchema } from "./purchaseOrderSchema.js";

/**
 * A PO's amounts: each line's `quantity × unitPrice` rounded half-up to the currency's minor units, and the total
 * (the sum of the rounded lines).
 *
 * @example
 * ```ts
 * const a: PurchaseOrderAmounts = { lines: [{ lineId: "10", amount: money("18500.00", "CNY") }], total: money("18500.00", "CNY") };
 * ```
 */
export interface PurchaseOrderAmounts {
  readonly lines: readonly { readonly lineId: string; readonly amount: Money }[];
  readonly total: Money;
}

/**
 * One instalment of a PO's payment schedule.
 *
 * @example
 * ```ts
 * const p: PaymentInstalment = { termId: "deposit", percent: "30", due: "on-order", amount: money("5550.00", "CNY") };
 * ```
 */
export interface PaymentInstalment {
  readonly termId: string;
  readonly percent: string;
  readonly due: PurchaseOrderData["paymentTerms"][number]["due"];
  readonly days?: number;
  readonly amount: Money;
}

/** Line amounts of a validated PO. */
function amountsOf(po: PurchaseOrderData): PurchaseOrderAmounts {
  const lines = po.lines.map((line) => ({
    lineId: line.lineId,
    amount: roundMoney(multiplyMoney(line.unitPrice, line.quantity)),
  }));
  return { lines, total: lines.length ? sumMoney(lines.map((l) => l.amount)) : money(0, po.currency) };
}

/**
 * Computes a PO's line amounts and total.
 *
 * @throws `INVALID_ARGUMENT` for a malformed PO
 * @example
 * ```ts
 * purchaseOrderAmounts(po).total.amount.toFixed(2); // "18500.00"
 * ```
 */
export function purchaseOrderAmounts(po: PurchaseOrderInput): PurchaseOrderAmounts {
  return amountsOf(parseInput(purchaseOrderSchema, po, ["po"]));
}

/**
 * Splits a PO's total over its payment terms (e.g. 30% deposit, 70% before shipment) with core `allocate`, so the
 * instalments add up exactly to the total, whatever the rounding.
 *
 * @throws `INVALID_ARGUMENT` for a malformed PO
 * @example
 * ```ts
 * schedulePurchaseOrderPayments(po).map((p) => p.amount.amount.toFixed(2)); // ["5550.00", "12950.00"]
 * ```
 */
export function schedulePurchaseOrderPayments(po: PurchaseOrderInput): PaymentInstalment[] {
  const parsed = parseInput(purchaseOrderSchema, po, ["po"]);
  const { total } = amountsOf(parsed);
  const parts = allocate(
    total,
    parsed.paymentTerms.map((term) => String(term.percent)),
  );
  return parsed.paymentTerms.map((term, i) => ({
    termId: term.id,
    percent: String(term.percent),
    due: term.due,
    ...(term.days === undefined ? {} : { days: term.days }),
    amount: parts[i] as Money,
  }));
}
