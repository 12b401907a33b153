import {
  Dec,
  type Decimal,
  type Money,
  maxMoney,
  money,
  multiplyMoney,
  parseInput,
  type Result,
  subtractMoney,
  sumMoney,
} from "../../core/index.js";
import { type BreakEvenPrice, type NoBreakEvenPrice, solveBreakEvenPrice } from "./breakEvenPrice.js";
import { costStructureOf } from "./costStructure.js";
import { type UnitEconomicsInput, unitEconomicsInputSchema } from "./unitEconomicsInput.js";

/**
 * Keys of the lines of a unit economics explanation, stable for translation (`admissionMessages` has a title for
 * each as `line.<key>`).
 *
 * @example
 * ```ts
 * const key: UnitEconomicsLineKey = "referralFee";
 * ```
 */
export type UnitEconomicsLineKey =
  | "price"
  | "referralFee"
  | "fulfilmentFee"
  | "advertising"
  | "returnAllowance"
  | "paymentFee"
  | "paymentFixedFee"
  | "fxFee"
  | "landedCost"
  | "otherCost"
  | "contributionMargin";

/**
 * One line of the explanation: the amount (revenue positive, costs negative), exact, and how it was computed.
 *
 * @example
 * ```ts
 * const line: UnitEconomicsLine = {
 *   key: "referralFee", label: "Referral fee", amount: money("-4.50", "USD"), basis: "15% of USD 30.00 (minimum USD 0.30)",
 * };
 * ```
 */
export interface UnitEconomicsLine {
  readonly key: UnitEconomicsLineKey;
  readonly label: string;
  /** Signed and exact: the price is positive, every cost negative. */
  readonly amount: Money;
  readonly basis: string;
}

/**
 * The unit economics of one product at one price, every figure exact Money.
 *
 * @example
 * ```ts
 * const r: UnitEconomics = computeUnitEconomics(input);
 * r.contributionMargin.amount.toFixed(2); // "7.50"
 * ```
 */
export interface UnitEconomics {
  readonly price: Money;
  /** Line by line, from the price down to the contribution margin (the last line). */
  readonly lines: readonly UnitEconomicsLine[];
  /** Every cost per unit, as a positive amount. */
  readonly totalCosts: Money;
  /** Price minus every cost per unit, exact. */
  readonly contributionMargin: Money;
  /** Contribution margin as a percentage of the price, rounded half-up to 2 decimals (e.g. `"25.00"`). */
  readonly marginPercent: Decimal;
  /** The lowest price that does not lose money with the same costs and rates (advertising kept at its rate). */
  readonly breakEvenPrice: Result<BreakEvenPrice, NoBreakEvenPrice>;
  /** The most that can be spent on advertising per unit at this price before the margin turns negative; negative when the product loses money before any advertising. */
  readonly breakEvenAdSpend: Money;
  /** `breakEvenAdSpend` as a percentage of the price (the break-even ACoS), rounded down (towards -∞) to 2 decimals. */
  readonly breakEvenAdvertisingPercent: Decimal;
  /** Where the landed cost came from, when the input named it. */
  readonly landedCostSource?: string;
}

const percent = (rate: Decimal) => `${rate.times(100).toFixed()}%`;
const show = (amount: Money) =>
  `${amount.currency} ${amount.amount.toFixed(Math.max(2, amount.amount.decimalPlaces()))}`;

/**
 * Computes the contribution margin per unit, the margin percentage, the break-even price and the break-even
 * advertising spend of a product, exactly, with a line-by-line explanation.
 *
 * Every rate is charged on the price; the referral fee is `max(rate × price, minimum)`. Nothing is rounded in the
 * lines; the break-even price is solved exactly (the fees are linear in the price) and then rounded up to the
 * currency's minor unit, so that the rounded price never loses money. Percentages are rounded to 2 decimals.
 *
 * @throws `INVALID_ARGUMENT` for a malformed input, a non-positive price, a negative cost, a rate outside
 *   `[0, 1)`, or an amount not in the price's currency (path `["input", ...]`)
 * @example
 * ```ts
 * const r = computeUnitEconomics({
 *   price: money("30.00", "USD"),
 *   landedCost: money("8.00", "USD"),
 *   referralFee: { rate: "0.15", minimum: money("0.30", "USD") },
 *   fulfilmentFee: money("5.00", "USD"),
 *   advertisingRate: "0.10",
 *   returnAllowanceRate: "0.05",
 *   paymentFeeRate: "0.03",
 *   fxFeeRate: "0.02",
 * });
 * r.contributionMargin.amount.toFixed(2); // "6.50"
 * r.marginPercent.toFixed(2); // "21.67"
 * if (r.breakEvenPrice.ok) r.breakEvenPrice.value.price.amount.toFixed(2); // "20.00"
 * r.breakEvenAdSpend.amount.toFixed(2); // "9.50"
 * ```
 */
export function computeUnitEconomics(input: UnitEconomicsInput): UnitEconomics {
  const parsed = parseInput(unitEconomicsInputSchema, input, ["input"]);
  const { price } = parsed;
  const currency = price.currency;
  const zero = money(0, currency);
  const lines: UnitEconomicsLine[] = [{ key: "price", label: "Selling price", amount: price, basis: "target price" }];
  const cost = (key: UnitEconomicsLineKey, label: string, amount: Money, basis: string) => {
    lines.push({ key, label, amount: multiplyMoney(amount, -1), basis });
  };
  const onPrice = (rate: Decimal) => multiplyMoney(price, rate);

  const { rate, minimum } = parsed.referralFee;
  const referral = minimum === undefined ? onPrice(rate) : maxMoney(onPrice(rate), minimum);
  cost(
    "referralFee",
    "Referral fee",
    referral,
    `${percent(rate)} of ${show(price)}${minimum === undefined ? "" : ` (minimum ${show(minimum)})`}`,
  );
  if (parsed.fulfilmentFee) cost("fulfilmentFee", "Fulfilment fee", parsed.fulfilmentFee, "per unit");
  const rated: [UnitEconomicsLineKey, string, Decimal | undefined][] = [
    ["advertising", "Advertising", parsed.advertisingRate],
    ["returnAllowance", "Return allowance", parsed.returnAllowanceRate],
    ["paymentFee", "Payment fee", parsed.paymentFeeRate],
    ["fxFee", "Currency conversion fee", parsed.fxFeeRate],
  ];
  for (const [key, label, lineRate] of rated) {
    if (lineRate !== undefined) cost(key, label, onPrice(lineRate), `${percent(lineRate)} of ${show(price)}`);
  }
  if (parsed.paymentFixedFee) cost("paymentFixedFee", "Payment fee per order", parsed.paymentFixedFee, "per order");
  const landed = parsed.landedCost;
  cost(
    "landedCost",
    "Landed cost",
    landed.unitLandedCost,
    landed.source ? `per unit, from ${landed.source}` : "per unit",
  );
  for (const other of parsed.otherUnitCosts ?? []) cost("otherCost", other.label, other.amount, "per unit");

  const contributionMargin = sumMoney(
    lines.map((line) => line.amount),
    currency,
  );
  const totalCosts = subtractMoney(price, contributionMargin);
  lines.push({
    key: "contributionMargin",
    label: "Contribution margin",
    amount: contributionMargin,
    basis: "price minus every cost above",
  });
  const advertising = parsed.advertisingRate === undefined ? zero : onPrice(parsed.advertisingRate);
  const breakEvenAdSpend = subtractMoney(contributionMargin, multiplyMoney(advertising, -1));
  const hundred = new Dec(100);
  const result: UnitEconomics = {
    price,
    lines,
    totalCosts,
    contributionMargin,
    marginPercent: contributionMargin.amount.div(price.amount).times(hundred).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    breakEvenPrice: solveBreakEvenPrice(costStructureOf(parsed)),
    breakEvenAdSpend,
    breakEvenAdvertisingPercent: breakEvenAdSpend.amount
      .div(price.amount)
      .times(hundred)
      .toDecimalPlaces(2, Dec.ROUND_FLOOR),
  };
  return landed.source === undefined ? result : { ...result, landedCostSource: landed.source };
}
