import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMoney, multiplyMoney, negateMoney, subtractMoney, sumMoney } from "../../../src/core/money/arithmetic.js";
import { compareMoney, equalsMoney, maxMoney, minMoney, signOfMoney } from "../../../src/core/money/compare.js";
import { money } from "../../../src/core/money/Money.js";
import { expectOpsError } from "../expectOpsError.js";
import { arbMoney } from "./arbitraries.js";

describe("arithmetic", () => {
  it("adds and subtracts exactly where floats do not", () => {
    expect(addMoney(money("0.10", "USD"), money("0.20", "USD")).amount.toString()).toBe("0.3");
    expect(subtractMoney(money("10.00", "EUR"), money("12.50", "EUR")).amount.toString()).toBe("-2.5");
    expect(addMoney(money("9007199254740993.01", "USD"), money("0.01", "USD")).amount.toString()).toBe(
      "9007199254740993.02",
    );
  });

  it("multiplies by a decimal factor without rounding", () => {
    expect(multiplyMoney(money("19.99", "USD"), "3").amount.toString()).toBe("59.97");
    expect(multiplyMoney(money("10000.00", "USD"), "0.003464").amount.toString()).toBe("34.64");
    expect(multiplyMoney(money("0.01", "USD"), "0.5").amount.toString()).toBe("0.005");
  });

  it("negates and compares", () => {
    expect(negateMoney(money("5.00", "GBP")).amount.toString()).toBe("-5");
    expect(compareMoney(money("1.00", "USD"), money("1", "USD"))).toBe(0);
    expect(compareMoney(money("0.99", "USD"), money("1", "USD"))).toBe(-1);
    expect(equalsMoney(money("1", "USD"), money("1", "EUR"))).toBe(false);
    expect(signOfMoney(money("-0.01", "USD"))).toBe(-1);
    expect(signOfMoney(money("0", "USD"))).toBe(0);
    expect(maxMoney(money("32.71", "USD"), money("20.00", "USD")).amount.toString()).toBe("32.71");
    expect(minMoney(money("700.00", "USD"), money("651.50", "USD")).amount.toString()).toBe("651.5");
  });

  it("sums a list, and an empty list in a given currency", () => {
    expect(sumMoney([money("1.10", "USD"), money("2.20", "USD"), money("-0.30", "USD")]).amount.toString()).toBe("3");
    const zero = sumMoney([], "CNY");
    expect(zero.amount.toString()).toBe("0");
    expect(zero.currency).toBe("CNY");
  });

  it("refuses mixed currencies with CURRENCY_MISMATCH and the path of the offender", () => {
    expectOpsError(() => addMoney(money("1", "USD"), money("1", "EUR")), "CURRENCY_MISMATCH", ["b"]);
    expectOpsError(() => compareMoney(money("1", "USD"), money("1", "EUR")), "CURRENCY_MISMATCH", ["b"]);
    expectOpsError(() => sumMoney([money("1", "USD"), money("1", "USD"), money("1", "EUR")]), "CURRENCY_MISMATCH", [
      "amounts",
      2,
    ]);
    expectOpsError(() => sumMoney([money("1", "USD")], "EUR"), "CURRENCY_MISMATCH", ["amounts", 0]);
  });

  it("refuses bad arguments", () => {
    expectOpsError(() => sumMoney([]), "INVALID_ARGUMENT", ["currency"]);
    expectOpsError(() => sumMoney([], "XYZ"), "UNKNOWN_CURRENCY", ["currency"]);
    expectOpsError(() => multiplyMoney(money("1", "USD"), Number.NaN), "INVALID_ARGUMENT", ["factor"]);
    expectOpsError(() => addMoney({ amount: 1, currency: "USD" } as never, money("1", "USD")), "INVALID_ARGUMENT", [
      "a",
    ]);
  });

  it("does not mutate its arguments", () => {
    const a = money("1.00", "USD");
    const b = money("2.00", "USD");
    addMoney(a, b);
    expect(a.amount.toString()).toBe("1");
    expect(b.amount.toString()).toBe("2");
  });
});

describe("arithmetic laws", () => {
  it("add and subtract are inverse", () => {
    fc.assert(
      fc.property(arbMoney("USD"), arbMoney("USD"), (a, b) => equalsMoney(subtractMoney(addMoney(a, b), b), a)),
    );
  });

  it("addition is commutative and associative, zero is its identity", () => {
    fc.assert(
      fc.property(arbMoney("EUR"), arbMoney("EUR"), arbMoney("EUR"), (a, b, c) => {
        expect(equalsMoney(addMoney(a, b), addMoney(b, a))).toBe(true);
        expect(equalsMoney(addMoney(addMoney(a, b), c), addMoney(a, addMoney(b, c)))).toBe(true);
        expect(equalsMoney(addMoney(a, money("0", "EUR")), a)).toBe(true);
      }),
    );
  });

  it("sum equals repeated addition and negation is an involution", () => {
    fc.assert(
      fc.property(fc.array(arbMoney("JPY"), { maxLength: 20 }), (list) => {
        const folded = list.reduce((acc, item) => addMoney(acc, item), money("0", "JPY"));
        expect(equalsMoney(sumMoney(list, "JPY"), folded)).toBe(true);
        for (const item of list) expect(equalsMoney(negateMoney(negateMoney(item)), item)).toBe(true);
      }),
    );
  });
});
