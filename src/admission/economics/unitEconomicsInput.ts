import * as z from "zod";
import { type Decimal, isMoney, type Money } from "../../core/index.js";
import { moneyInputSchema, nonEmptySchema, rateSchema } from "../shared/schemas.js";

/** Names what is wrong in the form the caller used (bare Money or `{ unitLandedCost }`), not just "Invalid input". */
function landedCostUnionMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_union") return undefined;
  const input = issue.input;
  const wrapped = typeof input === "object" && input !== null && "unitLandedCost" in input;
  const inner = issue.errors[wrapped ? 1 : 0]?.[0];
  const shape = 'money such as { amount: "6.40", currency: "USD" } or { unitLandedCost: <money>, source? }';
  return inner
    ? `${[...inner.path].map(String).join(".") || "value"} ${inner.message} (expected ${shape})`
    : `must be ${shape}`;
}

/**
 * The seam with the landed-cost area: the landed cost of one unit (product, freight, duty, insurance... delivered to
 * the marketplace's warehouse), either as a bare Money or as `{ unitLandedCost, source }` naming where the figure
 * comes from (a landed-cost quote id, a spreadsheet). The landed-cost area's per-unit result can be passed as is.
 *
 * @example
 * ```ts
 * const landed = unitLandedCostInputSchema.parse({ unitLandedCost: { amount: "6.40", currency: "USD" }, source: "LC-2026-031" });
 * landed.unitLandedCost.amount.toString(); // "6.4"
 * ```
 */
export const unitLandedCostInputSchema = z
  .union([moneyInputSchema, z.object({ unitLandedCost: moneyInputSchema, source: nonEmptySchema.optional() })], {
    error: landedCostUnionMessage,
  })
  .transform((value) => ("unitLandedCost" in value ? value : { unitLandedCost: value }));

/**
 * The landed cost input as accepted (a Money or `{ unitLandedCost, source? }`).
 *
 * @example
 * ```ts
 * const landed: UnitLandedCostInput = { unitLandedCost: money("6.40", "USD"), source: "LC-2026-031" };
 * ```
 */
export type UnitLandedCostInput = z.input<typeof unitLandedCostInputSchema>;

/**
 * A marketplace referral (commission) fee: a fraction of the price with an optional minimum per item.
 *
 * @example
 * ```ts
 * const fee = referralFeeSchema.parse({ rate: "0.15", minimum: { amount: "0.30", currency: "USD" } });
 * ```
 */
export const referralFeeSchema = z.object({
  rate: rateSchema,
  minimum: moneyInputSchema.optional(),
});

/**
 * A referral fee as accepted.
 *
 * @example
 * ```ts
 * const fee: ReferralFeeInput = { rate: "0.15", minimum: money("0.30", "USD") };
 * ```
 */
export type ReferralFeeInput = z.input<typeof referralFeeSchema>;

/**
 * Everything the unit economics of one product needs, per unit sold. Rates are fractions of the selling price
 * (`"0.15"` is 15%); fixed fees are Money in the price's currency.
 *
 * @example
 * ```ts
 * const input = unitEconomicsInputSchema.parse({
 *   price: { amount: "29.99", currency: "USD" },
 *   landedCost: { amount: "6.40", currency: "USD" },
 *   referralFee: { rate: "0.15", minimum: { amount: "0.30", currency: "USD" } },
 * });
 * ```
 */
export const unitEconomicsInputSchema = z
  .object({
    /** Target selling price per unit, net of any sales tax or VAT the seller remits. */
    price: moneyInputSchema,
    landedCost: unitLandedCostInputSchema,
    referralFee: referralFeeSchema,
    /** Marketplace fulfilment (pick, pack, ship) fee per unit. */
    fulfilmentFee: moneyInputSchema.optional(),
    /** Advertising cost of sale: ad spend per unit as a fraction of the price (TACoS-style, blended). */
    advertisingRate: rateSchema.optional(),
    /** Allowance for returns and refunds as a fraction of the price. */
    returnAllowanceRate: rateSchema.optional(),
    /** Payment processing fee as a fraction of the price. */
    paymentFeeRate: rateSchema.optional(),
    /** Payment processing fee per order (one unit per order assumed). */
    paymentFixedFee: moneyInputSchema.optional(),
    /** Currency conversion fee on the payout as a fraction of the price. */
    fxFeeRate: rateSchema.optional(),
    /** Any other cost per unit (inserts, labelling, storage), each with a label. */
    otherUnitCosts: z.array(z.object({ label: nonEmptySchema, amount: moneyInputSchema })).optional(),
  })
  .superRefine((input, ctx) => {
    // Amounts that failed moneySchema are still raw JSON here, with their own issues: check only real Money.
    const price = isMoney(input.price) ? input.price : undefined;
    const check = (value: Money | undefined, path: (string | number)[]) => {
      if (!isMoney(value)) return;
      if (price !== undefined && value.currency !== price.currency)
        ctx.addIssue({ code: "custom", path, message: `must be in ${price.currency}, the price's currency` });
      if (value.amount.isNegative()) ctx.addIssue({ code: "custom", path, message: "must not be negative" });
    };
    if (price !== undefined && !price.amount.gt(0))
      ctx.addIssue({ code: "custom", path: ["price"], message: "must be positive" });
    check(input.landedCost.unitLandedCost, ["landedCost", "unitLandedCost"]);
    check(input.referralFee.minimum, ["referralFee", "minimum"]);
    check(input.fulfilmentFee, ["fulfilmentFee"]);
    check(input.paymentFixedFee, ["paymentFixedFee"]);
    input.otherUnitCosts?.forEach((cost, i) => {
      check(cost.amount, ["otherUnitCosts", i, "amount"]);
    });
  });

/**
 * The input of {@link computeUnitEconomics} as accepted (Money values or their JSON form).
 *
 * @example
 * ```ts
 * const input: UnitEconomicsInput = {
 *   price: money("29.99", "USD"),
 *   landedCost: money("6.40", "USD"),
 *   referralFee: { rate: "0.15", minimum: money("0.30", "USD") },
 *   fulfilmentFee: money("5.06", "USD"),
 *   advertisingRate: "0.12",
 * };
 * ```
 */
export type UnitEconomicsInput = z.input<typeof unitEconomicsInputSchema>;

/** @internal the parsed input. */
export type ParsedUnitEconomicsInput = z.output<typeof unitEconomicsInputSchema>;

/** @internal the price-independent part of the economics: rates and fixed costs. */
export interface CostStructure {
  readonly currency: string;
  /** Sum of the rates charged on the price, other than the referral fee. */
  readonly otherRates: Decimal;
  readonly referralRate: Decimal;
  readonly referralMinimum: Decimal;
  /** Sum of the fixed costs per unit (landed cost, fulfilment, fixed payment fee, other costs). */
  readonly fixedCosts: Decimal;
}
