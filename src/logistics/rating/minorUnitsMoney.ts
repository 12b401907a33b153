import { type Money, moneyFromMinor } from "../../core/index.js";

/**
 * Money by currency and minor units, shared: prices are few distinct figures (a selection over hundreds of cards, or
 * thousands of parcels of similar weight, meets the same totals again and again), and Money values are frozen and
 * immutable, so one value can serve every quote that needs it. Each currency's table is cleared at {@link LIMIT}
 * entries, which bounds memory in long-running services.
 */
const LIMIT = 4096;
const byCurrency = new Map<string, Map<number, Money>>();

/** @internal `minor` minor units of `currency` as Money, exact (core `moneyFromMinor`, shared). */
export function moneyFromMinorUnits(minor: number, currency: string): Money {
  let table = byCurrency.get(currency);
  if (table === undefined) {
    table = new Map();
    byCurrency.set(currency, table);
  }
  let value = table.get(minor);
  if (value === undefined) {
    if (table.size >= LIMIT) table.clear();
    value = moneyFromMinor(minor, currency);
    table.set(minor, value);
  }
  return value;
}
