import { describe, expect, it } from "vitest";
import { checkCommercialInvoice } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";
import { berlinInvoice, caseLine, flaskLine } from "./invoiceFixture.js";

const codes = (input: Parameters<typeof checkCommercialInvoice>[0]) =>
  checkCommercialInvoice(input).findings.map((f) => [f.code, f.path]);

describe("checkCommercialInvoice", () => {
  it("passes a clean invoice and reports the computed totals", () => {
    const report = checkCommercialInvoice(berlinInvoice());
    expect(report.findings).toEqual([]);
    expect(report.clean).toBe(true);
    expect(report.computedTotal.amount.toFixed(2)).toBe("270.00");
    expect(report.computedNetWeightKg).toBe("9.7");
    expect(report.computedGrossWeightKg).toBe("11.1");
  });

  it("flags vague English and Chinese descriptions", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        lines: [
          { ...flaskLine, description: "Gift", descriptionZh: "礼品" },
          { ...caseLine, description: "Phone accessories" },
        ],
      }),
    );
    expect(report.clean).toBe(false);
    expect(report.findings.map((f) => [f.code, f.path, f.data?.term])).toEqual([
      ["VAGUE_DESCRIPTION", ["lines", 0, "description"], "gift"],
      ["VAGUE_DESCRIPTION", ["lines", 0, "descriptionZh"], "礼品"],
      ["VAGUE_DESCRIPTION", ["lines", 1, "description"], "accessories"],
    ]);
  });

  it("flags a missing origin unless the invoice gives a default", () => {
    const { originCountry: _drop, ...noOrigin } = caseLine;
    expect(codes(berlinInvoice({ lines: [flaskLine, noOrigin] }))).toEqual([
      ["MISSING_ORIGIN", ["lines", 1, "originCountry"]],
    ]);
    expect(codes(berlinInvoice({ lines: [flaskLine, noOrigin], defaultOriginCountry: "CN" }))).toEqual([]);
  });

  it("checks HS code length for the destination (EU: 8 or 10 digits)", () => {
    const report = checkCommercialInvoice(berlinInvoice({ lines: [{ ...flaskLine, hsCode: "961700" }, caseLine] }));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      code: "HS_CODE_LENGTH",
      path: ["lines", 0, "hsCode"],
      data: { digits: 6, expected: [8, 10] },
    });
  });

  it("catches line totals and an invoice total that do not add up", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        lines: [{ ...flaskLine, lineTotal: { amount: "150.00", currency: "USD" } }, caseLine],
        declaredTotal: { amount: "260.00", currency: "USD" },
      }),
    );
    expect(report.findings.map((f) => [f.code, f.path, f.data?.expected])).toEqual([
      ["LINE_TOTAL_MISMATCH", ["lines", 0, "lineTotal"], "156"],
      ["INVOICE_TOTAL_MISMATCH", ["declaredTotal"], "270"],
    ]);
  });

  it("rounds each line half-up to cents before adding (3 × 0.335 = 1.005 → 1.01)", () => {
    const line = {
      ...caseLine,
      quantity: 3,
      unitValue: { amount: "0.335", currency: "USD" },
      lineTotal: { amount: "1.01", currency: "USD" },
    };
    const report = checkCommercialInvoice(
      berlinInvoice({ lines: [flaskLine, line], declaredTotal: { amount: "178.51", currency: "USD" } }),
    );
    expect(report.findings.filter((f) => f.code.endsWith("TOTAL_MISMATCH"))).toEqual([]);
  });

  it("flags net above gross on a line and on a carton", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        lines: [flaskLine, { ...caseLine, netWeightKg: "3.5" }],
        totalNetWeightKg: "10.7",
        packages: [{ marks: "SO-1001", cartons: 2, grossWeightKg: "5.55", netWeightKg: "6" }],
      }),
    );
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ["NET_EXCEEDS_GROSS", ["lines", 1, "netWeightKg"]],
      ["NET_EXCEEDS_GROSS", ["packages", 0, "netWeightKg"]],
    ]);
  });

  it("flags declared totals where net exceeds gross", () => {
    expect(codes(berlinInvoice({ totalNetWeightKg: "12" }))).toEqual([
      ["WEIGHT_TOTAL_MISMATCH", ["totalNetWeightKg"]],
      ["NET_EXCEEDS_GROSS", ["totalNetWeightKg"]],
    ]);
  });

  it("flags weight totals and a packing list that disagree with the lines", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        totalGrossWeightKg: "11.5",
        packages: [{ cartons: 2, grossWeightKg: "5.5" }],
      }),
    );
    expect(report.findings.map((f) => [f.code, f.path, f.severity])).toEqual([
      ["WEIGHT_TOTAL_MISMATCH", ["totalGrossWeightKg"], "error"],
      ["MISSING_CARTON_MARKS", ["packages", 0, "marks"], "warning"],
      ["PACKING_LIST_WEIGHT_MISMATCH", ["packages"], "error"],
    ]);
    expect(report.findings[2]?.data).toEqual({ packed: "11", invoiced: "11.5" });
  });

  it("warns when the value per kg is far below the category band (undervaluation)", () => {
    const cheap = {
      ...flaskLine,
      unitValue: { amount: "0.10", currency: "USD" },
      lineTotal: { amount: "2.40", currency: "USD" },
    };
    const report = checkCommercialInvoice(
      berlinInvoice({ lines: [cheap, caseLine], declaredTotal: { amount: "116.40", currency: "USD" } }),
    );
    expect(report.clean).toBe(true);
    expect(report.findings).toEqual([
      {
        code: "VALUE_PER_KG_OUT_OF_BAND",
        severity: "warning",
        path: ["lines", 0, "unitValue"],
        message: "0.33 USD/kg is outside the home_kitchen band 3-80 USD/kg",
        data: { valuePerKg: "0.33", min: "3", max: "80" },
      },
    ]);
  });

  it("says when a band cannot be checked, and warns on zero-value lines", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        currency: "EUR",
        lines: [
          {
            ...flaskLine,
            unitValue: { amount: "6.50", currency: "EUR" },
            lineTotal: { amount: "156.00", currency: "EUR" },
          },
          { ...caseLine, unitValue: { amount: "0", currency: "EUR" }, lineTotal: { amount: "0", currency: "EUR" } },
        ],
        freight: { amount: "20.00", currency: "EUR" },
        insurance: { amount: "1.50", currency: "EUR" },
        declaredTotal: { amount: "177.50", currency: "EUR" },
      }),
    );
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ["VALUE_BAND_NOT_CHECKED", ["lines", 0, "category"]],
      ["ZERO_VALUE_LINE", ["lines", 1, "unitValue"]],
    ]);
  });

  it("flags a line or charge in another currency", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({
        lines: [flaskLine, { ...caseLine, unitValue: { amount: "1.85", currency: "EUR" } }],
        freight: { amount: "20.00", currency: "CNY" },
        declaredTotal: { amount: "157.50", currency: "USD" },
      }),
    );
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ["LINE_CURRENCY_MISMATCH", ["lines", 1, "unitValue", "currency"]],
      ["LINE_CURRENCY_MISMATCH", ["freight", "currency"]],
    ]);
  });

  it("accepts replacement bands and compares the packing list with the declared gross weight", () => {
    const report = checkCommercialInvoice(
      berlinInvoice({ lines: [flaskLine], declaredTotal: { amount: "177.50", currency: "USD" } }),
      { valueBands: [{ category: "home_kitchen", currency: "USD", minPerKg: "30", maxPerKg: "80" }] },
    );
    expect(report.findings.map((f) => f.code)).toEqual([
      "VALUE_PER_KG_OUT_OF_BAND",
      "WEIGHT_TOTAL_MISMATCH",
      "WEIGHT_TOTAL_MISMATCH",
    ]);
  });
});

describe("checkCommercialInvoice: bad input", () => {
  it("refuses Incoterms outside 2020 (DDU, DAT)", () => {
    expectOpsError(() => checkCommercialInvoice(berlinInvoice({ incoterm: "DDU" as never })), "INVALID_ARGUMENT", [
      "invoice",
      "incoterm",
    ]);
    expectOpsError(() => checkCommercialInvoice(berlinInvoice({ incoterm: "DAT" as never })), "INVALID_ARGUMENT", [
      "invoice",
      "incoterm",
    ]);
  });
  it("refuses negative weights, letters in HS codes and JSON-number money", () => {
    expectOpsError(
      () => checkCommercialInvoice(berlinInvoice({ lines: [{ ...flaskLine, netWeightKg: "-1" }] })),
      "INVALID_ARGUMENT",
      ["invoice", "lines", 0, "netWeightKg"],
    );
    expectOpsError(
      () => checkCommercialInvoice(berlinInvoice({ lines: [{ ...flaskLine, hsCode: "9617.AB" }] })),
      "INVALID_ARGUMENT",
      ["invoice", "lines", 0, "hsCode"],
    );
    expectOpsError(
      () => checkCommercialInvoice(berlinInvoice({ declaredTotal: { amount: 270 as never, currency: "USD" } })),
      "INVALID_ARGUMENT",
      ["invoice", "declaredTotal", "amount"],
    );
  });
  it("refuses an invoice without lines", () => {
    expectOpsError(() => checkCommercialInvoice(berlinInvoice({ lines: [] })), "INVALID_ARGUMENT", [
      "invoice",
      "lines",
    ]);
  });
});
