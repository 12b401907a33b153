import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/errors/isCrossborderOpsError.js";
import { Dec } from "../../../src/core/money/decimal.js";
import { isMoney, money, moneyFromMinor } from "../../../src/core/money/Money.js";
import { expectOpsError } from "../expectOpsError.js";

describe("money", () => {
  it("keeps the exact decimal and the currency", () => {
    const price = money("12.34", "USD");
    expect(price.amount.toString()).toBe("12.34");
    expect(price.currency).toBe("USD");
    expect(Dec.isDecimal(price.amount)).toBe(true);
  });

  it("accepts integers, decimal.js values and more decimals than the currency has", () => {
    expect(money(20, "EUR").amount.toString()).toBe("20");
    expect(money(new Dec("0.0345"), "USD").amount.toString()).toBe("0.0345");
    expect(money(" 7 ", "JPY").amount.toString()).toBe("7");
  });

  it("is immutable", () => {
    const price = money("1.00", "USD");
    expect(Object.isFrozen(price)).toBe(true);
  });

  it("refuses non-integer JS numbers, NaN, Infinity and malformed strings with the field path", () => {
    expectOpsError(() => money(12.34, "USD"), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => money(Number.NaN, "USD"), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => money(Number.POSITIVE_INFINITY, "USD"), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => money("12,34", "USD"), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => money("", "USD"), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => money(new Dec(Number.NaN), "USD"), "INVALID_ARGUMENT", ["amount"]);
  });

  it("refuses unknown currencies with UNKNOWN_CURRENCY", () => {
    expectOpsError(() => money("1", "XXX"), "UNKNOWN_CURRENCY", ["currency"]);
    expectOpsError(() => money("1", "usd"), "UNKNOWN_CURRENCY", ["currency"]);
    expectOpsError(() => money("1", 840 as unknown as string), "INVALID_ARGUMENT", ["currency"]);
  });
});

describe("moneyFromMinor", () => {
  it.each([
    [1234, "USD", "12.34"],
    [1234n, "JPY", "1234"],
    ["-5", "KWD", "-0.005"],
    [1, "CLF", "0.0001"],
  ] as const)("%s minor units of %s is %s", (minor, currency, expected) => {
    expect(moneyFromMinor(minor, currency).amount.toString()).toBe(expected);
  });

  it("refuses fractional minor units", () => {
    expectOpsError(() => moneyFromMinor(1.5, "USD"), "INVALID_ARGUMENT", ["minorUnits"]);
    expectOpsError(() => moneyFromMinor(Number.NaN, "USD"), "INVALID_ARGUMENT", ["minorUnits"]);
    expectOpsError(() => moneyFromMinor(1, "XXX"), "UNKNOWN_CURRENCY", ["currency"]);
  });

  it("gives the same Money for a number, a bigint and a string of the same minor units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("USD", "JPY", "KWD"),
        (minor, currency) => {
          const fromNumber = moneyFromMinor(minor, currency);
          expect(fromNumber.amount.equals(moneyFromMinor(BigInt(minor), currency).amount)).toBe(true);
          expect(fromNumber.amount.toString()).toBe(moneyFromMinor(String(minor), currency).amount.toString());
          expect(Object.isFrozen(fromNumber)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isMoney", () => {
  it("recognises Money and nothing else", () => {
    expect(isMoney(money("1", "USD"))).toBe(true);
    expect(isMoney({ amount: 1, currency: "USD" })).toBe(false);
    expect(isMoney({ amount: new Dec(1), currency: "ABC" })).toBe(false);
    expect(isMoney(null)).toBe(false);
  });

  it("errors are recognised by the guard", () => {
    try {
      money("x", "USD");
      expect.unreachable();
    } catch (error) {
      expect(isCrossborderOpsError(error)).toBe(true);
    }
  });
});
