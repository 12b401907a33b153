import { describe, expect, it } from "vitest";
import { convertMoney } from "../../../src/core/money/convertMoney.js";
import { money } from "../../../src/core/money/Money.js";
import { createInMemoryFxRates } from "../../../src/core/ports/createInMemoryFxRates.js";
import { expectOpsError } from "../expectOpsError.js";

const fx = createInMemoryFxRates([
  { from: "USD", to: "CNY", rate: "7.1000", asOf: "2026-01-01", source: "PBOC" },
  { from: "USD", to: "CNY", rate: "7.1234", asOf: "2026-03-01", source: "PBOC" },
  { from: "EUR", to: "USD", rate: "1.08", asOf: "2026-03-01", source: "ECB" },
]);

describe("convertMoney", () => {
  it("uses the latest rate on or before the date, rounds half-up to the target's minor units and records the rate", () => {
    const early = convertMoney(money("10.00", "USD"), "CNY", fx, "2026-02-28");
    expect(early.money.amount.toFixed(2)).toBe("71.00");
    expect(early.rate.asOf).toBe("2026-01-01");
    const later = convertMoney(money("10.00", "USD"), "CNY", fx, "2026-03-15");
    expect(later.money.amount.toFixed(2)).toBe("71.23");
    expect(later.money.currency).toBe("CNY");
    expect(later.rate).toMatchObject({ from: "USD", to: "CNY", asOf: "2026-03-01", source: "PBOC" });
  });

  it("inverts a known rate and keeps all digits on request", () => {
    const usd = convertMoney(money("108.00", "USD"), "EUR", fx, "2026-03-02", { rounding: "none" });
    expect(usd.money.amount.toString()).toBe("100");
    expect(usd.rate.source).toBe("ECB (inverse)");
  });

  it("converts a currency to itself at 1", () => {
    expect(convertMoney(money("1.23", "USD"), "USD", fx, "2026-03-02").money.amount.toString()).toBe("1.23");
  });

  it("reports a missing rate with FX_RATE_MISSING", () => {
    expectOpsError(() => convertMoney(money("1", "USD"), "CNY", fx, "2025-12-31"), "FX_RATE_MISSING", ["to"]);
    expectOpsError(() => convertMoney(money("1", "GBP"), "JPY", fx, "2026-03-02"), "FX_RATE_MISSING", ["to"]);
  });

  it("refuses bad arguments", () => {
    expectOpsError(() => convertMoney(money("1", "USD"), "CNY", fx, "2026-13-01"), "INVALID_ARGUMENT", ["date"]);
    expectOpsError(() => convertMoney(money("1", "USD"), "ZZZ", fx, "2026-03-01"), "UNKNOWN_CURRENCY", ["to"]);
  });
});

describe("createInMemoryFxRates", () => {
  it("validates the published rates", () => {
    expectOpsError(
      () => createInMemoryFxRates([{ from: "USD", to: "CNY", rate: "0", asOf: "2026-01-01", source: "x" }]),
      "INVALID_ARGUMENT",
      ["rates", 0, "rate"],
    );
    expectOpsError(
      () => createInMemoryFxRates([{ from: "USD", to: "CNY", rate: "7", asOf: "01/01/2026", source: "x" }]),
      "INVALID_ARGUMENT",
      ["rates", 0, "asOf"],
    );
    expectOpsError(
      () => createInMemoryFxRates([{ from: "USD", to: "QQQ", rate: "7", asOf: "2026-01-01", source: "x" }]),
      "UNKNOWN_CURRENCY",
      ["rates", 0, "to"],
    );
  });
});
