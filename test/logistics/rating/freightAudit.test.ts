import { describe, expect, it } from "vitest";
import { money } from "../../../src/core/index.js";
import {
  auditFreightBill,
  type FreightBookingInput,
  type FreightInvoiceLineInput,
  freightBookingFromQuote,
  quoteShipment,
} from "../../../src/logistics/index.js";
import { everySurchargeCard, expectThrows } from "./helpers.js";

const card = everySurchargeCard();
const quoted = quoteShipment(card, {
  destination: { country: "DE", postcode: "80331" },
  pieces: [{ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } }],
  shipDate: "2026-03-02T02:00:00Z",
});
if (!quoted.ok) throw new Error("the test parcel must be quotable");
const quote = quoted.value; // 7.5 kg: BASE 380.00, FUEL 76.00

const cny = (amount: string) => ({ amount, currency: "CNY" });
const line = (
  lineId: string,
  shipmentRef: string,
  charges: [string, string][],
  extra: Partial<FreightInvoiceLineInput> = {},
): FreightInvoiceLineInput => ({
  lineId,
  shipmentRef,
  charges: charges.map(([code, amount]) => ({
    code: code as FreightInvoiceLineInput["charges"][number]["code"],
    amount: cny(amount),
  })),
  ...extra,
});

describe("freightBookingFromQuote", () => {
  it("carries the card, zone, chargeable weight and every charge", () => {
    expect(freightBookingFromQuote("SHP-1", quote)).toEqual({
      shipmentRef: "SHP-1",
      rateCardId: "test-express",
      zoneId: "DE",
      chargeableWeight: "7.5",
      charges: [
        { code: "BASE", amount: cny("380") },
        { code: "FUEL", amount: cny("76") },
      ],
    });
  });
});

describe("auditFreightBill", () => {
  const bookings: FreightBookingInput[] = ["SHP-1", "SHP-2", "SHP-3", "SHP-4", "SHP-5", "SHP-6", "SHP-7"].map(
    (ref) => ({
      ...freightBookingFromQuote(ref, quote),
      ...(ref === "SHP-6" ? { rateCardId: "other-card" } : {}),
    }),
  );
  const lines = [
    line("L1", "SHP-1", [
      ["BASE", "380.00"],
      ["FUEL", "76.00"],
    ]),
    line(
      "L2",
      "SHP-2",
      [
        ["BASE", "440.00"],
        ["FUEL", "88.00"],
      ],
      { billedWeight: "9" },
    ),
    line("L3", "SHP-3", [
      ["BASE", "380.00"],
      ["FUEL", "83.60"],
    ]),
    line("L4", "SHP-4", [
      ["BASE", "380.00"],
      ["FUEL", "78.00"],
    ]),
    line("L5", "SHP-1", [
      ["BASE", "380.00"],
      ["FUEL", "76.00"],
    ]),
    line("L6", "SHP-9", [["BASE", "200.00"]]),
    line(
      "L7",
      "SHP-5",
      [
        ["BASE", "380.00"],
        ["FUEL", "76.00"],
        ["REMOTE_AREA", "50.00"],
      ],
      { rateCardId: "sample-express" },
    ),
    line(
      "L8",
      "SHP-6",
      [
        ["BASE", "440.00"],
        ["FUEL", "88.00"],
      ],
      { billedWeight: "9" },
    ),
    line("L9", "SHP-7", [["BASE", "380.00"]]),
  ];
  const audit = auditFreightBill({
    currency: "CNY",
    lines,
    bookings,
    rateCards: [card],
    tolerance: { amount: "1.00", percent: "1" },
  });
  const byId = new Map(audit.lines.map((l) => [l.lineId, l]));
  const codes = (id: string) => byId.get(id)?.findings.map((f) => f.code);

  it("gives each line its verdict, variance and dispute", () => {
    expect(
      audit.lines.map((l) => [
        l.lineId,
        l.status,
        l.expected.amount.toFixed(2),
        l.variance.amount.toFixed(2),
        l.dispute.amount.toFixed(2),
      ]),
    ).toEqual([
      ["L1", "ok", "456.00", "0.00", "0.00"],
      ["L2", "within-tolerance", "528.00", "0.00", "0.00"], // re-weighed 9 kg: 100 + 17 × 20 = 440, fuel 88
      ["L3", "disputed", "456.00", "7.60", "7.60"], // tolerance max(1.00, 1% of 456) = 4.56
      ["L4", "within-tolerance", "456.00", "2.00", "0.00"],
      ["L5", "disputed", "0.00", "456.00", "456.00"],
      ["L6", "disputed", "0.00", "200.00", "200.00"],
      ["L7", "disputed", "456.00", "50.00", "50.00"],
      ["L8", "disputed", "456.00", "72.00", "72.00"], // no card to re-price: booked amounts kept
      ["L9", "within-tolerance", "456.00", "-76.00", "0.00"], // undercharge: never disputed
    ]);
  });

  it("explains each line with coded findings", () => {
    expect(codes("L1")).toEqual([]);
    expect(codes("L2")).toEqual(["REWEIGHED"]);
    expect(codes("L3")).toEqual(["CHARGE_VARIANCE", "OVER_TOLERANCE"]);
    expect(byId.get("L3")?.findings[0]?.amount?.amount.toFixed(2)).toBe("7.60");
    expect(codes("L4")).toEqual(["CHARGE_VARIANCE"]);
    expect(codes("L5")).toEqual(["DUPLICATE"]);
    expect(codes("L6")).toEqual(["NOT_BOOKED"]);
    expect(codes("L7")).toEqual(["SERVICE_NOT_BOOKED", "UNEXPECTED_CHARGE", "OVER_TOLERANCE"]);
    expect(codes("L8")).toEqual(["REWEIGHED", "CHARGE_VARIANCE", "CHARGE_VARIANCE", "OVER_TOLERANCE"]);
    expect(byId.get("L8")?.findings[0]?.message).toContain("no card to re-price");
    expect(codes("L9")).toEqual(["MISSING_CHARGE"]);
  });

  it("totals the bill and the amount to dispute", () => {
    expect(audit.totals.billed.amount.toFixed(2)).toBe("3975.60");
    expect(audit.totals.expected.amount.toFixed(2)).toBe("3264.00");
    expect(audit.totals.variance.amount.toFixed(2)).toBe("711.60");
    expect(audit.totals.dispute.amount.toFixed(2)).toBe("785.60");
    expect(audit.disputedLines).toBe(5);
  });

  it("an empty bill audits to zero", () => {
    const empty = auditFreightBill({ currency: "USD", lines: [], bookings: [] });
    expect(empty.totals.dispute).toEqual(money("0", "USD"));
    expect(empty.disputedLines).toBe(0);
  });

  it("refuses bad input", () => {
    expectThrows(
      () =>
        auditFreightBill({
          currency: "CNY",
          lines: [line("X", "SHP-1", [["BASE", "1.00"]])].map((l) => ({
            ...l,
            charges: [{ code: "BASE", amount: { amount: "1", currency: "USD" } }],
          })),
          bookings,
        }),
      "INVALID_ARGUMENT",
      ["input", "lines", 0, "charges", 0, "amount", "currency"],
    );
    expectThrows(
      () =>
        auditFreightBill({
          currency: "CNY",
          lines: [],
          bookings: [bookings[0] as FreightBookingInput, bookings[0] as FreightBookingInput],
        }),
      "INVALID_ARGUMENT",
      ["input", "bookings", 1, "shipmentRef"],
    );
    expectThrows(
      () => auditFreightBill({ currency: "CNY", lines: [line("X", "SHP-1", [["TIP", "1.00"]])], bookings }),
      "INVALID_ARGUMENT",
      ["input", "lines", 0, "charges", 0, "code"],
    );
    expectThrows(() => auditFreightBill({ currency: "ABC", lines: [], bookings: [] }), "INVALID_ARGUMENT", [
      "input",
      "currency",
    ]);
  });
});
