import * as z from "zod";
import { countryCodeSchema, currencySchema, localDateSchema, parseInput } from "../../core/index.js";
import { volumetricBasisSchema } from "./chargeableWeightOfPieces.js";
import { nonNegativeDecimalSchema, percentSchema, positiveDecimalSchema } from "./decimalSchemas.js";
import { dimensionRoundingSchema } from "./dimensions.js";
import { normalisePostcode } from "./shipment.js";
import { shippingModeSchema, unNumberSchema } from "./shippingMode.js";

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** @internal an amount of the card's currency, or a quantity in the card's weight unit. */
const amountSchema = nonNegativeDecimalSchema;

/**
 * Schema of a charge rule used by surcharges: `fixed` + `perUnit` × chargeable units (kg, lb or revenue tons, the
 * card's unit) + `percentOfBase` % of the base freight, never below `minimum`. Every part is optional.
 *
 * @example
 * ```ts
 * rateChargeSchema.parse({ perUnit: "4", minimum: "210" }); // DHL-style remote area: 4 per kg, at least 210
 * ```
 */
export const rateChargeSchema = z
  .object({
    fixed: amountSchema.optional(),
    perUnit: amountSchema.optional(),
    percentOfBase: percentSchema.optional(),
    minimum: amountSchema.optional(),
  })
  .refine((charge) => Object.values(charge).some((part) => part !== undefined), {
    message: "a charge needs at least one of fixed, perUnit, percentOfBase or minimum",
  });

/**
 * Schema of how a card turns pieces into chargeable units:
 * - `dimensional`: kg and cm, the larger of actual and L×W×H ÷ `divisor` (5000 by default), rounded up to
 *   `incrementKg` (0.5 by default), compared `per` piece or per shipment;
 * - `dimensional-imperial`: the same in lb and in (divisor 139 by default, whole pounds by default);
 * - `actual`: actual weight only (postal), rounded up to `incrementKg` (0.001 by default, i.e. grams);
 * - `revenue-ton`: sea W/M, the larger of tonnes and m³ × `kgPerCbm` ÷ 1000 (1000 by default), at least
 *   `minimumRt` (1 by default).
 *
 * @example
 * ```ts
 * chargeableRuleSchema.parse({ method: "dimensional", divisor: 6000, per: "shipment" });
 * ```
 */
export const chargeableRuleSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("dimensional"),
    divisor: positiveDecimalSchema.optional(),
    incrementKg: positiveDecimalSchema.optional(),
    per: volumetricBasisSchema,
    dimensionRounding: dimensionRoundingSchema.optional(),
  }),
  z.object({
    method: z.literal("dimensional-imperial"),
    divisor: positiveDecimalSchema.optional(),
    incrementLb: positiveDecimalSchema.optional(),
    per: volumetricBasisSchema,
    dimensionRounding: dimensionRoundingSchema.optional(),
  }),
  z.object({ method: z.literal("actual"), incrementKg: positiveDecimalSchema.optional() }),
  z.object({
    method: z.literal("revenue-ton"),
    kgPerCbm: positiveDecimalSchema.optional(),
    minimumRt: nonNegativeDecimalSchema.optional(),
    incrementRt: positiveDecimalSchema.optional(),
  }),
]);

const weightBreakSchema = z.object({
  from: amountSchema,
  perUnit: amountSchema,
  fixed: amountSchema.optional(),
});

/**
 * Schema of a zone's price structure, in the card's currency and chargeable unit:
 * - `first-additional`: `firstPrice` covers up to `firstWeight`; each further `additionalStep` (or part of one)
 *   costs `additionalPrice` (首重 + 续重);
 * - `weight-breaks`: the rate per unit of the break the weight reaches (`from` ascending, the first at 0), plus the
 *   break's `fixed` fee per shipment (挂号费). As in air cargo, when a higher break would cost less (its `from` ×
 *   rate + fee), that lower charge applies, so a heavier parcel never costs less;
 * - `per-item`: `perItem` × the shipment's item count (overseas-warehouse fulfilment), plus optional `perShipment`.
 *
 * @example
 * ```ts
 * rateStructureSchema.parse({ kind: "first-additional", firstWeight: "0.5", firstPrice: "120", additionalStep: "0.5", additionalPrice: "30" });
 * rateStructureSchema.parse({ kind: "weight-breaks", breaks: [{ from: 0, perUnit: "80", fixed: "18" }, { from: 2, perUnit: "72", fixed: "18" }] });
 * ```
 */
export const rateStructureSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("first-additional"),
    firstWeight: positiveDecimalSchema,
    firstPrice: amountSchema,
    additionalStep: positiveDecimalSchema,
    additionalPrice: amountSchema,
  }),
  z.object({
    kind: z.literal("weight-breaks"),
    breaks: z
      .array(weightBreakSchema)
      .min(1)
      .superRefine((breaks, ctx) => {
        if (!breaks[0]?.from.isZero())
          ctx.addIssue({ code: "custom", path: [0, "from"], message: "the first break starts at 0" });
        for (let i = 1; i < breaks.length; i++) {
          if (!(breaks[i]?.from.gt(breaks[i - 1]?.from ?? 0) ?? false)) {
            ctx.addIssue({ code: "custom", path: [i, "from"], message: "breaks must be in strictly ascending order" });
          }
        }
      }),
  }),
  z.object({ kind: z.literal("per-item"), perItem: amountSchema, perShipment: amountSchema.optional() }),
]);

const destinationSchema = z.object({
  country: countryCodeSchema,
  postcodePrefixes: z.array(z.string().trim().min(1)).optional(),
});

const transitDaysSchema = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
  .refine((days) => days.min <= days.max, { message: "min must not exceed max", path: ["max"] });

/**
 * Schema of one zone: the destinations it serves (countries, optionally narrowed to postcode prefixes; the longest
 * matching prefix wins over a country-wide entry), its price structure, an optional minimum charge and the transit
 * time in business days.
 *
 * @example
 * ```ts
 * rateZoneSchema.parse({
 *   id: "EU1",
 *   destinations: [{ country: "DE" }, { country: "FR" }],
 *   price: { kind: "first-additional", firstWeight: "0.5", firstPrice: "120", additionalStep: "0.5", additionalPrice: "30" },
 *   transitDays: { min: 3, max: 5 },
 * });
 * ```
 */
export const rateZoneSchema = z.object({
  id: z.string().min(1),
  destinations: z.array(destinationSchema).min(1),
  price: rateStructureSchema,
  minimumCharge: amountSchema.optional(),
  transitDays: transitDaysSchema,
});

/**
 * Schema of the surcharges a card may add: fuel (a percentage of the base, optionally of the other surcharges too,
 * added last), remote area (by country and postcode prefix), oversize (per piece over a longest edge, length + girth
 * or piece weight), battery (when the shipment declares batteries) and peak seasons (ship dates `from`..`to`
 * inclusive).
 *
 * @example
 * ```ts
 * rateSurchargesSchema.parse({ fuel: { percent: "18.5" }, battery: { charge: { fixed: "10" } } });
 * ```
 */
export const rateSurchargesSchema = z.object({
  fuel: z.object({ percent: percentSchema, includeSurcharges: z.boolean().optional() }).optional(),
  remoteArea: z
    .object({
      areas: z.array(
        z.object({ country: countryCodeSchema, postcodePrefixes: z.array(z.string().trim().min(1)).min(1) }),
      ),
      charge: rateChargeSchema,
    })
    .optional(),
  oversize: z
    .object({
      longestOverCm: positiveDecimalSchema.optional(),
      lengthPlusGirthOverCm: positiveDecimalSchema.optional(),
      pieceWeightOverKg: positiveDecimalSchema.optional(),
      charge: rateChargeSchema,
    })
    .optional(),
  battery: z.object({ charge: rateChargeSchema }).optional(),
  peakSeason: z
    .array(
      z
        .object({ name: z.string().min(1), from: localDateSchema, to: localDateSchema, charge: rateChargeSchema })
        .refine((season) => season.from <= season.to, { message: "from must not be after to", path: ["to"] }),
    )
    .optional(),
});

/**
 * Schema of what a card refuses. Anything not allowed here is refused: batteries only of the listed UN numbers,
 * liquids, powders and magnets only when `true`.
 *
 * @example
 * ```ts
 * rateConstraintsSchema.parse({ maxWeightKg: 30, maxLengthCm: 120, batteries: ["UN3481"], bannedDestinations: ["RU"] });
 * ```
 */
export const rateConstraintsSchema = z.object({
  maxWeightKg: positiveDecimalSchema.optional(),
  maxPieceWeightKg: positiveDecimalSchema.optional(),
  maxLengthCm: positiveDecimalSchema.optional(),
  maxLengthPlusGirthCm: positiveDecimalSchema.optional(),
  batteries: z.array(unNumberSchema).optional(),
  liquids: z.boolean().optional(),
  powders: z.boolean().optional(),
  magnets: z.boolean().optional(),
  bannedDestinations: z.array(countryCodeSchema).optional(),
  bannedCategories: z.array(z.string().min(1)).optional(),
});

/**
 * Schema of a rate card: one carrier's service as data. See docs/logistics.md for a full example.
 *
 * @example
 * ```ts
 * const card = rateCardSchema.parse({
 *   id: "acme-express-2026", carrier: "ACME", service: "Express", mode: "express", currency: "CNY",
 *   origin: { country: "CN" }, chargeable: { method: "dimensional", per: "piece" },
 *   zones: [{ id: "DE", destinations: [{ country: "DE" }], transitDays: { min: 3, max: 5 },
 *     price: { kind: "first-additional", firstWeight: "0.5", firstPrice: "120", additionalStep: "0.5", additionalPrice: "30" } }],
 *   cutoff: { time: "17:00", timeZone: "Asia/Shanghai" }, validFrom: "2026-01-01",
 * });
 * ```
 */
export const rateCardSchema = z
  .object({
    id: z.string().min(1),
    carrier: z.string().min(1),
    service: z.string().min(1),
    mode: shippingModeSchema,
    currency: currencySchema,
    origin: z.object({ country: countryCodeSchema }),
    chargeable: chargeableRuleSchema,
    zones: z.array(rateZoneSchema).min(1),
    surcharges: rateSurchargesSchema.optional(),
    constraints: rateConstraintsSchema.optional(),
    cutoff: z.object({
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time "HH:mm" such as "17:00"' }),
      timeZone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone such as "Asia/Shanghai"' }),
    }),
    validFrom: localDateSchema,
    validTo: localDateSchema.optional(),
    note: z.string().optional(),
  })
  .superRefine((card, ctx) => {
    if (card.validTo !== undefined && card.validTo < card.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "validTo must not be before validFrom" });
    }
    const ids = new Set<string>();
    card.zones.forEach((zone, index) => {
      if (ids.has(zone.id))
        ctx.addIssue({ code: "custom", path: ["zones", index, "id"], message: `duplicate zone id "${zone.id}"` });
      ids.add(zone.id);
    });
  });

/**
 * A rate card as written in data (decimals as strings or numbers).
 *
 * @example
 * ```ts
 * const input: RateCardInput = {
 *   id: "post-2026", carrier: "Post", service: "Registered", mode: "postal", currency: "CNY",
 *   origin: { country: "CN" }, chargeable: { method: "actual" }, cutoff: { time: "16:00", timeZone: "Asia/Shanghai" },
 *   zones: [{ id: "US", destinations: [{ country: "US" }], transitDays: { min: 15, max: 30 },
 *     price: { kind: "weight-breaks", breaks: [{ from: 0, perUnit: "90", fixed: "20" }] } }],
 *   validFrom: "2026-01-01",
 * };
 * ```
 */
export type RateCardInput = z.input<typeof rateCardSchema>;

/** The parsed content of a rate card. */
type RateCardData = z.output<typeof rateCardSchema>;

/** @internal the lookup tables built once per card. */
export interface RateCardIndex {
  /** Per destination country: prefix entries (longest first) and the country-wide zone. */
  readonly zonesByCountry: ReadonlyMap<string, { prefixes: [string, number][]; countryWide: number | undefined }>;
  readonly remoteAreas: ReadonlyMap<string, readonly string[]>;
  readonly bannedDestinations: ReadonlySet<string>;
  readonly bannedCategories: ReadonlySet<string>;
  readonly allowedBatteries: ReadonlySet<string>;
}

const INDEX = "~rateCardIndex";

/**
 * A validated, frozen rate card with its lookup tables built (see {@link defineRateCard}). Quoting a defined card
 * skips validation, which is what makes selecting among hundreds of cards fast.
 *
 * @example
 * ```ts
 * const card: RateCard = defineRateCard(sampleShippingRateCards()[0]);
 * card.carrier;
 * ```
 */
export type RateCard = z.output<typeof rateCardSchema> & {
  /** Lookup tables built by {@link defineRateCard} (not enumerable; not part of the data). */
  readonly "~rateCardIndex": unknown;
};

/**
 * Validates a rate card once and builds its lookup tables (zones by country and postcode prefix, remote areas,
 * banned lists). Pass the result to {@link quoteShipment} and {@link selectShippingMethod}; raw data is accepted
 * too but validated on every call.
 *
 * @throws `INVALID_ARGUMENT` with the path of every problem (e.g. `["rateCard", "zones", 0, "transitDays", "max"]`)
 * @example
 * ```ts
 * const card = defineRateCard({
 *   id: "acme-express-2026", carrier: "ACME", service: "Express", mode: "express", currency: "CNY",
 *   origin: { country: "CN" }, chargeable: { method: "dimensional", per: "piece" },
 *   zones: [{ id: "DE", destinations: [{ country: "DE" }], transitDays: { min: 3, max: 5 },
 *     price: { kind: "first-additional", firstWeight: "0.5", firstPrice: "120", additionalStep: "0.5", additionalPrice: "30" } }],
 *   cutoff: { time: "17:00", timeZone: "Asia/Shanghai" }, validFrom: "2026-01-01",
 * });
 * ```
 */
export function defineRateCard(input: RateCardInput | RateCard): RateCard {
  return toRateCard(input, ["rateCard"]);
}

/** @internal a defined card as is, or raw data validated under `path`. */
export function toRateCard(input: unknown, path: ReadonlyArray<string | number>): RateCard {
  if (isDefinedRateCard(input)) return input;
  const data = parseInput(rateCardSchema, input, path);
  const card = { ...data } as RateCard;
  Object.defineProperty(card, INDEX, { value: buildIndex(data), enumerable: false });
  return Object.freeze(card);
}

/** Whether a value was built by {@link defineRateCard}. */
function isDefinedRateCard(value: unknown): value is RateCard {
  return typeof value === "object" && value !== null && INDEX in value;
}

/** @internal the lookup tables of a defined card. */
export function rateCardIndex(card: RateCard): RateCardIndex {
  return card[INDEX] as RateCardIndex;
}

function buildIndex(card: RateCardData): RateCardIndex {
  const zonesByCountry = new Map<string, { prefixes: [string, number][]; countryWide: number | undefined }>();
  card.zones.forEach((zone, zoneIndex) => {
    for (const destination of zone.destinations) {
      const entry = zonesByCountry.get(destination.country) ?? { prefixes: [], countryWide: undefined };
      if (destination.postcodePrefixes && destination.postcodePrefixes.length > 0) {
        for (const prefix of destination.postcodePrefixes) entry.prefixes.push([normalisePostcode(prefix), zoneIndex]);
      } else if (entry.countryWide === undefined) {
        entry.countryWide = zoneIndex;
      }
      zonesByCountry.set(destination.country, entry);
    }
  });
  for (const entry of zonesByCountry.values()) entry.prefixes.sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  const remoteAreas = new Map<string, string[]>();
  for (const area of card.surcharges?.remoteArea?.areas ?? []) {
    const list = remoteAreas.get(area.country) ?? [];
    list.push(...area.postcodePrefixes.map(normalisePostcode));
    remoteAreas.set(area.country, list);
  }
  return Object.freeze({
    zonesByCountry,
    remoteAreas,
    bannedDestinations: new Set(card.constraints?.bannedDestinations ?? []),
    bannedCategories: new Set((card.constraints?.bannedCategories ?? []).map((category) => category.toLowerCase())),
    allowedBatteries: new Set(card.constraints?.batteries ?? []),
  });
}
