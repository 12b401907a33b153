import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { money } from "../../../src/core/money/Money.js";
import { moneySchema, moneyToJson } from "../../../src/core/money/moneySchema.js";
import { toJsonSchema } from "../../../src/core/validation/toJsonSchema.js";
import { expectOpsError } from "../expectOpsError.js";

describe("moneySchema", () => {
  it("parses JSON money into Money and passes Money through", () => {
    const parsed = moneySchema.parse({ amount: "19.99", currency: "EUR" });
    expect(parsed.amount.toString()).toBe("19.99");
    expect(moneySchema.parse(money("1.5", "USD")).amount.toString()).toBe("1.5");
  });

  it("refuses numbers, bad strings and unknown currencies with paths", () => {
    const bad = moneySchema.safeParse({ amount: 19.99, currency: "EUR" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["amount"]);
    const currency = moneySchema.safeParse({ amount: "1", currency: "EURO" });
    expect(currency.error?.issues[0]?.path).toEqual(["currency"]);
  });

  it("round-trips through JSON", () => {
    const original = money("-1234.5600", "USD");
    const back = moneySchema.parse(JSON.parse(JSON.stringify(moneyToJson(original))));
    expect(back.amount.equals(original.amount)).toBe(true);
    expect(moneyToJson(original)).toEqual({ amount: "-1234.56", currency: "USD" });
  });

  it("pads to the currency's minor units on request, never rounding", () => {
    expect(moneyToJson(money("38250", "CNY"), { padMinorUnits: true })).toEqual({
      amount: "38250.00",
      currency: "CNY",
    });
    expect(moneyToJson(money("12.3", "USD"), { padMinorUnits: true }).amount).toBe("12.30");
    expect(moneyToJson(money("-0.5", "EUR"), { padMinorUnits: true }).amount).toBe("-0.50");
    expect(moneyToJson(money("1500", "JPY"), { padMinorUnits: true }).amount).toBe("1500");
    expect(moneyToJson(money("1.5", "KWD"), { padMinorUnits: true }).amount).toBe("1.500");
    expect(moneyToJson(money("2.345", "CNY"), { padMinorUnits: true }).amount).toBe("2.345");
    expect(moneyToJson(money("38250", "CNY"), { padMinorUnits: false }).amount).toBe("38250");
  });

  it("round-trips padded amounts exactly", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const original = money(`${units}e-${scale}`, "USD");
          const back = moneySchema.parse(moneyToJson(original, { padMinorUnits: true }));
          expect(back.amount.equals(original.amount)).toBe(true);
          expect(moneyToJson(original, { padMinorUnits: true }).amount).toMatch(/\.\d{2,}$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses what is not Money", () => {
    expectOpsError(() => moneyToJson({ amount: "1", currency: "USD" } as never), "INVALID_ARGUMENT", ["amount"]);
  });

  it("exports a JSON Schema describing the wire format", () => {
    expect(toJsonSchema(moneySchema)).toMatchObject({
      type: "object",
      properties: { amount: { type: "string" }, currency: { type: "string" } },
      required: ["amount", "currency"],
    });
  });
});
