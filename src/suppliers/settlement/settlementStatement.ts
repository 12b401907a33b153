import * as z from "zod";
import {
  convertMoney,
  currencySchema,
  type FxRate,
  type FxRates,
  invalidArgument,
  localDateSchema,
  type Money,
  money,
  moneySchema,
  parseInput,
  roundMoney,
  sumMoney,
} from "../../core/index.js";

const entry = z.object({ reference: z.string().min(1), date: localDateSchema, amount: moneySchema });

/**
 * Schema of a settlement statement's input (对账单): the supplier, the period, the statement currency, and the
 * entries the host selected for it: invoices approved for payment, deposits and prepayments already paid, and
 * deductions (chargebacks for defects, late-delivery penalties, other agreed deductions). Amounts may be in any
 * currency; each is converted on its own date.
 *
 * @example
 * ```ts
 * settlementStatementInputSchema.parse({
 *   supplierId: "SUP-1", period: { from: "2026-04-01", to: "2026-04-30" }, currency: "CNY",
 *   invoices: [{ reference: "INV-88", date: "2026-04-25", amount: { amount: "11100.00", currency: "CNY" } }],
 *   prepayments: [{ reference: "DEP-1", date: "2026-03-03", amount: { amount: "5550.00", currency: "CNY" } }],
 *   deductions: [],
 * });
 * ```
 */
export const settlementStatementInputSchema = z
  .object({
    supplierId: z.string().min(1),
    period: z.object({ from: localDateSchema, to: localDateSchema }),
    currency: currencySchema,
    invoices: z.array(entry),
    prepayments: z.array(entry).default([]),
    deductions: z
      .array(
        entry.extend({
          kind: z.enum(["defect-chargeback", "late-delivery-penalty", "other"]),
          note: z.string().optional(),
        }),
      )
      .default([]),
  })
  .refine((input) => input.period.from <= input.period.to, {
    path: ["period", "to"],
    message: "must not be before from",
  });

/**
 * A settlement statement's input as accepted.
 *
 * @example
 * ```ts
 * const input: SettlementStatementInput = { supplierId: "SUP-1", period: { from: "2026-04-01", to: "2026-04-30" }, currency: "CNY", invoices: [] };
 * ```
 */
export type SettlementStatementInput = z.input<typeof settlementStatementInputSchema>;

/**
 * One line of a statement: the entry in its own currency, converted (rounded half-up to the statement currency's
 * minor units) with the rate used.
 *
 * @example
 * ```ts
 * const line: SettlementLine = statement.invoices[0];
 * line.converted.amount.toFixed(2);
 * ```
 */
export interface SettlementLine {
  readonly reference: string;
  readonly date: string;
  readonly kind?: string;
  readonly original: Money;
  readonly converted: Money;
  /** The rate used, for the audit trail (identity for the statement currency). */
  readonly rate: FxRate;
}

/**
 * A settlement statement: every line converted, the subtotals, and the amount due
 * (`invoices − prepayments − deductions`), all exact sums of the rounded lines. A negative amount due means the
 * supplier owes the buyer (e.g. deposits exceeding what was delivered).
 *
 * @example
 * ```ts
 * statement.amountDue.amount.toFixed(2); // "5270.00"
 * ```
 */
export interface SettlementStatement {
  readonly supplierId: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly currency: string;
  readonly invoices: readonly SettlementLine[];
  readonly prepayments: readonly SettlementLine[];
  readonly deductions: readonly SettlementLine[];
  readonly invoicesTotal: Money;
  readonly prepaymentsTotal: Money;
  readonly deductionsTotal: Money;
  readonly amountDue: Money;
}

/**
 * Builds a supplier's settlement statement for a period. Each entry is converted with the core `convertMoney` and
 * the host's `FxRates` port at the rate in force on the entry's date, rounded half-up to minor units; subtotals and
 * the amount due are sums of those rounded lines, so the statement adds up to the cent.
 *
 * @throws `INVALID_ARGUMENT` for malformed input or a negative amount; `FX_RATE_MISSING` when a rate is unknown
 * @example
 * ```ts
 * const statement = buildSettlementStatement(
 *   { supplierId: "SUP-1", period: { from: "2026-04-01", to: "2026-04-30" }, currency: "CNY",
 *     invoices: [{ reference: "INV-88", date: "2026-04-25", amount: { amount: "11100.00", currency: "CNY" } }],
 *     prepayments: [{ reference: "DEP-1", date: "2026-03-03", amount: { amount: "5550.00", currency: "CNY" } }],
 *     deductions: [{ reference: "CB-1", kind: "defect-chargeback", date: "2026-04-26", amount: { amount: "280.00", currency: "CNY" } }] },
 *   createInMemoryFxRates([]),
 * );
 * statement.amountDue.amount.toFixed(2); // "5270.00"
 * ```
 */
export function buildSettlementStatement(input: SettlementStatementInput, fxRates: FxRates): SettlementStatement {
  const parsed = parseInput(settlementStatementInputSchema, input, ["input"]);
  if (typeof fxRates?.rateFor !== "function") throw invalidArgument(["fxRates"], "must implement the FxRates port");
  const convert = (group: "invoices" | "prepayments" | "deductions") =>
    parsed[group].map((item, index): SettlementLine => {
      if (item.amount.amount.isNegative())
        throw invalidArgument(["input", group, index, "amount"], "must not be negative; list credits as deductions");
      const { money: converted, rate } = convertMoney(item.amount, parsed.currency, fxRates, item.date);
      return {
        reference: item.reference,
        date: item.date,
        ...("kind" in item ? { kind: item.kind as string } : {}),
        original: item.amount,
        converted: roundMoney(converted),
        rate,
      };
    });
  const invoices = convert("invoices");
  const prepayments = convert("prepayments");
  const deductions = convert("deductions");
  const zero = money(0, parsed.currency);
  const total = (lines: SettlementLine[]) => (lines.length ? sumMoney(lines.map((l) => l.converted)) : zero);
  const invoicesTotal = total(invoices);
  const prepaymentsTotal = total(prepayments);
  const deductionsTotal = total(deductions);
  return {
    supplierId: parsed.supplierId,
    period: parsed.period,
    currency: parsed.currency,
    invoices,
    prepayments,
    deductions,
    invoicesTotal,
    prepaymentsTotal,
    deductionsTotal,
    amountDue: money(
      invoicesTotal.amount.minus(prepaymentsTotal.amount).minus(deductionsTotal.amount),
      parsed.currency,
    ),
  };
}
