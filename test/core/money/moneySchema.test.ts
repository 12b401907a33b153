import { describe, expect, it } from "vitest";
import { money } from "../../../src/core/money/Money.js";
import { moneySchema, moneyToJson } from "../../../src/core/money/moneySchema.js";
import { toJsonSchema } from "../../../src/core/validation/toJsonSchema.js";

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

  it("exports a JSON Schema describing the wire format", () => {
    expect(toJsonSchema(moneySchema)).toMatchObject({
      type: "object",
      properties: { amount: { type: "string" }, currency: { type: "string" } },
      required: ["amount", "currency"],
    });
  });
});
