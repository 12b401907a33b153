import { CN_2026, createBusinessCalendar, createInMemoryFxRates, US_2026 } from "../../../src/core/index.js";
import {
  defineRateCard,
  type ExternalRateInput,
  type RateCard,
  type RateCardInput,
  type SelectShippingMethodInput,
  type ShipmentInput,
  type ShippingPolicy,
  sampleShippingRateCards,
} from "../../../src/logistics/index.js";
import { everySurchargeCardInput } from "./helpers.js";

/**
 * Scenarios for the golden test of `selectShippingMethod`: a wide pool of cards (every price structure, chargeable
 * rule, surcharge and constraint), many shipments (remote, oversize, batteries, multi-piece, odd weights, banned and
 * unserved destinations, other origins, peak season, holidays, after the cut-off) and every policy, with and without
 * a deadline, currency conversion and outside rates. Deterministic: no randomness, no clock.
 */

const calendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };

/** Cards derived from the samples with shifted transit times and cut-offs, as the benchmark builds them. */
function derivedSampleCards(count: number): RateCard[] {
  const samples = sampleShippingRateCards();
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length] as RateCard;
    return defineRateCard({
      ...sample,
      id: `${sample.id}-${i}`,
      carrier: `${sample.carrier} ${i % 7}`,
      zones: sample.zones.map((zone) => ({
        ...zone,
        transitDays: { min: zone.transitDays.min + (i % 3), max: zone.transitDays.max + (i % 5) },
      })),
      cutoff: { ...sample.cutoff, time: `${String(9 + (i % 12)).padStart(2, "0")}:30` },
    } as never);
  });
}

function testCard(overrides: Partial<RateCardInput>): RateCard {
  return defineRateCard({ ...everySurchargeCardInput(), ...overrides });
}

/** Hand-made cards covering what the samples do not: every surcharge, odd decimals, revenue tons, pounds. */
function specialCards(): RateCard[] {
  const base = everySurchargeCardInput();
  return [
    testCard({}),
    testCard({
      id: "fuel-on-everything",
      carrier: "Fuel Co",
      surcharges: {
        ...base.surcharges,
        fuel: { percent: "17.35", includeSurcharges: true },
        battery: { charge: { fixed: "12.345", percentOfBase: "3.3", minimum: "20" } },
        peakSeason: [
          { name: "Spring", from: "2026-02-01", to: "2026-03-15", charge: { percentOfBase: "7.77" } },
          { name: "Year-end", from: "2026-11-15", to: "2026-12-31", charge: { perUnit: "2.125", fixed: "1" } },
        ],
        oversize: {
          longestOverCm: "55",
          lengthPlusGirthOverCm: "130",
          pieceWeightOverKg: "20",
          charge: { perUnit: "1.5" },
        },
      },
    }),
    testCard({
      id: "breaks-three-decimals",
      carrier: "Breaks & Co",
      chargeable: {
        method: "dimensional",
        divisor: 6000,
        incrementKg: "0.001",
        per: "shipment",
        dimensionRounding: "up",
      },
      zones: [
        {
          id: "ALL",
          destinations: [{ country: "US" }, { country: "DE" }, { country: "GB" }, { country: "FR" }, { country: "JP" }],
          price: {
            kind: "weight-breaks",
            breaks: [
              { from: 0, perUnit: "71.333", fixed: "9.99" },
              { from: "0.75", perUnit: "66.6" },
              { from: 3, perUnit: "59.125", fixed: "4.5" },
              { from: 10, perUnit: "51.05" },
            ],
          },
          minimumCharge: "33.33",
          transitDays: { min: 5, max: 9 },
        },
      ],
      surcharges: { fuel: { percent: "12.5" } },
      constraints: { maxWeightKg: "60" },
      cutoff: { time: "11:00", timeZone: "Asia/Shanghai" },
    }),
    testCard({
      id: "sea-lcl",
      carrier: "Ocean",
      mode: "sea",
      chargeable: { method: "revenue-ton", minimumRt: "0.5", incrementRt: "0.25" },
      surcharges: { fuel: { percent: "8" } },
      constraints: {},
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price: { kind: "weight-breaks", breaks: [{ from: 0, perUnit: "420", fixed: "300" }] },
          transitDays: { min: 20, max: 30 },
        },
        {
          id: "DE",
          destinations: [{ country: "DE" }, { country: "FR" }],
          price: {
            kind: "first-additional",
            firstWeight: 1,
            firstPrice: "650",
            additionalStep: "0.5",
            additionalPrice: "155",
          },
          transitDays: { min: 25, max: 35 },
        },
      ],
    }),
    testCard({
      id: "imperial-ground",
      carrier: "Ground",
      origin: { country: "US" },
      chargeable: { method: "dimensional-imperial", per: "piece", dimensionRounding: "nearest" },
      surcharges: { fuel: { percent: "15.25" }, oversize: { longestOverCm: "96", charge: { fixed: "35" } } },
      constraints: {},
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price: {
            kind: "first-additional",
            firstWeight: 1,
            firstPrice: "9",
            additionalStep: 1,
            additionalPrice: "1.5",
          },
          transitDays: { min: 2, max: 5 },
        },
      ],
      cutoff: { time: "16:00", timeZone: "America/New_York" },
    }),
    testCard({
      id: "per-item-warehouse",
      carrier: "Warehouse",
      origin: { country: "CN" },
      chargeable: { method: "actual" },
      surcharges: { remoteArea: { areas: [{ country: "US", postcodePrefixes: ["995"] }], charge: { fixed: "7.5" } } },
      constraints: { maxWeightKg: "25", magnets: true, liquids: true, powders: true },
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price: { kind: "per-item", perItem: "3.75" },
          minimumCharge: "12",
          transitDays: { min: 6, max: 10 },
        },
      ],
      validFrom: "2026-01-01",
      validTo: "2026-06-30",
    }),
    testCard({ id: "expired", carrier: "Old Co", validFrom: "2025-01-01", validTo: "2025-12-31" }),
    testCard({ id: "cheap-tie-a", carrier: "Tie", surcharges: {}, zones: [flatZone("31.5")] }),
    testCard({ id: "cheap-tie-b", carrier: "Tie", surcharges: {}, zones: [flatZone("31.50")] }),
  ];
}

function flatZone(price: string): RateCardInput["zones"][number] {
  return {
    id: "FLAT",
    destinations: [{ country: "US" }, { country: "DE" }],
    price: { kind: "per-item", perItem: "0", perShipment: price },
    transitDays: { min: 4, max: 8 },
  };
}

function usdCard(): RateCard {
  return testCard({
    id: "usd-express",
    carrier: "Dollar Express",
    currency: "USD",
    surcharges: { fuel: { percent: "21.75" }, battery: { charge: { fixed: "4.99" } } },
  });
}

const SHIP_DATES = [
  "2026-03-02T02:00:00Z", // Monday morning in Shanghai
  "2026-02-13T10:00:00Z", // Friday after the cut-off before the Spring Festival (make-up Saturday)
  "2026-11-20T01:00:00Z", // peak season
  "2026-06-30T15:59:00Z", // last day of a card's validity in Shanghai, not in UTC
] as const;

const DESTINATIONS: ShipmentInput["destination"][] = [
  { country: "US", postcode: "10001" },
  { country: "US", postcode: "99501" },
  { country: "DE", postcode: "10115" },
  { country: "DE", postcode: "18565" },
  { country: "DE", postcode: " 12 055 " },
  { country: "DE" },
  { country: "GB", postcode: "sw1a 1aa" },
  { country: "FR", postcode: "75001" },
  { country: "JP", postcode: "100-0001" },
  { country: "KP" },
  { country: "US" },
];

/** The i-th shipment of the sweep: weights, boxes, pieces and contents vary with i. */
function sweepShipment(i: number): ShipmentInput {
  const destination = DESTINATIONS[i % DESTINATIONS.length] as ShipmentInput["destination"];
  const heavy = i % 13 === 0;
  const pieces: ShipmentInput["pieces"] = [
    {
      weightKg: heavy ? `${31 + (i % 50)}.25` : ((i * 37) % 3000) / 1000 + 0.05,
      dimensionsCm: {
        length: i % 11 === 0 ? "121.5" : 10 + ((i * 7) % 60),
        width: `${12 + (i % 9)}.${i % 10}`,
        height: 5 + ((i * 3) % 40),
      },
      ...(i % 5 === 0 ? { quantity: 1 + (i % 4) } : {}),
    },
  ];
  if (i % 4 === 1) pieces.push({ weightKg: "0.333", dimensionsCm: { length: 25, width: 20, height: 15 } });
  const contents: NonNullable<ShipmentInput["contents"]> = {};
  if (i % 6 === 0) contents.batteries = ["UN3481"];
  if (i % 17 === 0) contents.batteries = ["UN3480"];
  if (i % 9 === 0) contents.magnets = true;
  if (i % 19 === 0) contents.liquids = true;
  if (i % 23 === 0) contents.categories = ["KNIVES", "toys"];
  return {
    ...(i % 29 === 0 ? { id: `S${i}` } : {}),
    ...(i % 10 === 3 ? { origin: { country: "US" } } : i % 10 === 7 ? { origin: { country: "CN" } } : {}),
    destination,
    pieces,
    ...(i % 8 === 2 ? { itemCount: 1 + (i % 6) } : {}),
    ...(Object.keys(contents).length > 0 ? { contents } : {}),
  };
}

/** A named input for `selectShippingMethod`. */
export interface GoldenScenario {
  readonly name: string;
  readonly input: SelectShippingMethodInput;
}

const POLICIES: readonly ShippingPolicy[] = ["cheapest", "fastest", "best-value"];

/** Every scenario of the sweep, in a fixed order. */
export function goldenScenarios(): GoldenScenario[] {
  const cards = [...derivedSampleCards(25), ...specialCards()];
  const scenarios: GoldenScenario[] = [];
  for (let i = 0; i < 96; i++) {
    const policy = POLICIES[i % POLICIES.length] as ShippingPolicy;
    const shipDate = SHIP_DATES[Math.floor(i / 3) % SHIP_DATES.length] as string;
    scenarios.push({
      name: `sweep ${i} ${policy}`,
      input: {
        shipment: sweepShipment(i),
        rateCards: cards,
        policy,
        shipDate,
        calendars,
        ...(i % 4 === 3 ? { deliverBy: i % 8 === 3 ? "2026-03-20" : "2026-12-15" } : {}),
        ...(policy === "best-value" && i % 2 === 0
          ? {
              bestValue: {
                weights: { cost: "0.6", speed: "0.25", reliability: "0.15" },
                reliability: { "Sample Express 1": "0.97", Tie: "0.8", "Fuel Co": 1 },
                defaultReliability: "0.85",
              },
            }
          : {}),
      },
    });
  }
  scenarios.push(...currencyScenarios(cards));
  return scenarios;
}

/** Mixed currencies and outside rates, converted (some without a rate), every policy. */
function currencyScenarios(cards: readonly RateCard[]): GoldenScenario[] {
  const fxRates = createInMemoryFxRates([
    { from: "USD", to: "CNY", rate: "7.1234", asOf: "2026-01-01", source: "test" },
    { from: "JPY", to: "CNY", rate: "0.0478", asOf: "2026-01-01", source: "test" },
  ]);
  const externalRates: ExternalRateInput[] = [
    {
      provider: "easypost",
      rateId: "r1",
      carrier: "USPS",
      service: "Priority",
      total: { amount: "9.15", currency: "USD" },
      deliveryDays: 2,
      originCountry: "US",
    },
    {
      provider: "shippo",
      rateId: "r2",
      carrier: "UPS",
      service: "Ground",
      total: { amount: "11.20", currency: "EUR" },
      deliveryDays: 4,
    },
    {
      provider: "shipengine",
      rateId: "r3",
      carrier: "FedEx",
      service: "Ground",
      total: { amount: "1480", currency: "JPY" },
      estimatedDeliveryDate: "2026-03-12",
    },
    {
      provider: "shipengine",
      rateId: "r4",
      carrier: "FedEx",
      service: "Home",
      total: { amount: "75.5", currency: "CNY" },
    },
  ];
  return POLICIES.flatMap((policy, p) =>
    [0, 1, 2, 5].map((i) => ({
      name: `currencies ${policy} ${i}`,
      input: {
        shipment: sweepShipment(i + p),
        rateCards: [...cards.slice(0, 8), usdCard(), ...cards.slice(25)],
        externalRates,
        policy,
        shipDate: "2026-03-02T02:00:00Z",
        calendars,
        compareIn: { currency: "CNY", fxRates, ...(i === 5 ? { date: "2026-03-01" } : {}) },
        ...(i === 2 ? { deliverBy: "2026-03-25" } : {}),
      },
    })),
  );
}
