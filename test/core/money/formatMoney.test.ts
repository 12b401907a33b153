import { describe, expect, it } from "vitest";
import { formatMoney } from "../../../src/core/money/formatMoney.js";
import { money } from "../../../src/core/money/Money.js";
import { expectOpsError } from "../expectOpsError.js";

describe("formatMoney", () => {
  it.each([
    ["1234.5", "USD", "en-US", "$1,234.50"],
    ["1234.5", "EUR", "de-DE", "1.234,50\u00a0€"],
    ["1234", "JPY", "ja-JP", "￥1,234"],
    ["1234.5", "CNY", "zh-CN", "¥1,234.50"],
    ["-0.5", "USD", "en-US", "-$0.50"],
    ["0.0345", "USD", "en-US", "$0.0345"],
  ] as const)("%s %s in %s is %s", (amount, currency, locale, expected) => {
    expect(formatMoney(money(amount, currency), locale)).toBe(expected);
  });

  it("formats beyond float precision exactly", () => {
    expect(formatMoney(money("12345678901234567.89", "USD"))).toBe("$12,345,678,901,234,567.89");
  });

  it("passes Intl options through", () => {
    expect(formatMoney(money("5", "GBP"), "en-GB", { currencyDisplay: "code" })).toBe("GBP\u00a05.00");
  });

  it("refuses a non-Money", () => {
    expectOpsError(() => formatMoney({ amount: "1", currency: "USD" } as never), "INVALID_ARGUMENT", ["amount"]);
  });
});
