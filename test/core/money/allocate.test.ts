import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "../../../src/core/money/allocate.js";
import { sumMoney } from "../../../src/core/money/arithmetic.js";
import { equalsMoney } from "../../../src/core/money/compare.js";
import { Dec } from "../../../src/core/money/decimal.js";
import { money } from "../../../src/core/money/Money.js";
import { expectOpsError } from "../expectOpsError.js";
import { arbMoney } from "./arbitraries.js";

const amounts = (parts: { amount: { toFixed: (n?: number) => string } }[], places?: number) =>
  parts.map((part) => (places === undefined ? part.amount.toFixed() : part.amount.toFixed(places)));

describe("allocate", () => {
  it("gives the leftover cent to the largest remainder, earlier part first on ties", () => {
    expect(amounts(allocate(money("100.00", "USD"), [1, 1, 1]), 2)).toEqual(["33.34", "33.33", "33.33"]);
    expect(amounts(allocate(money("0.05", "USD"), [1, 1, 1]), 2)).toEqual(["0.02", "0.02", "0.01"]);
    // remainders: 70*1/3 → 23.33 (r .33), 70*2/3 → 46.66 (r .67): the second part gets the cent.
    expect(amounts(allocate(money("0.70", "USD"), [1, 2]), 2)).toEqual(["0.23", "0.47"]);
  });

  it("handles decimal ratios, zero ratios and zero-decimal currencies", () => {
    expect(amounts(allocate(money("1000", "JPY"), ["0.5", "0.3", "0.2", 0]))).toEqual(["500", "300", "200", "0"]);
    expect(amounts(allocate(money("10.00", "EUR"), [new Dec("1.5"), 0.5]), 2)).toEqual(["7.50", "2.50"]);
    expect(amounts(allocate(money("1.000", "KWD"), [1, 1, 1]), 3)).toEqual(["0.334", "0.333", "0.333"]);
  });

  it("mirrors negative amounts", () => {
    expect(amounts(allocate(money("-0.05", "EUR"), [1, 1]), 2)).toEqual(["-0.03", "-0.02"]);
    expect(amounts(allocate(money("-100.00", "USD"), [1, 1, 1]), 2)).toEqual(["-33.34", "-33.33", "-33.33"]);
  });

  it("splits 1,000,000.00 over 1,000 ratios exactly", () => {
    const ratios = Array.from({ length: 1000 }, (_, i) => i + 1);
    const parts = allocate(money("1000000.00", "USD"), ratios);
    expect(sumMoney(parts).amount.toFixed(2)).toBe("1000000.00");
    // Σ(1..1000) = 500500; part 1 = 1,000,000 / 500,500 = 1.998001998 → 1.99 or 2.00.
    expect(["1.99", "2.00"]).toContain(parts[0]?.amount.toFixed(2));
  });

  it("takes the bigint path for amounts and ratios beyond 2^53 and stays exact", () => {
    const parts = allocate(money("123456789012345678.91", "USD"), ["3", "7", "0.000001"]);
    expect(sumMoney(parts).amount.toFixed(2)).toBe("123456789012345678.91");
    // scaled ratios 3000000 : 7000000 : 1; the leftover cent goes to the third part (largest remainder).
    expect(amounts(parts, 2)).toEqual(["37037033000000403.67", "86419743666667608.57", "12345677666.67"]);
  });

  it("ranks remainders exactly on both sides of the 32-bit key bound", () => {
    // Reference: largest remainder in bigint, ties to the earlier part, written independently of the library.
    const reference = (whole: bigint, ratios: bigint[]): bigint[] => {
      const sum = ratios.reduce((a, b) => a + b, 0n);
      const floors = ratios.map((r) => (whole * r) / sum);
      const order = ratios
        .map((r, i) => ({ i, rem: (whole * r) % sum }))
        .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
      let left = whole - floors.reduce((a, b) => a + b, 0n);
      for (const { i } of order) if (left-- > 0n) floors[i] = (floors[i] as bigint) + 1n;
      return floors;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2 ** 20 }),
        (n, delta, cents, seed) => {
          // Σratios × n lands just below, on, or just above 2^32 - 1.
          const sum = Math.floor(0xffff_ffff / n) + delta;
          const ratios = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : 1 + ((seed * (i + 7)) % 1000)));
          ratios[0] = sum - ratios.reduce((a, b) => a + b, 0);
          const parts = allocate(money(new Dec(cents).div(100), "USD"), ratios);
          const expected = reference(BigInt(cents), ratios.map(BigInt)).map((units) =>
            new Dec(units.toString()).div(100).toFixed(2),
          );
          expect(amounts(parts, 2)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses bad arguments", () => {
    expectOpsError(() => allocate(money("10.00", "USD"), []), "INVALID_ARGUMENT", ["ratios"]);
    expectOpsError(() => allocate(money("10.00", "USD"), [0, 0]), "INVALID_ARGUMENT", ["ratios"]);
    expectOpsError(() => allocate(money("10.00", "USD"), [1, -1]), "INVALID_ARGUMENT", ["ratios", 1]);
    expectOpsError(() => allocate(money("10.00", "USD"), [1, Number.NaN]), "INVALID_ARGUMENT", ["ratios", 1]);
    expectOpsError(() => allocate(money("10.00", "USD"), [1, Number.POSITIVE_INFINITY]), "INVALID_ARGUMENT", [
      "ratios",
      1,
    ]);
    expectOpsError(() => allocate(money("10.005", "USD"), [1, 1]), "INVALID_ARGUMENT", ["amount"]);
    expectOpsError(() => allocate(money("10.00", "USD"), "1,1" as never), "INVALID_ARGUMENT", ["ratios"]);
  });

  it("does not mutate the ratios", () => {
    const ratios = [3, 1, 2];
    allocate(money("1.00", "USD"), ratios);
    expect(ratios).toEqual([3, 1, 2]);
  });
});

const arbRatios = fc
  .oneof(
    fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
    fc.array(
      fc
        .tuple(fc.nat({ max: 99_999 }), fc.integer({ min: 0, max: 6 }))
        .map(([digits, scale]) => new Dec(digits).div(10 ** scale).toString()),
      { minLength: 1, maxLength: 40 },
    ),
  )
  .filter((ratios) => ratios.some((ratio) => Number(ratio) > 0));

describe("allocate laws", () => {
  it("parts always sum exactly to the whole, for negative amounts too", () => {
    fc.assert(
      fc.property(arbMoney("USD"), arbRatios, (whole, ratios) => {
        const parts = allocate(whole, ratios);
        expect(parts).toHaveLength(ratios.length);
        expect(equalsMoney(sumMoney(parts), whole)).toBe(true);
      }),
    );
  });

  it("every part is within one minor unit of its exact share, zero ratios get zero", () => {
    fc.assert(
      fc.property(arbMoney("EUR", { min: -(10n ** 9n), max: 10n ** 9n }), arbRatios, (whole, ratios) => {
        const parts = allocate(whole, ratios);
        const total = ratios.reduce<InstanceType<typeof Dec>>((acc, ratio) => acc.plus(ratio), new Dec(0));
        parts.forEach((part, i) => {
          const exact = whole.amount.times(ratios[i] as string | number).div(total);
          expect(part.amount.minus(exact).abs().lt("0.01")).toBe(true);
          if (Number(ratios[i]) === 0) expect(part.amount.isZero()).toBe(true);
        });
      }),
    );
  });

  it("is deterministic and mirrors the sign", () => {
    fc.assert(
      fc.property(arbMoney("JPY"), arbRatios, (whole, ratios) => {
        const once = allocate(whole, ratios).map((part) => part.amount.toString());
        const again = allocate(whole, ratios).map((part) => part.amount.toString());
        expect(again).toEqual(once);
        const negated = allocate(money(whole.amount.negated(), "JPY"), ratios).map((part) =>
          part.amount.negated().toString(),
        );
        expect(negated.map((v) => (v === "-0" ? "0" : v))).toEqual(once.map((v) => (v === "-0" ? "0" : v)));
      }),
    );
  });

  it("is order-stable: equal ratios never differ by more than one minor unit, earlier first", () => {
    fc.assert(
      fc.property(arbMoney("USD", { min: 0n }), fc.integer({ min: 1, max: 50 }), (whole, count) => {
        const parts = allocate(
          whole,
          Array.from({ length: count }, () => 1),
        ).map((part) => part.amount);
        for (let i = 1; i < parts.length; i++) {
          const previous = parts[i - 1] as InstanceType<typeof Dec>;
          const current = parts[i] as InstanceType<typeof Dec>;
          expect(previous.gte(current)).toBe(true);
          expect(previous.minus(current).lte("0.01")).toBe(true);
        }
      }),
    );
  });
});
