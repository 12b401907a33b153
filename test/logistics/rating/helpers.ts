import { expect } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { defineRateCard, type RateCardInput } from "../../../src/logistics/index.js";

/** Asserts that `run` throws the library error with `code` and the first issue's `path`. */
export function expectThrows(run: () => unknown, code: string, path: ReadonlyArray<string | number>): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isCrossborderOpsError(thrown), `expected a CrossborderOpsError, got ${String(thrown)}`).toBe(true);
  if (!isCrossborderOpsError(thrown)) return;
  expect(thrown.code).toBe(code);
  expect(thrown.issues[0]?.path).toEqual(path);
}

/** A test card with every surcharge, written for hand-computed expectations (CNY, per-piece 5000, 0.5 kg). */
export function everySurchargeCardInput(overrides: Partial<RateCardInput> = {}): RateCardInput {
  return {
    id: "test-express",
    carrier: "Test Express",
    service: "Express",
    mode: "express",
    currency: "CNY",
    origin: { country: "CN" },
    chargeable: { method: "dimensional", divisor: 5000, incrementKg: "0.5", per: "piece" },
    zones: [
      {
        id: "DE",
        destinations: [{ country: "DE" }],
        price: {
          kind: "first-additional",
          firstWeight: "0.5",
          firstPrice: "100",
          additionalStep: "0.5",
          additionalPrice: "20",
        },
        transitDays: { min: 3, max: 5 },
      },
      {
        id: "DE-BERLIN",
        destinations: [{ country: "DE", postcodePrefixes: ["10", "12"] }],
        price: {
          kind: "first-additional",
          firstWeight: "0.5",
          firstPrice: "90",
          additionalStep: "0.5",
          additionalPrice: "18",
        },
        minimumCharge: "95",
        transitDays: { min: 2, max: 4 },
      },
      {
        id: "US",
        destinations: [{ country: "US" }],
        price: {
          kind: "first-additional",
          firstWeight: "0.5",
          firstPrice: "110",
          additionalStep: "0.5",
          additionalPrice: "25",
        },
        transitDays: { min: 3, max: 6 },
      },
    ],
    surcharges: {
      fuel: { percent: "20" },
      remoteArea: { areas: [{ country: "DE", postcodePrefixes: ["18565"] }], charge: { perUnit: "5", minimum: "50" } },
      oversize: { longestOverCm: "100", charge: { fixed: "80" } },
      battery: { charge: { fixed: "30" } },
      peakSeason: [{ name: "Year-end", from: "2026-11-15", to: "2026-12-31", charge: { perUnit: "2" } }],
    },
    constraints: {
      maxWeightKg: "70",
      maxPieceWeightKg: "30",
      maxLengthCm: "150",
      maxLengthPlusGirthCm: "300",
      batteries: ["UN3481"],
      bannedDestinations: ["KP"],
      bannedCategories: ["Knives"],
    },
    cutoff: { time: "17:00", timeZone: "Asia/Shanghai" },
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
    ...overrides,
  };
}

/** The same card, defined. */
export function everySurchargeCard(overrides: Partial<RateCardInput> = {}) {
  return defineRateCard(everySurchargeCardInput(overrides));
}
