import * as z from "zod";
import { currencySchema, decimalInputSchema, type FxRates, localDateSchema } from "../core/index.js";
import { dutyMeasureSchema } from "./dutyMeasure.js";
import type { AdditionalDutyLayer, MarketRules } from "./marketRules.js";
import { nonNegativeMoneySchema } from "./moneyInput.js";
import type { TariffSource } from "./tariffSource.js";

const nonNegativeMoney = nonNegativeMoneySchema;
const positiveDecimal = decimalInputSchema.refine((value) => Number(value) > 0, { message: "must be above zero" });
const nonNegativeDecimal = decimalInputSchema.refine((value) => Number(value) >= 0, {
  message: "must not be negative",
});

/**
 * Schema of one line of {@link LandedCostInput}. `weightKg`, `volumeM3`, `litres` and `pairs` are totals for the
 * line (not per unit). `taxCategory` picks the rate of each import tax (`standard` unless told). `duty` gives the
 * line's measures inline, replacing the tariff source.
 *
 * @example
 * ```ts
 * landedCostLineSchema.parse({ id: "sweater", hsCode: "6110.20.20", originCountry: "CN", quantity: 1000,
 *   unitPrice: { amount: "10.00", currency: "USD" }, duty: [{ kind: "ad-valorem", rate: "0.165" }] });
 * ```
 */
export const landedCostLineSchema = z.object({
  id: z.string().min(1),
  hsCode: z.string(),
  originCountry: z.string(),
  quantity: positiveDecimal,
  unitPrice: nonNegativeMoney,
  weightKg: nonNegativeDecimal.optional(),
  volumeM3: nonNegativeDecimal.optional(),
  litres: nonNegativeDecimal.optional(),
  pairs: nonNegativeDecimal.optional(),
  taxCategory: z.string().min(1).default("standard"),
  duty: z.array(dutyMeasureSchema).optional(),
});

/**
 * One line as supplied.
 *
 * @example
 * ```ts
 * const line: LandedCostLineInput = { id: "a", hsCode: "6110.20", originCountry: "CN", quantity: 2, unitPrice: money("9.50", "EUR") };
 * ```
 */
export type LandedCostLineInput = z.input<typeof landedCostLineSchema>;

const isPort =
  <T>(method: string) =>
  (value: unknown): value is T =>
    typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)[method] === "function";

const isMarketRules = (value: unknown): value is MarketRules =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as MarketRules).destination === "string" &&
  typeof (value as MarketRules).currency === "string" &&
  Array.isArray((value as MarketRules).valuation) &&
  Array.isArray((value as MarketRules).taxes) &&
  Array.isArray((value as MarketRules).rounding) &&
  Array.isArray((value as MarketRules).regimes) &&
  Array.isArray((value as MarketRules).fees) &&
  Array.isArray((value as MarketRules).additionalDuties);

/**
 * Schema of the input of {@link landedCost}. See {@link LandedCostInput} for the meaning of each field.
 *
 * @example
 * ```ts
 * const parsed = landedCostInputSchema.parse(input);
 * ```
 */
export const landedCostInputSchema = z.object({
  destination: z.string(),
  date: localDateSchema,
  currency: currencySchema,
  incoterm: z.enum(["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]),
  mode: z.enum(["express", "postal", "air", "ocean", "road", "rail"]),
  buyer: z.enum(["business", "consumer"]).default("business"),
  iossRegistered: z.boolean().default(false),
  shipFrom: z.string().optional(),
  lines: z.array(landedCostLineSchema).min(1, { message: "needs at least one line" }),
  freight: nonNegativeMoney.optional(),
  insurance: nonNegativeMoney.optional(),
  onwardTransport: nonNegativeMoney.optional(),
  otherCosts: z
    .array(z.object({ id: z.string().min(1), name: z.string().min(1), amount: nonNegativeMoney }))
    .default([]),
  allocation: z.enum(["value", "weight", "quantity", "volume"]).default("value"),
  tariffSource: z.custom<TariffSource>(isPort("dutyFor"), { message: "must be a TariffSource" }).optional(),
  fxRates: z.custom<FxRates>(isPort("rateFor"), { message: "must be an FxRates port" }).optional(),
  markets: z.record(z.string(), z.custom<MarketRules>(isMarketRules, { message: "must be MarketRules" })).optional(),
  additionalDuties: z
    .array(
      z.custom<AdditionalDutyLayer>(
        (value) => typeof value === "object" && value !== null && "measure" in value && "rule" in value,
        { message: "must be an AdditionalDutyLayer" },
      ),
    )
    .default([]),
});

/**
 * The input of {@link landedCost}.
 *
 * - `destination`: ISO 3166-1 alpha-2 country of import; `date`: the entry date (selects the rules in force and the
 *   exchange rates); `currency`: the currency of the result.
 * - `incoterm`: the purchase term of `unitPrice` (which shipment costs the price already contains); `mode`.
 * - `buyer` (`business` by default) and `iossRegistered` (EU) select low-value regimes; `shipFrom` is the country
 *   the consignment is shipped from (Canada's CUSMA thresholds), by default the first line's origin.
 * - `lines`; `freight` (international carriage to the border), `insurance`, `onwardTransport` (border to the first
 *   destination inside the country), `otherCosts` (broker, clearance fees) — shipment-level, allocated over lines
 *   by `allocation` (`value` by default, or `weight`, `quantity`, `volume`).
 * - Ports: `tariffSource` (needed for lines without inline `duty`), `fxRates` (needed when currencies differ),
 *   `markets` (replaces presets by destination), `additionalDuties` (extra origin layers such as Section 301).
 *
 * @example
 * ```ts
 * const input: LandedCostInput = {
 *   destination: "DE", date: "2026-03-15", currency: "EUR", incoterm: "FOB", mode: "ocean",
 *   lines: [{ id: "1", hsCode: "6110.20", originCountry: "CN", quantity: 1, unitPrice: money("1000.00", "EUR"),
 *     duty: [{ kind: "ad-valorem", rate: "0.12" }] }],
 *   freight: money("120.00", "EUR"), insurance: money("5.00", "EUR"), onwardTransport: money("30.00", "EUR"),
 * };
 * ```
 */
export type LandedCostInput = z.input<typeof landedCostInputSchema>;

/** @internal the validated input. */
export type ParsedLandedCostInput = z.output<typeof landedCostInputSchema>;
