import * as z from "zod";
import { Dec } from "../money/decimal.js";
import { requireCurrency } from "../money/Money.js";
import { parseInput } from "../validation/parseInput.js";
import { decimalInputSchema, localDateSchema } from "../validation/schemas.js";
import type { FxRate, FxRates } from "./FxRates.js";

/**
 * Schema of one published rate as the host supplies it (`rate` as a decimal string).
 *
 * @example
 * ```ts
 * fxRateInputSchema.parse({ from: "USD", to: "CNY", rate: "7.12", asOf: "2026-01-02", source: "PBOC" });
 * ```
 */
export const fxRateInputSchema = z.object({
  from: z.string().length(3),
  to: z.string().length(3),
  rate: decimalInputSchema.refine((value) => Number(value) > 0, { message: "must be above zero" }),
  asOf: localDateSchema,
  source: z.string().min(1),
});

/**
 * The rate as the host supplies it, before validation.
 *
 * @example
 * ```ts
 * const input: FxRateInput = { from: "USD", to: "CNY", rate: "7.12", asOf: "2026-01-02", source: "PBOC" };
 * ```
 */
export type FxRateInput = z.input<typeof fxRateInputSchema>;

/**
 * Reference adapter of the {@link FxRates} port over a list of published rates. Picks the latest rate on or before
 * the date; when only the opposite direction is known it uses its inverse (recorded with `source` suffixed
 * "(inverse)"). The same currency converts at 1.
 *
 * @example
 * ```ts
 * const fx = createInMemoryFxRates([{ from: "USD", to: "CNY", rate: "7.10", asOf: "2026-01-01", source: "PBOC" }]);
 * fx.rateFor("CNY", "USD", "2026-02-01")?.source; // "PBOC (inverse)"
 * ```
 */
export function createInMemoryFxRates(rates: readonly FxRateInput[]): FxRates {
  const parsed = parseInput(z.array(fxRateInputSchema), rates, ["rates"]);
  const byPair = new Map<string, FxRate[]>();
  parsed.forEach((rate, index) => {
    requireCurrency(rate.from, ["rates", index, "from"]);
    requireCurrency(rate.to, ["rates", index, "to"]);
    const key = `${rate.from}/${rate.to}`;
    const list = byPair.get(key) ?? [];
    list.push(Object.freeze({ ...rate, rate: new Dec(rate.rate) }));
    byPair.set(key, list);
  });
  for (const list of byPair.values()) list.sort((a, b) => a.asOf.localeCompare(b.asOf));

  const latest = (from: string, to: string, date: string): FxRate | undefined => {
    const list = byPair.get(`${from}/${to}`);
    if (!list) return undefined;
    let found: FxRate | undefined;
    for (const rate of list) if (rate.asOf <= date) found = rate;
    return found;
  };

  return {
    rateFor(from, to, date) {
      if (from === to) return { from, to, rate: new Dec(1), asOf: date, source: "identity" };
      const direct = latest(from, to, date);
      if (direct) return direct;
      const inverse = latest(to, from, date);
      if (!inverse) return undefined;
      return {
        from,
        to,
        rate: new Dec(1).div(inverse.rate),
        asOf: inverse.asOf,
        source: `${inverse.source} (inverse)`,
      };
    },
  };
}
