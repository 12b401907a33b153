import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CN_2026,
  createBusinessCalendar,
  describeCode,
  isCrossborderOpsError,
  US_2026,
  usFederalCalendarData,
} from "../../../src/core/index.js";
import {
  defineRateCard,
  logisticsRatingMessages,
  quoteShipment,
  type RateCard,
  type SelectShippingMethodInput,
  type ShipmentInput,
  type ShippingSelection,
  sampleShippingRateCards,
  selectShippingMethod,
} from "../../../src/logistics/index.js";
import { everySurchargeCard, expectThrows } from "./helpers.js";

const cn = createBusinessCalendar(CN_2026);
const us = createBusinessCalendar(US_2026);

/** The integrator's parcel: 2 kg in a 30 × 22 × 12 cm box (1.584 kg by volume at 5000 and 1.32 kg at 6000). */
function parcel(country: string, postcode: string): ShipmentInput {
  return {
    destination: { country, postcode },
    pieces: [{ weightKg: "2", dimensionsCm: { length: 30, width: 22, height: 12 } }],
  };
}

function select(overrides: Partial<SelectShippingMethodInput>): ShippingSelection {
  return selectShippingMethod({
    shipment: parcel("US", "94107"),
    rateCards: sampleShippingRateCards(),
    policy: "cheapest",
    shipDate: "2026-12-21T02:00:00Z", // Monday 10:00 in Shanghai, Sunday 18:00 in Los Angeles
    calendars: { CN: cn, US: us },
    ...overrides,
  });
}

const summary = (selection: ShippingSelection) => ({
  ranked: selection.ranked.map((o) => [
    o.id,
    o.total.amount.toFixed(2),
    o.eta.handoverDate,
    o.eta.earliest,
    o.eta.latest,
  ]),
  rejected: selection.rejected.map((o) => [o.id, ...o.reasons.map((r) => r.code)]),
});

const CN_HINT =
  'calendars.CN = createBusinessCalendar(joinCalendarData("CN-2026-2027", [the data of CN-2026, 2027 data written ' +
  "from the State Council's holiday arrangement (国务院办公厅关于2027年部分节假日安排的通知: holidays and make-up " +
  "working days)]))";
const US_HINT = "calendars.US = createBusinessCalendar(usFederalCalendarData({ fromYear: 2026, toYear: 2027 }))";

describe("ETA_BEYOND_CALENDAR: late December with CN_2026 and US_2026", () => {
  it("to the US on 21 Dec: express and the US warehouse rank, postal and dedicated line are rejected", () => {
    const selection = select({});
    // Express: 2 kg (above 1.584 by volume) = 128 + 3 × 35 = 233; year-end peak 2 × 3 = 6; fuel 18.5% × 233 = 43.105
    // → 43.11; total 282.11. Handover Mon 21 Dec (10:00 < 17:00); 4-7 days on CN ∩ US, skipping Christmas (US) and
    // the weekend: 22, 23, 24, 28 → 28 Dec; 29, 30, 31 → 31 Dec.
    // US warehouse: 8 per item + 38 = 46; Sunday 20 Dec 18:00 in Los Angeles → handover Monday 21; 1-3 days → 22-24.
    // Postal (15-30) and dedicated line (8-15) need more than the 7 CN ∩ US business days left after 21 Dec.
    expect(summary(selection)).toEqual({
      ranked: [
        ["sample-overseas-warehouse-us", "46.00", "2026-12-21", "2026-12-22", "2026-12-24"],
        ["sample-express", "282.11", "2026-12-21", "2026-12-28", "2026-12-31"],
      ],
      rejected: [
        ["sample-postal", "ETA_BEYOND_CALENDAR"],
        ["sample-dedicated-line", "ETA_BEYOND_CALENDAR"],
        ["sample-overseas-warehouse-de", "DESTINATION_NOT_SERVED"],
      ],
    });
    expect(selection.chosen?.id).toBe("sample-overseas-warehouse-us");
    expect(selection.rejected[0]?.reasons).toEqual([
      {
        code: "ETA_BEYOND_CALENDAR",
        message:
          "cannot date the delivery: the ETA (15 to 30 business days after the handover on 2026-12-21) runs past " +
          "2026-12-31, the last day calendars CN-2026 (calendars.CN) and US-2026 (calendars.US) cover; load the next " +
          `year's calendar data: ${CN_HINT}; ${US_HINT}`,
      },
    ]);
    expect(selection.rejected[1]?.quote).toBeUndefined();
  });

  it("to Germany on 21 Dec (CN calendar only): the dedicated line's earliest fits, its latest does not", () => {
    const selection = select({ shipment: parcel("DE", "80331"), calendars: { CN: cn } });
    // DE warehouse: 9.5 + 26 = 35.50, 1-3 Monday-Friday days → 22-24 Dec. Express EU: 135 + 3 × 38 = 249, peak 6,
    // fuel 18.5% × 249 = 46.065 → 46.07; total 301.07; 3-5 days on CN ∩ weekdays: 24 Dec, then 25 and 28 → 28 Dec.
    expect(summary(selection)).toEqual({
      ranked: [
        ["sample-overseas-warehouse-de", "35.50", "2026-12-21", "2026-12-22", "2026-12-24"],
        ["sample-express", "301.07", "2026-12-21", "2026-12-24", "2026-12-28"],
      ],
      rejected: [
        ["sample-postal", "ETA_BEYOND_CALENDAR"],
        ["sample-dedicated-line", "ETA_BEYOND_CALENDAR"],
        ["sample-overseas-warehouse-us", "DESTINATION_NOT_SERVED"],
      ],
    });
    // 8 weekdays are left (22-25, 28-31): 7 fit, 12 do not. Only CN-2026 is named: the assumed DE calendar runs on.
    expect(selection.rejected[1]?.reasons[0]?.message).toBe(
      "cannot date the delivery: the ETA (7 to 12 business days after the handover on 2026-12-21) runs past " +
        `2026-12-31, the last day calendar CN-2026 (calendars.CN) covers; load the next year's calendar data: ${CN_HINT}`,
    );
  });

  it("after the cut-off on 31 Dec the handover itself runs past; with 2026-2027 US data the US warehouse ranks", () => {
    const lastEvening = "2026-12-31T12:00:00Z"; // 20:00 in Shanghai, 04:00 in Los Angeles
    const stale = select({ shipDate: lastEvening });
    expect(summary(stale).ranked).toEqual([]);
    expect(stale.chosen).toBeUndefined();
    expect(stale.rejected.find((o) => o.id === "sample-express")?.reasons[0]?.message).toBe(
      "cannot date the delivery: the handover (first business day from the ship day 2026-12-31, cut-off 17:00 " +
        "Asia/Shanghai) falls after 2026-12-31, the last day calendar CN-2026 (calendars.CN) covers; load the next " +
        `year's calendar data: ${CN_HINT}`,
    );
    // The US warehouse ships within the US: one calendar, named once.
    expect(stale.rejected.find((o) => o.id === "sample-overseas-warehouse-us")?.reasons[0]?.message).toBe(
      "cannot date the delivery: the ETA (1 to 3 business days after the handover on 2026-12-31) runs past " +
        `2026-12-31, the last day calendar US-2026 (calendars.US) covers; load the next year's calendar data: ${US_HINT}`,
    );
    const loaded = select({
      shipDate: lastEvening,
      calendars: { CN: cn, US: createBusinessCalendar(usFederalCalendarData({ fromYear: 2026, toYear: 2027 })) },
    });
    // Thursday 31 Dec 04:00 in Los Angeles, before 14:00: handover that day; 1 Jan is New Year's Day, then a
    // weekend: 1 day → Mon 4 Jan, 3 days → Wed 6 Jan.
    expect(summary(loaded).ranked).toEqual([
      ["sample-overseas-warehouse-us", "46.00", "2026-12-31", "2027-01-04", "2027-01-06"],
    ]);
    expect(summary(loaded).rejected).toEqual([
      ["sample-express", "ETA_BEYOND_CALENDAR"],
      ["sample-postal", "ETA_BEYOND_CALENDAR"],
      ["sample-dedicated-line", "ETA_BEYOND_CALENDAR"],
      ["sample-overseas-warehouse-de", "DESTINATION_NOT_SERVED"],
    ]);
  });

  it("outside rates: transit days or a delivery date past the calendar are rejected, the others ranked", () => {
    const rate = { provider: "easypost", carrier: "USPS", service: "Priority", originCountry: "US" } as const;
    const selection = select({
      rateCards: [],
      shipDate: "2026-12-28T15:00:00Z", // Monday 07:00 in New York
      externalRates: [
        { ...rate, rateId: "in-time", total: { amount: "60", currency: "CNY" }, deliveryDays: 3 },
        { ...rate, rateId: "days", total: { amount: "50", currency: "CNY" }, deliveryDays: 4 },
        { ...rate, rateId: "date", total: { amount: "40", currency: "CNY" }, estimatedDeliveryDate: "2027-01-05" },
        {
          ...rate,
          rateId: "date-and-days",
          total: { amount: "45", currency: "CNY" },
          estimatedDeliveryDate: "2027-01-05",
          deliveryDays: 5,
        },
      ],
    });
    // 29, 30, 31 Dec are the last US business days of 2026: 3 days fit, 4 do not; a date given with its days needs
    // no counting.
    expect(summary(selection)).toEqual({
      ranked: [
        ["easypost:date-and-days", "45.00", "2026-12-28", "2027-01-05", "2027-01-05"],
        ["easypost:in-time", "60.00", "2026-12-28", "2026-12-31", "2026-12-31"],
      ],
      rejected: [
        ["easypost:days", "ETA_BEYOND_CALENDAR"],
        ["easypost:date", "ETA_BEYOND_CALENDAR"],
      ],
    });
    expect(selection.rejected[1]?.reasons[0]?.message).toBe(
      "cannot date the delivery: the delivery date 2027-01-05 is after 2026-12-31, the last day calendar US-2026 " +
        `(calendars.US) covers; load the next year's calendar data: ${US_HINT}`,
    );
  });

  it("has English and Chinese titles", () => {
    expect(describeCode("ETA_BEYOND_CALENDAR", "zh-CN", logisticsRatingMessages)).toBe(
      "预计时效超出工作日历的数据范围，请加载下一年度的节假日日历",
    );
  });
});

describe("ETA_BEYOND_CALENDAR in quoteShipment", () => {
  it("returns CANNOT_CARRY with the single reason, without throwing", () => {
    const postal = sampleShippingRateCards()[1] as RateCard;
    const r = quoteShipment(postal, parcel("US", "94107"), {
      shipDate: "2026-12-21T02:00:00Z",
      calendars: { CN: cn, US: us },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("CANNOT_CARRY");
    expect(r.error.rateCardId).toBe("sample-postal");
    expect(r.error.reasons.map((reason) => reason.code)).toEqual(["ETA_BEYOND_CALENDAR"]);
    expect(r.error.message).toBe("Sample Post Registered Small Packet cannot carry this shipment: ETA_BEYOND_CALENDAR");
  });

  it("a ship day after the calendar's end is a reason; a ship day before its start still throws", () => {
    const open = everySurchargeCard({ validFrom: "2025-01-01", validTo: undefined });
    const toBerlin: ShipmentInput = {
      destination: { country: "DE", postcode: "10115" },
      pieces: [{ weightKg: 1, dimensionsCm: { length: 10, width: 10, height: 10 } }],
    };
    const late = quoteShipment(open, toBerlin, { shipDate: "2027-06-01T02:00:00Z", calendars: { CN: cn } });
    expect(late.ok ? [] : late.error.reasons).toEqual([
      {
        code: "ETA_BEYOND_CALENDAR",
        message:
          "cannot date the delivery: the ship day 2027-06-01 is after 2026-12-31, the last day calendar CN-2026 " +
          `(calendars.CN) covers; load the next year's calendar data: ${CN_HINT}`,
      },
    ]);
    expectThrows(
      () => quoteShipment(open, toBerlin, { shipDate: "2025-12-15T02:00:00Z", calendars: { CN: cn } }),
      "CALENDAR_OUT_OF_RANGE",
      ["instant"],
    );
    expectThrows(
      () =>
        selectShippingMethod({
          shipment: toBerlin,
          rateCards: [open],
          policy: "cheapest",
          shipDate: "2025-12-15T02:00:00Z",
          calendars: { CN: cn },
        }),
      "CALENDAR_OUT_OF_RANGE",
      ["instant"],
    );
  });
});

describe("ETA_BEYOND_CALENDAR properties", () => {
  // The same 2026 data carried on through 2027 as Monday to Friday (a stand-in for next year's data, tests only).
  const cnOn = createBusinessCalendar({ ...CN_2026, id: "CN-2026-ON", validTo: "2027-12-31" });
  const usOn = createBusinessCalendar({ ...US_2026, id: "US-2026-ON", validTo: "2027-12-31" });
  const pool: RateCard[] = [
    ...sampleShippingRateCards(),
    ...[5, 20, 40].map((days) =>
      defineRateCard({
        ...sampleShippingRateCards()[2],
        id: `line-${days}`,
        zones: (sampleShippingRateCards()[2] as RateCard).zones.map((zone) => ({
          ...zone,
          transitDays: { min: days, max: days + 10 },
        })),
      } as never),
    ),
  ];
  // The DE warehouse runs on an assumed Monday-to-Friday calendar, which has no year-end.
  const onGivenCalendars = (o: { id: string }) => o.id !== "sample-overseas-warehouse-de";

  it("any ship instant in 2026: no throw, every card once, rejected exactly when the ETA would pass 2026", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T23:59:59Z"), noInvalidDate: true }),
        fc.constantFrom("US", "DE"),
        fc.constantFrom("cheapest" as const, "fastest" as const, "best-value" as const),
        (shipDate, country, policy) => {
          const base = {
            shipment: parcel(country, country === "US" ? "94107" : "80331"),
            rateCards: pool,
            policy,
            shipDate,
          };
          let selection: ShippingSelection | undefined;
          try {
            selection = selectShippingMethod({ ...base, calendars: { CN: cn, US: us } });
          } catch (error) {
            const code = isCrossborderOpsError(error) ? error.code : String(error);
            throw new Error(`threw ${code} for ${shipDate.toISOString()}`);
          }
          const ids = [...selection.ranked.map((o) => o.id), ...selection.rejected.map((o) => o.id)];
          expect(ids.sort()).toEqual(pool.map((card) => card.id).sort());
          // With the data carried on, the same cards carry the shipment; those whose latest ETA (or handover)
          // passes 2026 are exactly the ones rejected before, and the others are quoted identically.
          const carried = selectShippingMethod({ ...base, calendars: { CN: cnOn, US: usOn } });
          const beyond = selection.rejected
            .filter((o) => o.reasons.some((r) => r.code === "ETA_BEYOND_CALENDAR"))
            .map((o) => o.id);
          const past = carried.ranked
            .filter((o) => onGivenCalendars(o) && o.eta.latest > "2026-12-31")
            .map((o) => o.id);
          expect(beyond.sort()).toEqual(past.sort());
          const inYear = (s: ShippingSelection) =>
            s.ranked
              .filter((o) => !onGivenCalendars(o) || o.eta.latest <= "2026-12-31")
              .map((o) => [o.id, o.total.amount.toFixed(2), o.eta.handoverDate, o.eta.earliest, o.eta.latest])
              .sort();
          expect(inYear(selection)).toEqual(inYear(carried));
          expect(selection.ranked.filter(onGivenCalendars).every((o) => o.eta.latest <= "2026-12-31")).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
