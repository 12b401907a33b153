import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/core/money/decimal.js";
import { money } from "../../../src/core/money/Money.js";
import { isRoundedToMinor, roundDecimal, roundMoney, toMinorUnits } from "../../../src/core/money/round.js";
import { expectOpsError } from "../expectOpsError.js";
import { arbMoney } from "./arbitraries.js";

describe("roundMoney", () => {
  it.each([
    ["2.345", "half-up", "2.35"],
    ["2.345", "half-even", "2.34"],
    ["2.355", "half-even", "2.36"],
    ["2.341", "up", "2.35"],
    ["2.349", "down", "2.34"],
    ["-2.341", "up", "-2.35"],
    ["-2.349", "down", "-2.34"],
    ["-2.341", "ceiling", "-2.34"],
    ["-2.341", "floor", "-2.35"],
    ["-2.345", "half-up", "-2.35"],
  ] as const)("%s USD %s → %s", (amount, mode, expected) => {
    expect(roundMoney(money(amount, "USD"), mode).amount.toFixed(2)).toBe(expected);
  });

  it("uses the currency's minor units", () => {
    expect(roundMoney(money("1234.5", "JPY")).amount.toString()).toBe("1235");
    expect(roundMoney(money("1.2345", "KWD")).amount.toString()).toBe("1.235");
  });

  it("rounds to an authority's step (Japan: down to ¥100 / ¥1,000)", () => {
    expect(roundMoney(money("12345", "JPY"), "down", { step: "100" }).amount.toString()).toBe("12300");
    expect(roundMoney(money("98765", "JPY"), "down", { step: "1000" }).amount.toString()).toBe("98000");
    expect(roundMoney(money("1.03", "CHF"), "half-up", { step: "0.05" }).amount.toString()).toBe("1.05");
  });

  it("refuses an unknown mode or a bad step", () => {
    expectOpsError(() => roundMoney(money("1", "USD"), "nearest" as never), "INVALID_ARGUMENT", ["mode"]);
    expectOpsError(() => roundMoney(money("1", "USD"), "up", { step: "0" }), "INVALID_ARGUMENT", ["options", "step"]);
    expectOpsError(() => roundMoney(money("1", "USD"), "up", { step: "-1" }), "INVALID_ARGUMENT", ["options", "step"]);
  });

  it("is idempotent and never moves more than one minor unit", () => {
    fc.assert(
      fc.property(
        arbMoney("USD"),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom("half-up", "half-even", "up", "down", "ceiling", "floor" as const),
        (base, extra, mode) => {
          const precise = money(base.amount.plus(extra / 100_000), "USD");
          const once = roundMoney(precise, mode);
          expect(roundMoney(once, mode).amount.equals(once.amount)).toBe(true);
          expect(once.amount.minus(precise.amount).abs().lt("0.01")).toBe(true);
          expect(isRoundedToMinor(once)).toBe(true);
        },
      ),
    );
  });
});

describe("roundDecimal", () => {
  it("rounds any decimal with a named mode", () => {
    expect(roundDecimal(new Dec("87.125"), 2).toString()).toBe("87.13");
    expect(roundDecimal(new Dec("87.125"), 2, "half-even").toString()).toBe("87.12");
    expect(roundDecimal(new Dec("7.3062"), 1, "ceiling").toString()).toBe("7.4");
  });

  it("refuses non-decimals, bad places and unknown modes", () => {
    expectOpsError(() => roundDecimal(1.5 as never, 0), "INVALID_ARGUMENT", ["value"]);
    expectOpsError(() => roundDecimal(new Dec(1), -1), "INVALID_ARGUMENT", ["places"]);
    expectOpsError(() => roundDecimal(new Dec(1), 1, "sideways" as never), "INVALID_ARGUMENT", ["mode"]);
  });
});

describe("toMinorUnits", () => {
  it("returns bigint minor units of a rounded amount", () => {
    expect(toMinorUnits(money("12.34", "USD"))).toBe(1234n);
    expect(toMinorUnits(money("-0.005", "KWD"))).toBe(-5n);
    expect(toMinorUnits(money("1500", "JPY"))).toBe(1500n);
  });

  it("refuses an unrounded amount", () => {
    expectOpsError(() => toMinorUnits(money("1.005", "USD")), "INVALID_ARGUMENT", ["amount"]);
  });
});
