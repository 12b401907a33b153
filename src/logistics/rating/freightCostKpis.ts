import * as z from "zod";
import {
  countryCodeSchema,
  currencySchema,
  Dec,
  type Decimal,
  invalidArgument,
  type Money,
  money,
  parseInput,
  roundMoney,
} from "../../core/index.js";
import { moneyValueSchema, nonNegativeDecimalSchema } from "./decimalSchemas.js";

/**
 * Schema of the input of {@link freightCostKpis}: shipped freight records (method, destination, freight cost,
 * chargeable kg, orders, units and the revenue of the goods they carried), all in one currency.
 *
 * @example
 * ```ts
 * freightCostKpisInputSchema.parse({ currency: "USD", shipments: [{ method: "express", destination: "DE",
 *   cost: { amount: "30.00", currency: "USD" }, chargeableWeightKg: "2", orders: 1, units: 3, revenue: { amount: "120.00", currency: "USD" } }] });
 * ```
 */
export const freightCostKpisInputSchema = z.object({
  currency: currencySchema,
  shipments: z.array(
    z.object({
      method: z.string().min(1),
      destination: countryCodeSchema,
      cost: moneyValueSchema,
      chargeableWeightKg: nonNegativeDecimalSchema,
      orders: z.number().int().nonnegative(),
      units: z.number().int().nonnegative(),
      revenue: moneyValueSchema.optional(),
    }),
  ),
});

/**
 * Input of {@link freightCostKpis}.
 *
 * @example
 * ```ts
 * const input: FreightCostKpisInput = { currency: "USD", shipments: [] };
 * ```
 */
export type FreightCostKpisInput = z.input<typeof freightCostKpisInputSchema>;

/**
 * Cost KPIs of one group of shipments. Per-kg, per-order and per-unit costs are rounded half-up to the currency's
 * minor units; `shareOfRevenue` is cost ÷ revenue rounded to 4 decimals (0.0625 = 6.25%). A ratio whose denominator
 * is zero is `undefined`, never NaN or Infinity.
 *
 * @example
 * ```ts
 * const group: FreightCostGroup = freightCostKpis(input).overall;
 * group.costPerKg?.amount.toFixed(2);
 * ```
 */
export interface FreightCostGroup {
  /** The method of the group, or `*` for all. */
  readonly method: string;
  /** The destination of the group, or `*` for all. */
  readonly destination: string;
  /** Number of shipments. */
  readonly shipments: number;
  /** Total freight cost. */
  readonly cost: Money;
  /** Total chargeable kg. */
  readonly chargeableWeightKg: Decimal;
  /** Orders shipped. */
  readonly orders: number;
  /** Units shipped. */
  readonly units: number;
  /** Revenue of the goods shipped. */
  readonly revenue: Money;
  /** Cost ÷ kg. */
  readonly costPerKg: Money | undefined;
  /** Cost ÷ orders. */
  readonly costPerOrder: Money | undefined;
  /** Cost ÷ units. */
  readonly costPerUnit: Money | undefined;
  /** Cost ÷ revenue, 4 decimals. */
  readonly shareOfRevenue: Decimal | undefined;
}

/**
 * Freight cost KPIs overall, by method, by destination and by method × destination (groups sorted by key).
 *
 * @example
 * ```ts
 * const kpis: FreightCostKpis = freightCostKpis(input);
 * kpis.byMethod.map((g) => `${g.method}: ${g.costPerKg?.amount.toFixed(2)}`);
 * ```
 */
export interface FreightCostKpis {
  /** Every shipment. */
  readonly overall: FreightCostGroup;
  /** One group per method. */
  readonly byMethod: readonly FreightCostGroup[];
  /** One group per destination. */
  readonly byDestination: readonly FreightCostGroup[];
  /** One group per method and destination. */
  readonly byMethodAndDestination: readonly FreightCostGroup[];
}

interface Accumulator {
  method: string;
  destination: string;
  shipments: number;
  cost: Decimal;
  kg: Decimal;
  orders: number;
  units: number;
  revenue: Decimal;
}

/**
 * Computes freight cost KPIs: cost per kg, per order, per unit and as a share of revenue, overall and by method and
 * destination.
 *
 * @throws `INVALID_ARGUMENT` for malformed records or an amount in another currency (path
 *   `["input", "shipments", i, "cost", "currency"]`)
 * @example
 * ```ts
 * const kpis = freightCostKpis({ currency: "USD", shipments: [
 *   { method: "express", destination: "DE", cost: money("30.00", "USD"), chargeableWeightKg: "2", orders: 1, units: 3, revenue: money("120.00", "USD") },
 * ] });
 * kpis.overall.costPerKg?.amount.toFixed(2); // "15.00"
 * kpis.overall.shareOfRevenue?.toString(); // "0.25"
 * ```
 */
export function freightCostKpis(input: FreightCostKpisInput): FreightCostKpis {
  const parsed = parseInput(freightCostKpisInputSchema, input, ["input"]);
  const { currency } = parsed;
  const overall = accumulator("*", "*");
  const groups = {
    method: new Map<string, Accumulator>(),
    destination: new Map<string, Accumulator>(),
    both: new Map<string, Accumulator>(),
  };
  parsed.shipments.forEach((shipment, index) => {
    if (shipment.cost.currency !== currency) {
      throw invalidArgument(["input", "shipments", index, "cost", "currency"], `must be ${currency}`);
    }
    if (shipment.revenue && shipment.revenue.currency !== currency) {
      throw invalidArgument(["input", "shipments", index, "revenue", "currency"], `must be ${currency}`);
    }
    const targets = [
      overall,
      group(groups.method, shipment.method, "*"),
      group(groups.destination, "*", shipment.destination),
      group(groups.both, shipment.method, shipment.destination),
    ];
    for (const target of targets) {
      target.shipments++;
      target.cost = target.cost.plus(shipment.cost.amount);
      target.kg = target.kg.plus(shipment.chargeableWeightKg);
      target.orders += shipment.orders;
      target.units += shipment.units;
      if (shipment.revenue) target.revenue = target.revenue.plus(shipment.revenue.amount);
    }
  });
  const finish = (map: Map<string, Accumulator>) =>
    Object.freeze([...map.keys()].sort().map((key) => summarise(map.get(key) as Accumulator, currency)));
  return Object.freeze({
    overall: summarise(overall, currency),
    byMethod: finish(groups.method),
    byDestination: finish(groups.destination),
    byMethodAndDestination: finish(groups.both),
  });
}

function accumulator(method: string, destination: string): Accumulator {
  return {
    method,
    destination,
    shipments: 0,
    cost: new Dec(0),
    kg: new Dec(0),
    orders: 0,
    units: 0,
    revenue: new Dec(0),
  };
}

function group(map: Map<string, Accumulator>, method: string, destination: string): Accumulator {
  const key = `${method}\u0000${destination}`;
  let found = map.get(key);
  if (!found) {
    found = accumulator(method, destination);
    map.set(key, found);
  }
  return found;
}

function summarise(acc: Accumulator, currency: string): FreightCostGroup {
  const per = (divisor: Decimal | number): Money | undefined =>
    new Dec(divisor).isZero() ? undefined : roundMoney(money(acc.cost.div(divisor), currency));
  return Object.freeze({
    method: acc.method,
    destination: acc.destination,
    shipments: acc.shipments,
    cost: money(acc.cost, currency),
    chargeableWeightKg: acc.kg,
    orders: acc.orders,
    units: acc.units,
    revenue: money(acc.revenue, currency),
    costPerKg: per(acc.kg),
    costPerOrder: per(acc.orders),
    costPerUnit: per(acc.units),
    shareOfRevenue: acc.revenue.isZero() ? undefined : acc.cost.div(acc.revenue).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
  });
}
