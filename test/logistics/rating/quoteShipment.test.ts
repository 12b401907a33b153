import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_2026, createBusinessCalendar, Dec, US_2026 } from "../../../src/core/index.js";
import {
  defineRateCard,
  quoteShipment,
  type RateCardInput,
  type ShipmentInput,
  sampleShippingRateCards,
} from "../../../src/logistics/index.js";
import { everySurchargeCard, everySurchargeCardInput, expectThrows } from "./helpers.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

const twoPieces: ShipmentInput = {
  destination: { country: "DE", postcode: "18565" },
  pieces: [
    { weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } }, // 12 kg by volume
    { weightKg: "3", dimensionsCm: { length: 110, width: 20, height: 10 } }, // 4.4 → 4.5 kg, longest 110 cm
  ],
  contents: { batteries: ["UN3481"] },
  shipDate: "2026-11-20T02:00:00Z", // Friday 10:00 in Shanghai, in the year-end peak
};

describe("quoteShipment: every surcharge, computed by hand", () => {
  it("itemises base, remote area, oversize, battery, peak season and fuel", () => {
    const r = quoteShipment(everySurchargeCard(), twoPieces, { calendars: { CN: cn } });
    if (!r.ok) throw new Error(r.error.message);
    const q = r.value;
    expect(q.zoneId).toBe("DE");
    expect(q.chargeable.value.toString()).toBe("16.5"); // 12 + 4.5 per piece
    expect(q.chargeable.basis).toBe("volumetric");
    expect(q.chargeable.actualKg.toString()).toBe("12.3");
    // 100 + 32 further half-kilos × 20
    expect(q.base.amount.toFixed(2)).toBe("740.00");
    expect(q.minimumApplied).toBe(false);
    expect(q.surcharges.map((s) => [s.code, s.amount.amount.toFixed(2)])).toEqual([
      ["REMOTE_AREA", "82.50"], // 5 × 16.5, above the 50 minimum
      ["OVERSIZE", "80.00"], // one piece longer than 100 cm
      ["BATTERY", "30.00"],
      ["PEAK_SEASON", "33.00"], // 2 × 16.5
      ["FUEL", "148.00"], // 20% of 740
    ]);
    expect(q.surcharges[3]?.label).toBe("Peak season: Year-end");
    expect(q.total.amount.toFixed(2)).toBe("1113.50");
    expect(q.total.currency).toBe("CNY");
  });

  it("fuel on surcharges too when the card says so: 20% of 965.50 = 193.10", () => {
    const card = everySurchargeCard({
      surcharges: { ...everySurchargeCardInput().surcharges, fuel: { percent: "20", includeSurcharges: true } },
    });
    const r = quoteShipment(card, twoPieces, { calendars: { CN: cn } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.surcharges.at(-1)?.amount.amount.toFixed(2)).toBe("193.10");
    expect(r.value.total.amount.toFixed(2)).toBe("1158.60");
  });

  it("ETA: Friday handover, 3-5 business days, Monday-Friday assumed for DE", () => {
    const r = quoteShipment(everySurchargeCard(), twoPieces, { calendars: { CN: cn } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.eta).toEqual({
      handoverDate: "2026-11-20",
      earliest: "2026-11-25",
      latest: "2026-11-27",
      minBusinessDays: 3,
      maxBusinessDays: 5,
      calendarIds: ["CN-2026", "DE-WEEKDAYS"],
      assumedCalendars: ["DE"],
    });
  });

  it("no surcharge outside the remote list, the peak and without batteries", () => {
    const plain: ShipmentInput = {
      destination: { country: "DE", postcode: "80331" },
      pieces: [{ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } }],
      shipDate: "2026-03-02T02:00:00Z",
    };
    const r = quoteShipment(everySurchargeCard(), plain);
    if (!r.ok) throw new Error(r.error.message);
    // 7.5 kg: 100 + 14 × 20 = 380; fuel 76
    expect(r.value.base.amount.toFixed(2)).toBe("380.00");
    expect(r.value.surcharges.map((s) => s.code)).toEqual(["FUEL"]);
    expect(r.value.total.amount.toFixed(2)).toBe("456.00");
  });

  it("the longest postcode prefix wins over the country-wide zone, and the zone minimum applies", () => {
    const berlin: ShipmentInput = {
      destination: { country: "DE", postcode: "10 115" },
      pieces: [{ weightKg: "0.2", dimensionsCm: { length: 10, width: 10, height: 5 } }],
      shipDate: "2026-03-02T02:00:00Z",
    };
    const r = quoteShipment(everySurchargeCard(), berlin);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.zoneId).toBe("DE-BERLIN");
    expect(r.value.minimumApplied).toBe(true);
    expect(r.value.base.amount.toFixed(2)).toBe("95.00"); // 90 < minimum 95
    expect(r.value.total.amount.toFixed(2)).toBe("114.00"); // + fuel 19
  });

  it("Chinese holidays: a Friday before the Spring Festival, to the US", () => {
    const parcel: ShipmentInput = {
      destination: { country: "US" },
      pieces: [{ weightKg: "1", dimensionsCm: { length: 10, width: 10, height: 10 } }],
    };
    const card = everySurchargeCard();
    const before = quoteShipment(card, parcel, { shipDate: "2026-02-13T02:00:00Z", calendars: { CN: cn, US: us } });
    if (!before.ok) throw new Error(before.error.message);
    // Transit days count only when both are open: CN closed 15-23 Feb, US closed 16 Feb (Presidents' Day).
    expect(before.value.eta.handoverDate).toBe("2026-02-13");
    expect(before.value.eta.earliest).toBe("2026-02-26");
    expect(before.value.eta.latest).toBe("2026-03-03");
    // After the 17:00 cut-off in Shanghai: the next CN business day is Saturday 14 Feb, a make-up working day.
    const late = quoteShipment(card, parcel, { shipDate: "2026-02-13T10:00:00Z", calendars: { CN: cn, US: us } });
    if (!late.ok) throw new Error(late.error.message);
    expect(late.value.eta.handoverDate).toBe("2026-02-14");
    expect(late.value.eta.earliest).toBe("2026-02-26");
  });

  it("weight breaks: a higher break applies when it is cheaper (air-cargo rule)", () => {
    const [, , line] = sampleShippingRateCards();
    const quote = (kg: string) => {
      const r = quoteShipment(line as NonNullable<typeof line>, {
        destination: { country: "DE" },
        pieces: [{ weightKg: kg, dimensionsCm: { length: 10, width: 10, height: 10 } }],
        shipDate: "2026-03-02T02:00:00Z",
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.base.amount.toFixed(2);
    };
    expect(quote("1.5")).toBe("120.00"); // 1.5 × 68 + 18
    expect(quote("1.9")).toBe("142.00"); // 1.9 × 68 + 18 = 147.2, but 2 kg at 62 + 18 = 142
    expect(quote("2")).toBe("142.00");
    expect(quote("4.9")).toBe("305.00"); // 4.9 × 62 + 18 = 321.8 > 5 × 58 + 15 = 305
    expect(quote("0.2")).toBe("31.60"); // 0.2 × 68 + 18
  });

  it("returns every reason a card cannot carry, with codes, without throwing", () => {
    const r = quoteShipment(everySurchargeCard(), {
      origin: { country: "VN" },
      destination: { country: "KP" },
      pieces: [
        { weightKg: "31", dimensionsCm: { length: 160, width: 10, height: 10 } },
        { weightKg: "40", dimensionsCm: { length: 90, width: 60, height: 50 } }, // L + G = 310 cm
      ],
      contents: {
        batteries: ["UN3480", "UN3481"],
        liquids: true,
        powders: true,
        magnets: true,
        categories: ["knives"],
      },
      shipDate: "2027-01-04T02:00:00Z",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("CANNOT_CARRY");
    expect(r.error.rateCardId).toBe("test-express");
    expect(r.error.reasons.map((reason) => reason.code)).toEqual([
      "RATE_CARD_NOT_VALID",
      "ORIGIN_NOT_SERVED",
      "DESTINATION_BANNED",
      "BATTERY_NOT_ALLOWED",
      "LIQUID_NOT_ALLOWED",
      "POWDER_NOT_ALLOWED",
      "MAGNET_NOT_ALLOWED",
      "CATEGORY_BANNED",
      "OVERWEIGHT",
      "PIECE_OVERWEIGHT",
      "TOO_LONG",
      "PIECE_OVERWEIGHT",
      "LENGTH_PLUS_GIRTH_EXCEEDED",
    ]);
    expect(r.error.reasons.find((reason) => reason.code === "BATTERY_NOT_ALLOWED")?.message).toContain("UN3480");
    expect(r.error.reasons.find((reason) => reason.code === "TOO_LONG")?.path).toEqual(["pieces", 0, "dimensionsCm"]);
  });

  it("DESTINATION_NOT_SERVED when no zone covers the country", () => {
    const r = quoteShipment(everySurchargeCard(), {
      destination: { country: "JP" },
      pieces: [{ weightKg: 1, dimensionsCm: { length: 10, width: 10, height: 10 } }],
      shipDate: "2026-03-02T02:00:00Z",
    });
    expect(!r.ok && r.error.reasons.map((reason) => reason.code)).toEqual(["DESTINATION_NOT_SERVED"]);
  });

  it("prices sea freight per revenue ton and imperial cards per pound", () => {
    const sea = defineRateCard({
      ...everySurchargeCardInput(),
      id: "sea",
      mode: "sea",
      chargeable: { method: "revenue-ton" },
      surcharges: {},
      constraints: {},
      zones: [
        {
          id: "US",
          destinations: [{ country: "US" }],
          price: { kind: "weight-breaks", breaks: [{ from: 0, perUnit: "420", fixed: "300" }] },
          transitDays: { min: 20, max: 30 },
        },
      ],
    });
    const r = quoteShipment(sea, {
      destination: { country: "US" },
      pieces: [{ weightKg: 200, dimensionsCm: { length: 120, width: 100, height: 100 }, quantity: 2 }], // 2.4 cbm, 400 kg
      shipDate: "2026-03-02T02:00:00Z",
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.chargeable.value.toString()).toBe("2.4");
    expect(r.value.chargeable.unit).toBe("rt");
    expect(r.value.total.amount.toFixed(2)).toBe("1308.00"); // 2.4 × 420 + 300

    const imperial = defineRateCard({
      ...everySurchargeCardInput(),
      id: "us-ground",
      origin: { country: "US" },
      chargeable: { method: "dimensional-imperial", per: "piece" },
      surcharges: {},
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
    });
    // 16×12×10 in = 40.64 × 30.48 × 25.4 cm; 3 lb = 1.36077711 kg → 14 lb billed
    const box = quoteShipment(imperial, {
      destination: { country: "US" },
      pieces: [{ weightKg: "1.36077711", dimensionsCm: { length: "40.64", width: "30.48", height: "25.4" } }],
      shipDate: "2026-03-02T15:00:00Z",
    });
    if (!box.ok) throw new Error(box.error.message);
    expect(box.value.chargeable.value.toString()).toBe("14");
    expect(box.value.chargeable.unit).toBe("lb");
    expect(box.value.total.amount.toFixed(2)).toBe("28.50"); // 9 + 13 × 1.5
  });

  it("a heavier parcel never costs less on the same card (property, every sample card and the test card)", () => {
    const cards = [...sampleShippingRateCards(), everySurchargeCard()];
    fc.assert(
      fc.property(
        fc.constantFrom(...cards),
        fc.constantFrom("DE", "US"),
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 5, max: 90 }),
        (card, country, grams, extra, edge) => {
          const parcel = (g: number): ShipmentInput => ({
            destination: { country, postcode: "18565" },
            pieces: [{ weightKg: new Dec(g).div(1000), dimensionsCm: { length: edge, width: 30, height: 20 } }],
            shipDate: "2026-11-20T02:00:00Z",
          });
          const light = quoteShipment(card, parcel(grams));
          const heavy = quoteShipment(card, parcel(grams + extra));
          if (!light.ok || !heavy.ok) return true;
          return heavy.value.total.amount.gte(light.value.total.amount);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses bad input", () => {
    const parcel: ShipmentInput = {
      destination: { country: "DE" },
      pieces: [{ weightKg: 1, dimensionsCm: { length: 10, width: 10, height: 10 } }],
    };
    expectThrows(() => quoteShipment(everySurchargeCard(), parcel), "INVALID_ARGUMENT", ["shipment", "shipDate"]);
    expectThrows(
      () =>
        quoteShipment(everySurchargeCard(), { ...parcel, destination: { country: "de" } }, { shipDate: "2026-03-02" }),
      "INVALID_ARGUMENT",
      ["shipment", "destination", "country"],
    );
    expectThrows(
      () =>
        quoteShipment(
          everySurchargeCard(),
          { ...parcel, contents: { batteries: ["lithium"] } },
          { shipDate: "2026-03-02" },
        ),
      "INVALID_ARGUMENT",
      ["shipment", "contents", "batteries", 0],
    );
    expectThrows(() => quoteShipment(everySurchargeCard(), parcel, { shipDate: "yesterday" }), "INVALID_ARGUMENT", [
      "options",
      "shipDate",
    ]);
    const broken = { ...everySurchargeCardInput(), currency: "XYZ" } as RateCardInput;
    expectThrows(() => quoteShipment(broken, parcel, { shipDate: "2026-03-02" }), "INVALID_ARGUMENT", [
      "rateCard",
      "currency",
    ]);
    expectThrows(
      () =>
        // Before the calendar's first day (a ship day after its last day is an ETA_BEYOND_CALENDAR reason).
        quoteShipment(everySurchargeCard({ validFrom: "2025-01-01", validTo: undefined }), parcel, {
          shipDate: "2025-12-15",
          calendars: { CN: cn },
        }),
      "CALENDAR_OUT_OF_RANGE",
      ["instant"],
    );
  });
});

describe("defineRateCard validation", () => {
  it("reports the path of each problem", () => {
    const base = everySurchargeCardInput();
    const zone = base.zones[0] as RateCardInput["zones"][number];
    expectThrows(
      () => defineRateCard({ ...base, zones: [{ ...zone, transitDays: { min: 5, max: 3 } }] }),
      "INVALID_ARGUMENT",
      ["rateCard", "zones", 0, "transitDays", "max"],
    );
    expectThrows(() => defineRateCard({ ...base, zones: [zone, { ...zone }] }), "INVALID_ARGUMENT", [
      "rateCard",
      "zones",
      1,
      "id",
    ]);
    expectThrows(
      () =>
        defineRateCard({
          ...base,
          zones: [
            {
              ...zone,
              price: {
                kind: "weight-breaks",
                breaks: [
                  { from: 0, perUnit: 1 },
                  { from: 0, perUnit: 2 },
                ],
              },
            },
          ],
        }),
      "INVALID_ARGUMENT",
      ["rateCard", "zones", 0, "price", "breaks", 1, "from"],
    );
    expectThrows(
      () => defineRateCard({ ...base, cutoff: { time: "25:00", timeZone: "Asia/Shanghai" } }),
      "INVALID_ARGUMENT",
      ["rateCard", "cutoff", "time"],
    );
    expectThrows(
      () => defineRateCard({ ...base, cutoff: { time: "17:00", timeZone: "Mars/Olympus" } }),
      "INVALID_ARGUMENT",
      ["rateCard", "cutoff", "timeZone"],
    );
    expectThrows(() => defineRateCard({ ...base, validTo: "2025-12-31" }), "INVALID_ARGUMENT", ["rateCard", "validTo"]);
    expectThrows(() => defineRateCard({ ...base, surcharges: { battery: { charge: {} } } }), "INVALID_ARGUMENT", [
      "rateCard",
      "surcharges",
      "battery",
      "charge",
    ]);
  });

  it("returns a frozen card whose data serialises without its index, and leaves the input untouched", () => {
    const input = everySurchargeCardInput();
    const snapshot = JSON.stringify(input);
    const card = defineRateCard(input);
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.keys(card)).not.toContain("~rateCardIndex");
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(defineRateCard(card)).toBe(card);
  });

  it("sample cards are marked as sample prices", () => {
    for (const card of sampleShippingRateCards()) expect(card.note).toMatch(/^SAMPLE PRICES/);
  });
});
