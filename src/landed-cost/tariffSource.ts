import * as z from "zod";
import { countryCodeSchema, localDateSchema, parseInput } from "../core/index.js";
import { type DutyMeasure, dutyMeasureSchema } from "./dutyMeasure.js";
import { hsMatchesAny, normalizeHsCode } from "./hsCode.js";
import { isRuleInForce, type RuleRef, ruleRefSchema } from "./ruleRef.js";

/**
 * What the calculator asks a {@link TariffSource}: the tariff of `customsTerritory` (e.g. `EU` for Germany) for a
 * normalised HS code (digits only) from an origin, on the entry date.
 *
 * @example
 * ```ts
 * const query: TariffQuery = { destination: "DE", customsTerritory: "EU", hsCode: "61102090", originCountry: "CN", date: "2026-03-15" };
 * ```
 */
export interface TariffQuery {
  readonly destination: string;
  readonly customsTerritory: string;
  readonly hsCode: string;
  readonly originCountry: string;
  readonly date: string;
}

/**
 * The duty a tariff gives a line: its measures and the rule behind them.
 *
 * @example
 * ```ts
 * const found: TariffLookup = { measures: [{ kind: "ad-valorem", rate: "0.165" }], rule };
 * ```
 */
export interface TariffLookup {
  readonly measures: readonly DutyMeasure[];
  readonly rule: RuleRef;
}

/**
 * Port: the host's tariff (its database, a customs API cached locally, a purchased data set). Synchronous: load
 * what you need before calling {@link landedCost}. Return `undefined` when the code is not covered; the calculator
 * then fails with `TARIFF_NOT_FOUND`. A line with inline `duty` measures never reaches the port.
 *
 * @example
 * ```ts
 * const tariff: TariffSource = { dutyFor: (query) => (query.hsCode.startsWith("6110") ? { measures, rule } : undefined) };
 * ```
 */
export interface TariffSource {
  /** The duty measures for one line, or `undefined` when unknown. */
  dutyFor(query: TariffQuery): TariffLookup | undefined;
}

/**
 * Schema of one entry of {@link createInMemoryTariffSource}: a customs territory (`US`, `EU`, `JP`...), an HS prefix
 * of 2 to 10 digits, optional origins (absent = any origin, e.g. the MFN rate), the measures and the rule.
 *
 * @example
 * ```ts
 * tariffEntrySchema.parse({ territory: "US", hsPrefix: "6110.20.20", measures: [{ kind: "ad-valorem", rate: "0.165" }],
 *   rule: { id: "us-hts-61102020", authority: "USITC", source: "https://hts.usitc.gov", validFrom: "2026-01-01" } });
 * ```
 */
export const tariffEntrySchema = z.object({
  territory: z.string().min(2),
  hsPrefix: z.string().regex(/^\d{2}[\d.\s]*$/, { message: 'must be an HS prefix such as "6110" or "6110.20.20"' }),
  origins: z.array(countryCodeSchema).optional(),
  measures: z.array(dutyMeasureSchema).min(1),
  rule: ruleRefSchema,
});

/**
 * A tariff entry as supplied, before validation.
 *
 * @example
 * ```ts
 * const entry: TariffEntryInput = { territory: "EU", hsPrefix: "6110", measures: [{ kind: "ad-valorem", rate: "0.12" }], rule };
 * ```
 */
export type TariffEntryInput = z.input<typeof tariffEntrySchema>;

/**
 * Reference adapter of {@link TariffSource} over a list of entries. For a query it keeps the entries of the
 * territory (or the destination country itself) in force on the date, whose prefix matches and whose origins
 * include the line's origin (or are absent), and picks the longest prefix; at equal length an origin-specific entry
 * beats a general one.
 *
 * @example
 * ```ts
 * const tariff = createInMemoryTariffSource([
 *   { territory: "US", hsPrefix: "6110.20.20", measures: [{ kind: "ad-valorem", rate: "0.165" }],
 *     rule: { id: "us-61102020", authority: "USITC", source: "https://hts.usitc.gov", validFrom: "2026-01-01" } },
 * ]);
 * tariff.dutyFor({ destination: "US", customsTerritory: "US", hsCode: "6110202010", originCountry: "CN", date: "2026-03-15" });
 * ```
 */
export function createInMemoryTariffSource(entries: readonly TariffEntryInput[]): TariffSource {
  const parsed = parseInput(z.array(tariffEntrySchema), entries, ["entries"]).map((entry) => ({
    ...entry,
    prefix: entry.hsPrefix.replace(/[.\s]/g, ""),
  }));
  return {
    dutyFor(query) {
      parseInput(localDateSchema, query.date, ["query", "date"]);
      const hsCode = normalizeHsCode(query.hsCode, ["query", "hsCode"]);
      let best: (typeof parsed)[number] | undefined;
      for (const entry of parsed) {
        if (entry.territory !== query.customsTerritory && entry.territory !== query.destination) continue;
        if (!isRuleInForce(entry.rule, query.date) || !hsMatchesAny(hsCode, [entry.prefix])) continue;
        if (entry.origins && !entry.origins.includes(query.originCountry)) continue;
        if (!best || isBetter(entry, best)) best = entry;
      }
      return best ? { measures: best.measures, rule: best.rule } : undefined;
    },
  };
}

function isBetter(
  candidate: { prefix: string; origins?: readonly string[] | undefined },
  current: { prefix: string; origins?: readonly string[] | undefined },
): boolean {
  if (candidate.prefix.length !== current.prefix.length) return candidate.prefix.length > current.prefix.length;
  return candidate.origins !== undefined && current.origins === undefined;
}
