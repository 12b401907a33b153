import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, parseInput } from "../../../src/core/index.js";
import {
  defineRateCard,
  type RateCardInput,
  type ShipmentInput,
  sampleShippingRateCards,
  shipmentSchema,
} from "../../../src/logistics/index.js";
import { chargeableFactsOf } from "../../../src/logistics/rating/chargeableFacts.js";
import { priceInDecimals } from "../../../src/logistics/rating/decimalPricing.js";
import { priceInIntegers } from "../../../src/logistics/rating/integerPricing.js";
import { integerRateCardOf } from "../../../src/logistics/rating/integerRateCard.js";
import { preparedRateCardOf } from "../../../src/logistics/rating/preparedRateCard.js";
import { shipmentFacts } from "../../../src/logistics/rating/shipmentFacts.js";
import { everySurchargeCardInput } from "./helpers.js";

/** A decimal string with up to `places` decimals, below 10^digits. */
const decimalText = (digits: number, places: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 10 ** digits - 1 }), fc.integer({ min: 0, max: places }))
    .map(([units, scale]) => (scale === 0 ? String(units) : (units / 10 ** scale).toFixed(scale)));

const charge = fc
  .record(
    {
      fixed: decimalText(3, 3),
      perUnit: decimalText(2, 3),
      percentOfBase: decimalText(2, 2),
      minimum: decimalText(3, 2),
    },
    { requiredKeys: [] },
  )
  .filter((rule) => Object.keys(rule).length > 0);

const price = fc.oneof(
  fc.record({
    kind: fc.constant("first-additional" as const),
    firstWeight: decimalText(1, 2).filter((text) => Number(text) > 0),
    firstPrice: decimalText(3, 2),
    additionalStep: fc.constantFrom("0.5", "1", "0.25", "0.1", "0.001"),
    additionalPrice: decimalText(2, 3),
  }),
  fc
    .array(fc.tuple(decimalText(2, 3), decimalText(2, 3), fc.option(decimalText(2, 2), { nil: undefined })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((rows) => {
      let from = 0;
      return {
        kind: "weight-breaks" as const,
        breaks: rows.map(([step, perUnit, fixed], i) => {
          if (i > 0) from += Number(step) + 0.5;
          return { from: from.toFixed(3), perUnit, ...(fixed === undefined ? {} : { fixed }) };
        }),
      };
    }),
  fc.record({ kind: fc.constant("per-item" as const), perItem: decimalText(2, 2), perShipment: decimalText(2, 2) }),
);

const card = fc
  .record({
    currency: fc.constantFrom("CNY", "USD", "JPY", "KWD"),
    chargeable: fc.oneof(
      fc.record({
        method: fc.constant("dimensional" as const),
        divisor: fc.constantFrom(5000, 6000, "5000.5"),
        incrementKg: fc.constantFrom("0.5", "0.1", "0.001", "1"),
        per: fc.constantFrom("piece" as const, "shipment" as const),
        dimensionRounding: fc.constantFrom("none" as const, "nearest" as const, "up" as const),
      }),
      fc.record({ method: fc.constant("actual" as const), incrementKg: fc.constantFrom("0.001", "0.01", "0.5") }),
      fc.record({ method: fc.constant("dimensional-imperial" as const), per: fc.constant("piece" as const) }),
      fc.record({ method: fc.constant("revenue-ton" as const), incrementRt: fc.constantFrom("0.01", "0.25") }),
    ),
    price,
    minimumCharge: fc.option(decimalText(3, 2), { nil: undefined }),
    fuel: fc.option(fc.record({ percent: decimalText(2, 2), includeSurcharges: fc.boolean() }), { nil: undefined }),
    remote: fc.option(charge, { nil: undefined }),
    oversize: fc.option(charge, { nil: undefined }),
    battery: fc.option(charge, { nil: undefined }),
    peak: fc.option(charge, { nil: undefined }),
  })
  .map(({ currency, chargeable, price, minimumCharge, fuel, remote, oversize, battery, peak }) => {
    const base = everySurchargeCardInput();
    const input: RateCardInput = {
      ...base,
      currency,
      chargeable,
      constraints: {},
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price,
          ...(minimumCharge === undefined ? {} : { minimumCharge }),
          transitDays: { min: 3, max: 5 },
        },
      ],
      surcharges: {
        ...(fuel ? { fuel } : {}),
        ...(remote ? { remoteArea: { areas: [{ country: "US", postcodePrefixes: ["99"] }], charge: remote } } : {}),
        ...(oversize ? { oversize: { longestOverCm: "40", pieceWeightOverKg: "5.5", charge: oversize } } : {}),
        ...(battery ? { battery: { charge: battery } } : {}),
        ...(peak ? { peakSeason: [{ name: "Peak", from: "2026-03-01", to: "2026-03-31", charge: peak }] } : {}),
      },
    };
    return defineRateCard(input);
  });

const shipment = fc
  .record({
    pieces: fc.array(
      fc.record({
        weightKg: decimalText(2, 3),
        length: decimalText(2, 1).filter((text) => Number(text) > 0),
        width: decimalText(2, 1).filter((text) => Number(text) > 0),
        height: decimalText(2, 1).filter((text) => Number(text) > 0),
        quantity: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    postcode: fc.constantFrom("99501", "10001"),
    batteries: fc.boolean(),
  })
  .map(
    ({ pieces, postcode, batteries }): ShipmentInput => ({
      destination: { country: "US", postcode },
      pieces: pieces.map(({ weightKg, length, width, height, quantity }) => ({
        weightKg,
        dimensionsCm: { length, width, height },
        quantity,
      })),
      ...(batteries ? { contents: { batteries: ["UN3481"] } } : {}),
    }),
  );

describe("integer pricing agrees with decimal pricing", () => {
  it("gives the same base, minimum flag, lines and total for any card and shipment (property)", () => {
    let integerQuotes = 0;
    fc.assert(
      fc.property(card, shipment, fc.constantFrom("2026-03-02", "2026-04-02"), (rateCard, input, handoverDate) => {
        const facts = shipmentFacts(parseInput(shipmentSchema, input, ["shipment"]));
        const prepared = preparedRateCardOf(rateCard);
        const chargeable = chargeableFactsOf(facts, rateCard);
        const triggers = { remote: facts.postcode?.startsWith("99") === true, handoverDate, limits: prepared.limits };
        const reference = priceInDecimals(rateCard, rateCard.zones[0] as never, chargeable.quoted, facts, triggers);
        const integer = prepared.integer && priceInIntegers(prepared.integer, 0, chargeable, facts, triggers);
        if (!integer) return;
        integerQuotes++;
        const places = prepared.integer?.places ?? 2;
        const major = (minor: number) => new Dec(minor).div(10 ** places).toFixed(places);
        expect(major(integer.baseMinor)).toBe(reference.base.amount.toFixed(places));
        expect(integer.minimumApplied).toBe(reference.minimumApplied);
        expect(integer.lines.map((line) => [line.code, line.label, major(line.minor)])).toEqual(
          reference.surcharges.map((line) => [line.code, line.label, line.amount.amount.toFixed(places)]),
        );
        expect(major(integer.totalMinor)).toBe(reference.total.amount.toFixed(places));
        // Every reference line is already in minor units, so the integer figures lose nothing.
        expect(reference.total.amount.decimalPlaces()).toBeLessThanOrEqual(places);
      }),
      { numRuns: 300, seed: 20260302 },
    );
    // The fast path must actually run for most inputs, not silently fall back.
    expect(integerQuotes).toBeGreaterThan(180);
  });

  it("the sample cards and the test card all have an integer form", () => {
    for (const rateCard of [...sampleShippingRateCards(), defineRateCard(everySurchargeCardInput())]) {
      expect(integerRateCardOf(rateCard), rateCard.id).toBeDefined();
    }
  });

  it("a card whose figures do not fit safe integers has no integer form (priced with decimals)", () => {
    const huge = defineRateCard({
      ...everySurchargeCardInput(),
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price: { kind: "per-item", perItem: "123456789012.123456", perShipment: "0" },
          transitDays: { min: 1, max: 2 },
        },
      ],
    });
    expect(integerRateCardOf(huge)).toBeUndefined();
  });
});
