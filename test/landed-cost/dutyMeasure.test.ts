import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money } from "../../src/core/index.js";
import { type DutyMeasureInput, dutyMeasureSchema, landedCost } from "../../src/landed-cost/index.js";
import { fixed } from "./fixtures.js";

/** Duty of one US line on 2025-09-15 (de minimis suspended, no Section 122 yet) under the given measures. */
function usDuty(
  measures: DutyMeasureInput[],
  line: { quantity?: number; price?: string; weightKg?: string; litres?: string; pairs?: number } = {},
): string {
  const result = landedCost({
    destination: "US",
    date: "2025-09-15",
    currency: "USD",
    incoterm: "FOB",
    mode: "ocean",
    lines: [
      {
        id: "x",
        hsCode: "8211.93.00",
        originCountry: "VN",
        quantity: line.quantity ?? 1,
        unitPrice: money(line.price ?? "1000.00", "USD"),
        ...(line.weightKg ? { weightKg: line.weightKg } : {}),
        ...(line.litres ? { litres: line.litres } : {}),
        ...(line.pairs ? { pairs: line.pairs } : {}),
        duty: measures,
      },
    ],
  });
  return fixed(result.dutyTotal);
}

describe("duty measures", () => {
  it("compound: $0.03 each + 5.4% — 20,000 knives at $24,000 pay $600 + $1,296 = $1,896 (BMSI worked example)", () => {
    expect(
      usDuty(
        [
          {
            kind: "compound",
            parts: [
              { kind: "specific", amount: { amount: "0.03", currency: "USD" }, per: "unit" },
              { kind: "ad-valorem", rate: "0.054" },
            ],
          },
        ],
        { quantity: 20000, price: "1.20" },
      ),
    ).toBe("1896.00");
  });

  it("compound per kg: 31.8¢/kg + 14.4% on 100 kg worth $2,000 = $31.80 + $288.00", () => {
    const measure: DutyMeasureInput = {
      kind: "compound",
      parts: [
        { kind: "specific", amount: { amount: "0.318", currency: "USD" }, per: "kg" },
        { kind: "ad-valorem", rate: "0.144" },
      ],
    };
    expect(usDuty([measure], { price: "2000.00", weightKg: "100" })).toBe("319.80");
  });

  it("specific per dozen, per litre and per pair", () => {
    expect(
      usDuty([{ kind: "specific", amount: { amount: "2.50", currency: "USD" }, per: "dozen" }], {
        quantity: 30,
        price: "10",
      }),
    ).toBe("6.25");
    expect(
      usDuty([{ kind: "specific", amount: { amount: "0.21", currency: "USD" }, per: "litre" }], { litres: "750" }),
    ).toBe("157.50");
    expect(
      usDuty([{ kind: "specific", amount: { amount: "0.90", currency: "USD" }, per: "pair" }], {
        quantity: 24,
        price: "10",
        pairs: 12,
      }),
    ).toBe("10.80");
    expect(
      usDuty([{ kind: "specific", amount: { amount: "0.90", currency: "USD" }, per: "pair" }], {
        quantity: 24,
        price: "10",
      }),
    ).toBe("21.60");
  });

  it("lower-of and clamps", () => {
    const lower: DutyMeasureInput = {
      kind: "lower-of",
      options: [
        { kind: "ad-valorem", rate: "0.10" },
        { kind: "specific", amount: { amount: "50.00", currency: "USD" }, per: "unit" },
      ],
    };
    expect(usDuty([lower])).toBe("50.00");
    const clamped = (price: string) =>
      usDuty(
        [
          {
            kind: "clamped",
            measure: { kind: "ad-valorem", rate: "0.06" },
            min: { amount: "3.00", currency: "USD" },
            max: { amount: "40.00", currency: "USD" },
          },
        ],
        { price },
      );
    expect(clamped("10.00")).toBe("3.00");
    expect(clamped("500.00")).toBe("30.00");
    expect(clamped("1000.00")).toBe("40.00");
  });

  it("several measures on a line add up", () => {
    expect(
      usDuty([
        { kind: "ad-valorem", rate: "0.05" },
        { kind: "ad-valorem", rate: "0.025" },
      ]),
    ).toBe("75.00");
  });

  it("the schema refuses a negative rate and an empty compound", () => {
    for (const bad of [
      { kind: "ad-valorem", rate: "-0.1" },
      { kind: "compound", parts: [] },
      { kind: "specific", amount: { amount: "-1", currency: "USD" }, per: "kg" },
      { kind: "specific", amount: { amount: "1", currency: "USD" }, per: "barrel" },
    ]) {
      expect(dutyMeasureSchema.safeParse(bad).success).toBe(false);
    }
    try {
      usDuty([{ kind: "ad-valorem", rate: "twelve" }]);
      expect.fail("expected an error");
    } catch (error) {
      expect(isCrossborderOpsError(error, "INVALID_ARGUMENT")).toBe(true);
      if (isCrossborderOpsError(error)) expect(error.issues[0]?.path).toEqual(["input", "lines", 0, "duty", 0, "rate"]);
    }
  });
});
