import * as z from "zod";
import { allocate, type Decimal, invalidArgument, isRoundedToMinor, type Money, parseInput } from "../../core/index.js";
import { moneyValueSchema, nonNegativeDecimalSchema } from "./decimalSchemas.js";

/**
 * What a freight bill is shared by: `chargeable-weight` (kg), `volume` (m³), `value` (goods value) or `count`
 * (units, or orders).
 *
 * @example
 * ```ts
 * const basis: FreightAllocationBasis = "chargeable-weight";
 * ```
 */
export type FreightAllocationBasis = z.infer<typeof freightAllocationBasisSchema>;

/**
 * Schema of {@link FreightAllocationBasis}.
 *
 * @example
 * ```ts
 * freightAllocationBasisSchema.parse("value");
 * ```
 */
export const freightAllocationBasisSchema = z.enum(["chargeable-weight", "volume", "value", "count"]);

/**
 * Schema of the input of {@link allocateFreightCost}: the amount to share (rounded to minor units), the basis, and
 * the lines (orders or SKU lines) with the measure the basis needs.
 *
 * @example
 * ```ts
 * allocateFreightCostInputSchema.parse({ total: { amount: "100.00", currency: "USD" }, basis: "count",
 *   lines: [{ id: "A", count: 1 }, { id: "B", count: 2 }] });
 * ```
 */
export const allocateFreightCostInputSchema = z.object({
  total: moneyValueSchema,
  basis: freightAllocationBasisSchema,
  lines: z
    .array(
      z.object({
        id: z.string().min(1),
        chargeableWeightKg: nonNegativeDecimalSchema.optional(),
        volumeCbm: nonNegativeDecimalSchema.optional(),
        value: moneyValueSchema.optional(),
        count: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1, { message: "needs at least one line to allocate to" }),
});

/**
 * Input of {@link allocateFreightCost}.
 *
 * @example
 * ```ts
 * const input: AllocateFreightCostInput = { total: money("100.00", "USD"), basis: "count", lines: [{ id: "A", count: 1 }] };
 * ```
 */
export type AllocateFreightCostInput = z.input<typeof allocateFreightCostInputSchema>;

/**
 * One line's share of the freight.
 *
 * @example
 * ```ts
 * const share: FreightAllocation = { id: "SO-1", amount: money("33.34", "USD") };
 * ```
 */
export interface FreightAllocation {
  /** The line's id. */
  readonly id: string;
  /** Its share. */
  readonly amount: Money;
}

/**
 * Shares a freight bill over orders or SKU lines in proportion to chargeable weight, volume, goods value or count,
 * with core `allocate` (largest remainder in minor units): the shares always add up exactly to the total, and on
 * equal remainders the earlier line gets the extra cent. To go from a bill to orders to SKUs, allocate twice.
 *
 * @throws `INVALID_ARGUMENT` when the total has more decimals than its currency, a line lacks the basis's measure
 *   (path `["input", "lines", i, field]`), values are in several currencies, or every measure is zero
 * @example
 * ```ts
 * allocateFreightCost({ total: money("100.00", "USD"), basis: "chargeable-weight", lines: [
 *   { id: "SO-1", chargeableWeightKg: "1.5" }, { id: "SO-2", chargeableWeightKg: "3" }, { id: "SO-3", chargeableWeightKg: "1.5" },
 * ] }).map((share) => share.amount.amount.toFixed(2)); // ["25.00", "50.00", "25.00"]
 * ```
 */
export function allocateFreightCost(input: AllocateFreightCostInput): FreightAllocation[] {
  const parsed = parseInput(allocateFreightCostInputSchema, input, ["input"]);
  if (!isRoundedToMinor(parsed.total)) {
    throw invalidArgument(["input", "total"], "must be rounded to the currency's minor units (see roundMoney)");
  }
  const field = (
    { "chargeable-weight": "chargeableWeightKg", volume: "volumeCbm", value: "value", count: "count" } as const
  )[parsed.basis];
  let valueCurrency: string | undefined;
  const ratios: (Decimal | number)[] = parsed.lines.map((line, index) => {
    const measure = line[field];
    if (measure === undefined)
      throw invalidArgument(["input", "lines", index, field], `is needed to allocate by ${parsed.basis}`);
    if (typeof measure === "number") return measure;
    if ("currency" in measure) {
      valueCurrency ??= measure.currency;
      if (measure.currency !== valueCurrency) {
        throw invalidArgument(
          ["input", "lines", index, "value", "currency"],
          `must be ${valueCurrency} like the other lines`,
        );
      }
      if (measure.amount.isNegative())
        throw invalidArgument(["input", "lines", index, "value"], "must not be negative");
      return measure.amount;
    }
    return measure;
  });
  if (ratios.every((ratio) => (typeof ratio === "number" ? ratio === 0 : ratio.isZero()))) {
    throw invalidArgument(["input", "lines"], `at least one line needs a ${parsed.basis} above zero`);
  }
  const shares = allocate(parsed.total, ratios);
  return parsed.lines.map((line, index) => Object.freeze({ id: line.id, amount: shares[index] as Money }));
}
