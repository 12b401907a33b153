import * as z from "zod";
import { countryCodeSchema, Dec, invalidArgument, localDateSchema, parseInput } from "../../core/index.js";
import { moneyValueSchema } from "./decimalSchemas.js";
import { shippingModeSchema } from "./shippingMode.js";

/**
 * Schema of a rate obtained outside the library (a multi-carrier API such as EasyPost, Shippo or ShipEngine, or a
 * forwarder's quote), normalised so {@link selectShippingMethod} ranks it with the library's own rate cards. It needs
 * the total price and either transit `deliveryDays` (business days after handover) or an `estimatedDeliveryDate`.
 * `originCountry` is where the label ships from (the destination country when absent: a domestic label).
 *
 * @example
 * ```ts
 * externalRateSchema.parse({ provider: "easypost", rateId: "rate_123", carrier: "USPS", service: "GroundAdvantage",
 *   total: { amount: "7.85", currency: "USD" }, deliveryDays: 3 });
 * ```
 */
export const externalRateSchema = z.object({
  provider: z.string().min(1),
  rateId: z.string().min(1),
  carrier: z.string().min(1),
  service: z.string().min(1),
  total: moneyValueSchema,
  deliveryDays: z.number().int().nonnegative().optional(),
  estimatedDeliveryDate: localDateSchema.optional(),
  originCountry: countryCodeSchema.optional(),
  mode: shippingModeSchema.optional(),
});

/**
 * A normalised outside rate as written in JSON.
 *
 * @example
 * ```ts
 * const rate: ExternalRateInput = { provider: "shippo", rateId: "r1", carrier: "UPS", service: "Ground",
 *   total: { amount: "11.20", currency: "USD" }, deliveryDays: 4 };
 * ```
 */
export type ExternalRateInput = z.input<typeof externalRateSchema>;

/**
 * A validated outside rate.
 *
 * @example
 * ```ts
 * const rate: ExternalRate = externalRateSchema.parse({ provider: "p", rateId: "r", carrier: "c", service: "s", total: { amount: "1", currency: "USD" }, deliveryDays: 2 });
 * ```
 */
export type ExternalRate = z.output<typeof externalRateSchema>;

const easyPostRateSchema = z.looseObject({
  id: z.string().min(1),
  carrier: z.string().min(1),
  service: z.string().min(1),
  rate: z.string(),
  currency: z.string(),
  delivery_days: z.number().int().nonnegative().nullish(),
  est_delivery_days: z.number().int().nonnegative().nullish(),
  delivery_date: z.string().nullish(),
});

/**
 * Normalises an EasyPost `Rate` object (`id`, `carrier`, `service`, `rate`, `currency`, `delivery_days` or
 * `est_delivery_days`, `delivery_date`).
 *
 * @throws `INVALID_ARGUMENT` when a field is missing or malformed (path `["rate", field]`)
 * @example
 * ```ts
 * normaliseEasyPostRate({ id: "rate_1", carrier: "USPS", service: "Priority", rate: "9.15", currency: "USD", delivery_days: 2 });
 * // { provider: "easypost", rateId: "rate_1", carrier: "USPS", service: "Priority", total: { amount: "9.15", currency: "USD" }, deliveryDays: 2 }
 * ```
 */
export function normaliseEasyPostRate(rate: unknown): ExternalRateInput {
  const raw = parseInput(easyPostRateSchema, rate, ["rate"]);
  return withTiming(
    {
      provider: "easypost",
      rateId: raw.id,
      carrier: raw.carrier,
      service: raw.service,
      total: { amount: raw.rate, currency: raw.currency.toUpperCase() },
    },
    raw.delivery_days ?? raw.est_delivery_days,
    raw.delivery_date,
  );
}

const shippoRateSchema = z.looseObject({
  object_id: z.string().min(1),
  provider: z.string().min(1),
  servicelevel: z.looseObject({ name: z.string().nullish(), token: z.string().nullish() }),
  amount: z.string(),
  currency: z.string(),
  estimated_days: z.number().int().nonnegative().nullish(),
  arrives_by: z.string().nullish(),
});

/**
 * Normalises a Shippo `Rate` object (`object_id`, `provider`, `servicelevel.name` or `.token`, `amount`, `currency`,
 * `estimated_days`).
 *
 * @throws `INVALID_ARGUMENT` when a field is missing or malformed
 * @example
 * ```ts
 * normaliseShippoRate({ object_id: "r1", provider: "UPS", servicelevel: { name: "Ground", token: "ups_ground" }, amount: "11.20", currency: "USD", estimated_days: 4 });
 * ```
 */
export function normaliseShippoRate(rate: unknown): ExternalRateInput {
  const raw = parseInput(shippoRateSchema, rate, ["rate"]);
  const service = raw.servicelevel.name ?? raw.servicelevel.token;
  if (!service) throw invalidArgument(["rate", "servicelevel", "name"], "needs a service level name or token");
  return withTiming(
    {
      provider: "shippo",
      rateId: raw.object_id,
      carrier: raw.provider,
      service,
      total: { amount: raw.amount, currency: raw.currency.toUpperCase() },
    },
    raw.estimated_days,
    undefined,
  );
}

const shipEngineAmountSchema = z.object({ currency: z.string(), amount: z.number().nonnegative() }).nullish();
const shipEngineRateSchema = z.looseObject({
  rate_id: z.string().min(1),
  carrier_friendly_name: z.string().nullish(),
  carrier_code: z.string().nullish(),
  service_type: z.string().nullish(),
  service_code: z.string().nullish(),
  shipping_amount: z.object({ currency: z.string(), amount: z.number().nonnegative() }),
  insurance_amount: shipEngineAmountSchema,
  confirmation_amount: shipEngineAmountSchema,
  other_amount: shipEngineAmountSchema,
  delivery_days: z.number().int().nonnegative().nullish(),
  estimated_delivery_date: z.string().nullish(),
});

/**
 * Normalises a ShipEngine rate (`rate_id`, carrier and service names, `shipping_amount` plus `insurance_amount`,
 * `confirmation_amount` and `other_amount`, `delivery_days`, `estimated_delivery_date`). The total is the sum of the
 * four amounts, added as decimals.
 *
 * @throws `INVALID_ARGUMENT` when a field is missing or the amounts are in different currencies
 * @example
 * ```ts
 * normaliseShipEngineRate({ rate_id: "se-1", carrier_friendly_name: "FedEx", service_type: "FedEx Ground",
 *   shipping_amount: { currency: "usd", amount: 12.5 }, other_amount: { currency: "usd", amount: 1.25 }, delivery_days: 3 });
 * // total { amount: "13.75", currency: "USD" }
 * ```
 */
export function normaliseShipEngineRate(rate: unknown): ExternalRateInput {
  const raw = parseInput(shipEngineRateSchema, rate, ["rate"]);
  const currency = raw.shipping_amount.currency.toUpperCase();
  let total = new Dec(String(raw.shipping_amount.amount));
  for (const field of ["insurance_amount", "confirmation_amount", "other_amount"] as const) {
    const extra = raw[field];
    if (!extra || extra.amount === 0) continue;
    if (extra.currency.toUpperCase() !== currency) {
      throw invalidArgument(["rate", field, "currency"], `must be in ${currency} like shipping_amount`);
    }
    total = total.plus(String(extra.amount));
  }
  return withTiming(
    {
      provider: "shipengine",
      rateId: raw.rate_id,
      carrier: raw.carrier_friendly_name ?? raw.carrier_code ?? "unknown",
      service: raw.service_type ?? raw.service_code ?? "unknown",
      total: { amount: total.toFixed(), currency },
    },
    raw.delivery_days,
    raw.estimated_delivery_date,
  );
}

function withTiming(
  base: ExternalRateInput,
  days: number | null | undefined,
  date: string | null | undefined,
): ExternalRateInput {
  const day = date ? date.slice(0, 10) : undefined;
  return {
    ...base,
    ...(days !== null && days !== undefined ? { deliveryDays: days } : {}),
    ...(day && localDateSchema.safeParse(day).success ? { estimatedDeliveryDate: day } : {}),
  };
}
