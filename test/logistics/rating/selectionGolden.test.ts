import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { selectShippingMethod } from "../../../src/logistics/index.js";
import { goldenScenarios } from "./selectionGoldenScenarios.js";

/**
 * Golden test: pins the complete output of `selectShippingMethod` (every ranked and rejected option with its quote
 * lines, totals, ETAs, scores, reasons and messages, key order and frozenness) over a wide sweep of scenarios, so a
 * refactor for speed is proven not to change a single result. The pinned files were written by the implementation
 * before the integer-arithmetic rewrite; regenerate them (`UPDATE_GOLDEN=1 npx vitest run test/logistics/rating/selectionGolden`)
 * only for an intended change of results, and say so in the commit.
 */

/** A canonical, order-preserving form of any result: decimals by value, undefined and frozenness made visible. */
function canonical(value: unknown): unknown {
  if (value === undefined) return "~undefined";
  if (value === null || typeof value !== "object") return value;
  if (DecimalJs.isDecimal(value)) return `~dec:${(value as DecimalJs).toString()}`;
  if (value instanceof Date) return `~date:${value.toISOString()}`;
  if (Array.isArray(value)) return [Object.isFrozen(value) ? "~frozen" : "~open", ...value.map(canonical)];
  const entries: [string, unknown][] = [["~frozen", Object.isFrozen(value)]];
  for (const [key, field] of Object.entries(value)) entries.push([key, canonical(field)]);
  return Object.fromEntries(entries);
}

function outcome(run: () => unknown): unknown {
  try {
    return canonical(run());
  } catch (error) {
    if (!isCrossborderOpsError(error)) throw error;
    return { thrown: error.code, issues: error.issues.map((issue) => [issue.path, issue.message]) };
  }
}

/** Compares `actual` with the pinned file (formatting free), or rewrites the file when UPDATE_GOLDEN=1. */
function expectPinned(file: string, actual: unknown): void {
  const url = new URL(`./__golden__/${file}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(url, `${JSON.stringify(actual, null, 1)}\n`);
  expect(JSON.parse(readFileSync(url, "utf8"))).toEqual(actual);
}

/** Scenarios pinned in full (readable diffs); every scenario is also pinned by a digest. */
const IN_FULL = ["sweep 1 fastest", "sweep 12 cheapest", "currencies best-value 2"];

describe("selectShippingMethod golden results", () => {
  const results = goldenScenarios().map((scenario) => ({
    name: scenario.name,
    text: JSON.stringify(outcome(() => selectShippingMethod(scenario.input))),
  }));

  it("covers every policy, ranked and rejected options, and ETAs past the calendars' end", () => {
    expect(results).toHaveLength(108);
    const all = results.map((r) => r.text).join("\n");
    for (const marker of [
      "ETA_BEYOND_CALENDAR",
      "MISSES_DEADLINE",
      "CURRENCY_NOT_COMPARABLE",
      "ETA_UNKNOWN",
      "BATTERY_NOT_ALLOWED",
    ]) {
      expect(all).toContain(marker);
    }
    for (const code of ["REMOTE_AREA", "OVERSIZE", "PEAK_SEASON", "FUEL", "BATTERY"])
      expect(all).toContain(`"${code}"`);
  });

  it("matches the pinned digests of every scenario", () => {
    const digests = Object.fromEntries(
      results.map((r) => [r.name, createHash("sha256").update(r.text).digest("hex").slice(0, 32)]),
    );
    expectPinned("selection-digests.json", digests);
  });

  it("matches the pinned full results of a few scenarios", () => {
    const full = Object.fromEntries(
      results.filter((r) => IN_FULL.includes(r.name)).map((r) => [r.name, JSON.parse(r.text)]),
    );
    expect(Object.keys(full)).toHaveLength(IN_FULL.length);
    expectPinned("selection-full.json", full);
  });
});
