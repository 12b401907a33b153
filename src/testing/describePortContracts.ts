import { describe, expect, it } from "vitest";
import type { Clock, FxRateInput, FxRates, IdGenerator } from "../core/index.js";

/**
 * Registers a vitest suite for a {@link Clock} adapter: `now()` returns a valid `Date`, a new object each call,
 * and time never runs backwards between two calls.
 *
 * @example
 * ```ts
 * describeClockContract("system clock", () => ({ now: () => new Date() }));
 * ```
 */
export function describeClockContract(name: string, factory: () => Clock): void {
  describe(`Clock contract: ${name}`, () => {
    it("returns valid, fresh, non-decreasing dates", () => {
      const clock = factory();
      const first = clock.now();
      const second = clock.now();
      expect(first).toBeInstanceOf(Date);
      expect(Number.isNaN(first.getTime())).toBe(false);
      expect(second).not.toBe(first);
      expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
      first.setFullYear(1999);
      expect(clock.now().getFullYear()).not.toBe(1999);
    });
  });
}

/**
 * Registers a vitest suite for an {@link IdGenerator} adapter: ids are non-empty strings, unique across 10,000 calls
 * and across prefixes.
 *
 * @example
 * ```ts
 * describeIdGeneratorContract("uuid", () => ({ next: (prefix) => `${prefix}-${crypto.randomUUID()}` }));
 * ```
 */
export function describeIdGeneratorContract(name: string, factory: () => IdGenerator): void {
  describe(`IdGenerator contract: ${name}`, () => {
    it("hands out unique, non-empty ids", () => {
      const ids = factory();
      const seen = new Set<string>();
      for (let i = 0; i < 10_000; i++) {
        const id = ids.next(i % 2 === 0 ? "PO" : "NCR");
        expect(typeof id).toBe("string");
        expect(id.length).toBeGreaterThan(0);
        seen.add(id);
      }
      expect(seen.size).toBe(10_000);
    });
  });
}

/**
 * Registers a vitest suite for an {@link FxRates} adapter loaded with a fixed set of published rates: it must pick
 * the latest rate on or before the date, know nothing before the first publication, and convert a currency to
 * itself at 1. The factory receives the rates to load.
 *
 * @example
 * ```ts
 * describeFxRatesContract("rates table", (rates) => createMyFxRates(rates));
 * ```
 */
export function describeFxRatesContract(name: string, factory: (rates: readonly FxRateInput[]) => FxRates): void {
  const rates: FxRateInput[] = [
    { from: "USD", to: "CNY", rate: "7.1000", asOf: "2026-01-02", source: "fixture" },
    { from: "USD", to: "CNY", rate: "7.2000", asOf: "2026-02-02", source: "fixture" },
    { from: "EUR", to: "USD", rate: "1.0800", asOf: "2026-01-02", source: "fixture" },
  ];
  describe(`FxRates contract: ${name}`, () => {
    it("picks the latest rate on or before the date", () => {
      const fx = factory(rates);
      expect(fx.rateFor("USD", "CNY", "2026-01-02")?.rate.toString()).toBe("7.1");
      expect(fx.rateFor("USD", "CNY", "2026-02-01")?.rate.toString()).toBe("7.1");
      expect(fx.rateFor("USD", "CNY", "2026-02-02")?.rate.toString()).toBe("7.2");
      expect(fx.rateFor("USD", "CNY", "2026-12-31")?.asOf).toBe("2026-02-02");
    });

    it("knows nothing before the first publication nor for unknown pairs", () => {
      const fx = factory(rates);
      expect(fx.rateFor("USD", "CNY", "2026-01-01")).toBeUndefined();
      expect(fx.rateFor("GBP", "JPY", "2026-03-01")).toBeUndefined();
    });

    it("converts a currency to itself at 1", () => {
      expect(factory(rates).rateFor("EUR", "EUR", "2026-03-01")?.rate.toString()).toBe("1");
    });
  });
}
