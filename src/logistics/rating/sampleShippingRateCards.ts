import { defineRateCard, type RateCard, type RateCardInput } from "./rateCard.js";

const SAMPLE_NOTE = "SAMPLE PRICES for documentation and demos: illustrative figures, not any carrier's real tariff.";
const VALIDITY = { validFrom: "2026-01-01", validTo: "2026-12-31" } as const;
const EU = ["DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL"].map((country) => ({ country }));

function express(): RateCardInput {
  return {
    id: "sample-express",
    carrier: "Sample Express",
    service: "Worldwide Express",
    mode: "express",
    currency: "CNY",
    origin: { country: "CN" },
    chargeable: { method: "dimensional", divisor: 5000, incrementKg: "0.5", per: "piece" },
    zones: [
      {
        id: "EU",
        destinations: [...EU, { country: "GB" }],
        price: {
          kind: "first-additional",
          firstWeight: "0.5",
          firstPrice: "135",
          additionalStep: "0.5",
          additionalPrice: "38",
        },
        transitDays: { min: 3, max: 5 },
      },
      {
        id: "US",
        destinations: [{ country: "US" }],
        price: {
          kind: "first-additional",
          firstWeight: "0.5",
          firstPrice: "128",
          additionalStep: "0.5",
          additionalPrice: "35",
        },
        transitDays: { min: 4, max: 7 },
      },
    ],
    surcharges: {
      fuel: { percent: "18.5" },
      remoteArea: {
        areas: [
          { country: "US", postcodePrefixes: ["995", "996", "997", "998", "999", "967", "968"] },
          { country: "DE", postcodePrefixes: ["18565", "25849", "25859", "25863", "25869", "25938", "26465", "26474"] },
        ],
        charge: { perUnit: "4", minimum: "185" },
      },
      oversize: { longestOverCm: "120", pieceWeightOverKg: "70", charge: { fixed: "200" } },
      battery: { charge: { fixed: "60" } },
      peakSeason: [{ name: "Year-end peak", from: "2026-11-15", to: "2026-12-31", charge: { perUnit: "3" } }],
    },
    constraints: {
      maxWeightKg: "300",
      maxPieceWeightKg: "70",
      maxLengthCm: "270",
      maxLengthPlusGirthCm: "400",
      batteries: ["UN3481", "UN3091"],
      magnets: true,
      bannedDestinations: ["KP", "IR", "SY", "CU"],
      bannedCategories: ["weapons", "currency"],
    },
    cutoff: { time: "17:00", timeZone: "Asia/Shanghai" },
    ...VALIDITY,
    note: SAMPLE_NOTE,
  };
}

function postal(): RateCardInput {
  return {
    id: "sample-postal",
    carrier: "Sample Post",
    service: "Registered Small Packet",
    mode: "postal",
    currency: "CNY",
    origin: { country: "CN" },
    chargeable: { method: "actual", incrementKg: "0.001" },
    zones: [
      {
        id: "EU",
        destinations: [...EU, { country: "GB" }],
        price: { kind: "weight-breaks", breaks: [{ from: 0, perUnit: "95", fixed: "22" }] },
        transitDays: { min: 15, max: 25 },
      },
      {
        id: "US",
        destinations: [{ country: "US" }],
        price: { kind: "weight-breaks", breaks: [{ from: 0, perUnit: "105", fixed: "24" }] },
        transitDays: { min: 15, max: 30 },
      },
    ],
    constraints: {
      maxWeightKg: "2",
      maxPieceWeightKg: "2",
      maxLengthCm: "60",
      maxLengthPlusGirthCm: "180",
      bannedDestinations: ["KP", "IR", "SY", "CU"],
    },
    cutoff: { time: "15:00", timeZone: "Asia/Shanghai" },
    ...VALIDITY,
    note: SAMPLE_NOTE,
  };
}

function dedicatedLine(): RateCardInput {
  return {
    id: "sample-dedicated-line",
    carrier: "Sample Line",
    service: "EU/US Dedicated Line",
    mode: "dedicated-line",
    currency: "CNY",
    origin: { country: "CN" },
    chargeable: { method: "dimensional", divisor: 6000, incrementKg: "0.1", per: "shipment" },
    zones: [
      {
        id: "EU",
        destinations: EU,
        price: {
          kind: "weight-breaks",
          breaks: [
            { from: 0, perUnit: "68", fixed: "18" },
            { from: 2, perUnit: "62", fixed: "18" },
            { from: 5, perUnit: "58", fixed: "15" },
          ],
        },
        minimumCharge: "30",
        transitDays: { min: 7, max: 12 },
      },
      {
        id: "US",
        destinations: [{ country: "US" }],
        price: {
          kind: "weight-breaks",
          breaks: [
            { from: 0, perUnit: "75", fixed: "20" },
            { from: 2, perUnit: "70", fixed: "20" },
          ],
        },
        minimumCharge: "32",
        transitDays: { min: 8, max: 15 },
      },
    ],
    constraints: { maxWeightKg: "30", maxPieceWeightKg: "30", maxLengthCm: "120", batteries: ["UN3481"] },
    cutoff: { time: "18:00", timeZone: "Asia/Shanghai" },
    ...VALIDITY,
    note: SAMPLE_NOTE,
  };
}

function overseasWarehouse(country: "DE" | "US"): RateCardInput {
  const de = country === "DE";
  return {
    id: `sample-overseas-warehouse-${country.toLowerCase()}`,
    carrier: "Sample Fulfilment",
    service: `${country} Warehouse Local Delivery`,
    mode: "overseas-warehouse",
    currency: "CNY",
    origin: { country },
    chargeable: { method: "dimensional", divisor: 5000, incrementKg: "0.5", per: "shipment" },
    zones: [
      {
        id: country,
        destinations: [{ country }],
        price: { kind: "per-item", perItem: de ? "9.5" : "8", perShipment: de ? "26" : "38" },
        transitDays: { min: 1, max: 3 },
      },
    ],
    constraints: { maxWeightKg: "30", maxLengthCm: "150", batteries: ["UN3481"], magnets: true },
    cutoff: { time: "14:00", timeZone: de ? "Europe/Berlin" : "America/Los_Angeles" },
    ...VALIDITY,
    note: `${SAMPLE_NOTE} Ships only goods already stocked in the ${country} warehouse.`,
  };
}

/**
 * Illustrative rate cards for the four usual ways a China-based seller ships a parcel, for docs, demos and tests.
 * **Sample prices, not real tariffs** (every card's `note` says so): use your carriers' cards in production.
 *
 * | id | mode | transit (business days) |
 * |---|---|---|
 * | `sample-express` | commercial express, per-piece 5000 divisor, fuel 18.5% | EU 3-5, US 4-7 |
 * | `sample-postal` | registered small packet, actual weight, 2 kg limit, no batteries | EU 15-25, US 15-30 |
 * | `sample-dedicated-line` | dedicated line (专线), 6000 divisor, weight breaks | EU 7-12, US 8-15 |
 * | `sample-overseas-warehouse-de`, `-us` | overseas warehouse (海外仓), per item | 1-3 |
 *
 * All prices are in CNY and valid through 2026. A new set of frozen, defined cards is built on each call.
 *
 * @example
 * ```ts
 * const cards = sampleShippingRateCards();
 * cards.map((card) => card.mode); // ["express", "postal", "dedicated-line", "overseas-warehouse", "overseas-warehouse"]
 * ```
 */
export function sampleShippingRateCards(): RateCard[] {
  return [express(), postal(), dedicatedLine(), overseasWarehouse("DE"), overseasWarehouse("US")].map((card) =>
    defineRateCard(card),
  );
}
