import * as z from "zod";
import {
  invalidArgument,
  localDateSchema,
  type Money,
  money,
  moneySchema,
  multiplyMoney,
  opsError,
  parseInput,
  roundMoney,
  sumMoney,
} from "../../core/index.js";
import { type SourcingAgreement, sourcingAgreementSchema } from "./sourcingAgreementSchema.js";

/**
 * Schema of {@link OutsourcedSettlementInput}.
 *
 * @example
 * ```ts
 * outsourcedSettlementInputSchema.parse({ agreement, settledOn: "2026-06-20", goods: [{ sku: "A", acceptedQuantity: 10, unitCost: { amount: "1.00", currency: "CNY" } }] });
 * ```
 */
export const outsourcedSettlementInputSchema = z.object({
  agreement: sourcingAgreementSchema,
  settledOn: localDateSchema,
  /** Goods accepted at acceptance (验收), with the unit cost the agent paid its suppliers. */
  goods: z
    .array(
      z.object({ sku: z.string().min(1), acceptedQuantity: z.number().int().nonnegative(), unitCost: moneySchema }),
    )
    .min(1),
  /** Costs the agent advanced: reimbursed when the agreement makes the agent arrange them. */
  agentCosts: z
    .array(
      z.object({
        kind: z.enum(["logistics", "insurance", "inspection", "other"]),
        reference: z.string().min(1),
        amount: moneySchema,
      }),
    )
    .default([]),
  prepayments: z.array(z.object({ reference: z.string().min(1), amount: moneySchema })).default([]),
});

/**
 * What {@link settleOutsourcedProcurement} needs.
 *
 * @example
 * ```ts
 * const input: OutsourcedSettlementInput = { agreement, settledOn: "2026-06-20", goods: [{ sku: "BAG-TOTE", acceptedQuantity: 1980, unitCost: { amount: "11.60", currency: "CNY" } }] };
 * ```
 */
export type OutsourcedSettlementInput = Omit<z.input<typeof outsourcedSettlementInputSchema>, "agreement"> & {
  readonly agreement: SourcingAgreement;
};

/**
 * The settlement of an outsourced procurement (外采结算): goods value of the accepted quantities, the agent's service
 * fee, reimbursed costs, costs refused (arranged by the buyer under the agreement, or inspection/other not agreed),
 * prepayments, and the amount due. Every figure is rounded half-up to minor units and the amount due is their exact
 * sum.
 *
 * @example
 * ```ts
 * settlement.amountDue.amount.toFixed(2); // "18076.00"
 * ```
 */
export interface OutsourcedSettlement {
  readonly goodsValue: Money;
  readonly serviceFee: Money;
  readonly reimbursedCosts: Money;
  readonly refusedCosts: readonly {
    readonly reference: string;
    readonly kind: string;
    readonly amount: Money;
    readonly reason: string;
  }[];
  readonly prepaid: Money;
  readonly amountDue: Money;
}

/**
 * Settles a supplier-assisted procurement: goods value (Σ accepted quantity × unit cost, each line rounded),
 * service fee = goods value × fee % (rounded), plus the agent's logistics and insurance costs when the agreement
 * makes the agent arrange them, less prepayments.
 *
 * @throws `INVALID_ARGUMENT` for malformed input or a settlement date outside the agreement; `CURRENCY_MISMATCH`
 *   for an amount not in the agreement currency
 * @example
 * ```ts
 * const s = settleOutsourcedProcurement({ agreement, settledOn: "2026-06-20",
 *   goods: [{ sku: "BAG-TOTE", acceptedQuantity: 1980, unitCost: { amount: "11.60", currency: "CNY" } }],
 *   agentCosts: [{ kind: "logistics", reference: "FRT-9", amount: { amount: "850.00", currency: "CNY" } }],
 *   prepayments: [{ reference: "DEP-1", amount: { amount: "6890.40", currency: "CNY" } }] });
 * s.amountDue.amount.toFixed(2); // "18076.00"
 * ```
 */
export function settleOutsourcedProcurement(input: OutsourcedSettlementInput): OutsourcedSettlement {
  const parsed = parseInput(outsourcedSettlementInputSchema, input, ["input"]);
  const { agreement } = parsed;
  if (parsed.settledOn < agreement.validFrom || parsed.settledOn > agreement.validTo)
    throw invalidArgument(
      ["input", "settledOn"],
      `must be within the agreement ${agreement.validFrom}..${agreement.validTo}`,
    );
  const currency = agreement.currency;
  const check = (amount: Money, path: (string | number)[]) => {
    if (amount.currency !== currency)
      throw opsError("CURRENCY_MISMATCH", [{ path, message: `must be in the agreement currency ${currency}` }]);
    return amount;
  };
  const zero = money(0, currency);
  const goodsLines = parsed.goods.map((line, i) =>
    roundMoney(multiplyMoney(check(line.unitCost, ["input", "goods", i, "unitCost"]), line.acceptedQuantity)),
  );
  const goodsValue = sumMoney(goodsLines);
  const serviceFee = roundMoney(multiplyMoney(multiplyMoney(goodsValue, String(agreement.serviceFeePercent)), "0.01"));
  const reimbursed: Money[] = [];
  const refusedCosts: OutsourcedSettlement["refusedCosts"][number][] = [];
  parsed.agentCosts.forEach((cost, i) => {
    const amount = roundMoney(check(cost.amount, ["input", "agentCosts", i, "amount"]));
    const agentArranges =
      (cost.kind === "logistics" && agreement.logisticsArrangedBy === "agent") ||
      (cost.kind === "insurance" && agreement.insuranceArrangedBy === "agent") ||
      (cost.kind === "inspection" && agreement.quality.inspectedBy === "agent");
    if (agentArranges) reimbursed.push(amount);
    else
      refusedCosts.push({
        reference: cost.reference,
        kind: cost.kind,
        amount,
        reason: `the agreement does not make the agent arrange ${cost.kind}`,
      });
  });
  const reimbursedCosts = reimbursed.length ? sumMoney(reimbursed) : zero;
  const prepaid = parsed.prepayments.length
    ? sumMoney(parsed.prepayments.map((p, i) => roundMoney(check(p.amount, ["input", "prepayments", i, "amount"]))))
    : zero;
  return {
    goodsValue,
    serviceFee,
    reimbursedCosts,
    refusedCosts,
    prepaid,
    amountDue: money(
      goodsValue.amount.plus(serviceFee.amount).plus(reimbursedCosts.amount).minus(prepaid.amount),
      currency,
    ),
  };
}
