import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar, createInMemoryFxRates, Dec, US_2026 } from "../../../src/core/index.js";
import {
  defineRateCard,
  type RateCard,
  type RateCardInput,
  type SelectShippingMethodInput,
  type ShipmentInput,
  sampleShippingRateCards,
  selectShippingMethod,
} from "../../../src/logistics/index.js";
import { everySurchargeCardInput, expectThrows } from "./helpers.js";

const calendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };
const toUs: ShipmentInput = {
  destination: { country: "US", postcode: "10001" },
  pieces: [{ weightKg: "1.2", dimensionsCm: { length: 30, width: 20, height: 12 } }],
};
const shipDate = "2026-03-02T02:00:00Z"; // Monday 10:00 in Shanghai

function input(overrides: Partial<SelectShippingMethodInput> = {}): SelectShippingMethodInput {
  return {
    shipment: toUs,
    rateCards: sampleShippingRateCards(),
    policy: "cheapest",
    shipDate,
    calendars,
    ...overrides,
  };
}

/** A one-zone US card: flat price and transit, to build ties and orders by hand. */
function flatCard(id: string, price: string, min: number, max: number, carrier = `carrier-${id}`): RateCard {
  const base = everySurchargeCardInput();
  return defineRateCard({
    ...base,
    id,
    carrier,
    surcharges: {},
    zones: [
      {
        id: "US",
        destinations: [{ country: "US" }],
        price: { kind: "per-item", perItem: "0", perShipment: price },
        transitDays: { min, max },
      },
    ],
  });
}

describe("selectShippingMethod", () => {
  it("cheapest: sample cards for a 1.2 kg parcel to New York", () => {
    const { chosen, ranked, rejected, comparedIn } = selectShippingMethod(input());
    expect(comparedIn).toBe("CNY");
    expect(ranked.map((o) => [o.id, o.total.amount.toFixed(2)])).toEqual([
      ["sample-overseas-warehouse-us", "46.00"], // 8 + 38
      ["sample-dedicated-line", "110.00"], // 1.2 × 75 + 20
      ["sample-postal", "150.00"], // 1.2 × 105 + 24
      ["sample-express", "234.63"], // 128 + 2 × 35 = 198, fuel 36.63
    ]);
    expect(chosen?.id).toBe("sample-overseas-warehouse-us");
    expect(chosen?.rank).toBe(1);
    expect(chosen?.score).toBeUndefined();
    expect(rejected.map((r) => [r.id, r.reasons.map((x) => x.code)])).toEqual([
      ["sample-overseas-warehouse-de", ["DESTINATION_NOT_SERVED"]],
    ]);
  });

  it("fastest: by latest ETA, then earliest", () => {
    const { ranked } = selectShippingMethod(input({ policy: "fastest" }));
    expect(ranked.map((o) => [o.id, o.eta.latest])).toEqual([
      ["sample-overseas-warehouse-us", "2026-03-05"], // handover Mon 2 Mar (LA 18:00 Sunday → Monday), +3
      ["sample-express", "2026-03-11"],
      ["sample-dedicated-line", "2026-03-23"],
      ["sample-postal", "2026-04-14"], // 30 CN∩US business days; Monday 6 Apr is Qingming in China
    ]);
  });

  it("deadline: cheapest that still arrives by deliverBy; the others are rejected with MISSES_DEADLINE and their quote", () => {
    const cards = sampleShippingRateCards().filter((card) => card.mode !== "overseas-warehouse");
    const { chosen, rejected } = selectShippingMethod(input({ rateCards: cards, deliverBy: "2026-03-20" }));
    expect(chosen?.id).toBe("sample-express");
    const late = rejected.map((r) => [r.id, r.reasons.map((x) => x.code), r.quote?.total.amount.toFixed(2)]);
    expect(late).toEqual([
      ["sample-postal", ["MISSES_DEADLINE"], "150.00"],
      ["sample-dedicated-line", ["MISSES_DEADLINE"], "110.00"],
    ]);
  });

  it("best-value: weighted cost, speed and reliability, computed by hand", () => {
    const cards = [flatCard("a", "100", 5, 10, "A"), flatCard("b", "50", 10, 20, "B")];
    const { ranked } = selectShippingMethod(
      input({
        rateCards: cards,
        policy: "best-value",
        bestValue: { weights: { cost: 1, speed: 1, reliability: 2 }, reliability: { A: "0.95", B: "0.6" } },
      }),
    );
    // handover Mon 2 Mar. a: latest = 10 CN∩US business days → 16 Mar (14 days); b: 20 → 30 Mar (28 days)
    expect(ranked.map((o) => o.eta.latest)).toEqual(["2026-03-16", "2026-03-30"]);
    // a: (0.5 + 1 + 2 × 0.95) / 4 = 0.85; b: (1 + 0.5 + 2 × 0.6) / 4 = 0.675
    expect(ranked.map((o) => [o.id, o.score?.toString()])).toEqual([
      ["a", "0.85"],
      ["b", "0.675"],
    ]);
    expect(ranked[0]?.reliability.toString()).toBe("0.95");
  });

  it("ties break by total, latest, earliest, reliability, then id — never by input order", () => {
    const cards = [flatCard("zeta", "40", 3, 5), flatCard("alpha", "40", 3, 5), flatCard("mid", "40", 2, 5)];
    const forward = selectShippingMethod(input({ rateCards: cards }));
    expect(forward.ranked.map((o) => o.id)).toEqual(["mid", "alpha", "zeta"]);
    const backward = selectShippingMethod(input({ rateCards: [...cards].reverse() }));
    expect(backward.ranked.map((o) => o.id)).toEqual(["mid", "alpha", "zeta"]);
  });

  it("ranks normalised outside rates with own cards, converting currencies", () => {
    const fxRates = createInMemoryFxRates([
      { from: "USD", to: "CNY", rate: "7.1", asOf: "2026-03-01", source: "test" },
    ]);
    const { ranked, rejected } = selectShippingMethod(
      input({
        compareIn: { currency: "CNY", fxRates },
        externalRates: [
          {
            provider: "easypost",
            rateId: "rate_1",
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
            rateId: "se-3",
            carrier: "FedEx",
            service: "Ground",
            total: { amount: "12.00", currency: "USD" },
          },
        ],
      }),
    );
    const usps = ranked.find((o) => o.id === "easypost:rate_1");
    expect(usps?.comparableTotal.amount.toFixed(2)).toBe("64.97"); // 9.15 × 7.1 = 64.965 → 64.97
    expect(usps?.source).toBe("external");
    expect(usps?.eta.latest).toBe("2026-03-04");
    expect(ranked.map((o) => o.id)).toEqual([
      "sample-overseas-warehouse-us",
      "easypost:rate_1",
      "sample-dedicated-line",
      "sample-postal",
      "sample-express",
    ]);
    expect(rejected.map((r) => [r.id, r.reasons[0]?.code])).toEqual([
      ["sample-overseas-warehouse-de", "DESTINATION_NOT_SERVED"],
      ["shippo:r2", "CURRENCY_NOT_COMPARABLE"],
      ["shipengine:se-3", "ETA_UNKNOWN"],
    ]);
  });

  it("an outside rate with a delivery date keeps that date", () => {
    const { ranked } = selectShippingMethod(
      input({
        rateCards: [],
        externalRates: [
          {
            provider: "shipengine",
            rateId: "x",
            carrier: "FedEx",
            service: "Ground",
            total: { amount: "80", currency: "CNY" },
            estimatedDeliveryDate: "2026-03-06",
          },
        ],
      }),
    );
    expect(ranked[0]?.eta).toMatchObject({ earliest: "2026-03-06", latest: "2026-03-06", maxBusinessDays: 4 });
  });

  it("nothing qualifies: chosen is undefined and every card is rejected", () => {
    const r = selectShippingMethod(input({ shipment: { ...toUs, destination: { country: "KP" } } }));
    expect(r.chosen).toBeUndefined();
    expect(r.ranked).toEqual([]);
    expect(r.rejected).toHaveLength(5);
  });

  it("properties: every card once; cheapest never dearer than any ranked; order-independent", () => {
    const pool = [
      ...sampleShippingRateCards(),
      ...Array.from({ length: 6 }, (_, i) => flatCard(`f${i}`, String(30 + ((i * 37) % 90)), 1 + i, 3 + 2 * i)),
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pool, { minLength: 0 }),
        fc.integer({ min: 10, max: 40_000 }),
        fc.constantFrom("DE", "US"),
        fc.constantFrom("cheapest" as const, "fastest" as const, "best-value" as const),
        fc.option(fc.constantFrom("2026-03-06", "2026-03-20", "2026-04-30"), { nil: undefined }),
        (cards, grams, country, policy, deliverBy) => {
          const shipment: ShipmentInput = {
            destination: { country },
            pieces: [{ weightKg: new Dec(grams).div(1000), dimensionsCm: { length: 30, width: 20, height: 12 } }],
          };
          const run = (list: RateCard[]) =>
            selectShippingMethod({
              shipment,
              rateCards: list,
              policy,
              shipDate,
              calendars,
              ...(deliverBy ? { deliverBy } : {}),
            });
          const result = run(cards);
          const ids = [...result.ranked.map((o) => o.id), ...result.rejected.map((o) => o.id)].sort();
          expect(ids).toEqual(cards.map((card) => card.id).sort());
          if (policy === "cheapest" && result.chosen) {
            for (const option of result.ranked)
              expect(result.chosen.comparableTotal.amount.lte(option.comparableTotal.amount)).toBe(true);
          }
          for (const option of result.ranked) if (deliverBy) expect(option.eta.latest <= deliverBy).toBe(true);
          expect(run([...cards].reverse()).ranked.map((o) => o.id)).toEqual(result.ranked.map((o) => o.id));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses bad input", () => {
    const card = sampleShippingRateCards()[0] as RateCard;
    expectThrows(() => selectShippingMethod(input({ rateCards: [card, card] })), "INVALID_ARGUMENT", [
      "input",
      "rateCards",
      1,
      "id",
    ]);
    expectThrows(
      () => selectShippingMethod(input({ rateCards: [{ ...everySurchargeCardInput(), zones: [] } as RateCardInput] })),
      "INVALID_ARGUMENT",
      ["input", "rateCards", 0, "zones"],
    );
    expectThrows(
      () =>
        selectShippingMethod(
          input({ rateCards: [defineRateCard({ ...everySurchargeCardInput(), currency: "USD" }), card] }),
        ),
      "INVALID_ARGUMENT",
      ["input", "compareIn"],
    );
    // @ts-expect-error an unknown policy
    expectThrows(() => selectShippingMethod(input({ policy: "greenest" })), "INVALID_ARGUMENT", ["input", "policy"]);
    expectThrows(() => selectShippingMethod(input({ deliverBy: "2026-02-30" })), "INVALID_ARGUMENT", [
      "input",
      "deliverBy",
    ]);
    expectThrows(
      () => selectShippingMethod(input({ policy: "best-value", bestValue: { reliability: { X: "1.2" } } })),
      "INVALID_ARGUMENT",
      ["input", "bestValue", "reliability", "X"],
    );
    expectThrows(
      () => selectShippingMethod(input({ bestValue: { weights: { cost: 0, speed: 0, reliability: 0 } } })),
      "INVALID_ARGUMENT",
      ["input", "bestValue", "weights"],
    );
  });
});
