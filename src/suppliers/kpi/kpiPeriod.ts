import * as z from "zod";
import { localDateSchema, parseInput } from "../../core/index.js";

/**
 * Schema of a KPI period: a calendar month, a quarter, or the rolling N days ending on a date (inclusive).
 *
 * @example
 * ```ts
 * kpiPeriodSchema.parse({ kind: "quarter", year: 2026, quarter: 2 });
 * kpiPeriodSchema.parse({ kind: "rolling", days: 90, endingOn: "2026-06-30" });
 * ```
 */
export const kpiPeriodSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("month"),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "must be YYYY-MM" }),
  }),
  z.object({
    kind: z.literal("quarter"),
    year: z.number().int().min(1900).max(9999),
    quarter: z.number().int().min(1).max(4),
  }),
  z.object({ kind: z.literal("rolling"), days: z.number().int().positive().max(3660), endingOn: localDateSchema }),
]);

/**
 * A KPI period as accepted.
 *
 * @example
 * ```ts
 * const p: KpiPeriod = { kind: "month", month: "2026-04" };
 * ```
 */
export type KpiPeriod = z.infer<typeof kpiPeriodSchema>;

/**
 * The first and last dates of a period, inclusive.
 *
 * @example
 * ```ts
 * const range: DateRange = { from: "2026-04-01", to: "2026-04-30" };
 * ```
 */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Resolves a period to its first and last dates (inclusive).
 *
 * @throws `INVALID_ARGUMENT` for a malformed period
 * @example
 * ```ts
 * resolveKpiPeriod({ kind: "month", month: "2026-02" }); // { from: "2026-02-01", to: "2026-02-28" }
 * resolveKpiPeriod({ kind: "quarter", year: 2026, quarter: 2 }); // { from: "2026-04-01", to: "2026-06-30" }
 * resolveKpiPeriod({ kind: "rolling", days: 30, endingOn: "2026-04-30" }); // { from: "2026-04-01", to: "2026-04-30" }
 * ```
 */
export function resolveKpiPeriod(period: KpiPeriod): DateRange {
  const parsed = parseInput(kpiPeriodSchema, period, ["period"]);
  if (parsed.kind === "month") {
    const [year, month] = parsed.month.split("-").map(Number) as [number, number];
    return { from: `${parsed.month}-01`, to: iso(Date.UTC(year, month, 0)) };
  }
  if (parsed.kind === "quarter") {
    const first = (parsed.quarter - 1) * 3;
    return { from: iso(Date.UTC(parsed.year, first, 1)), to: iso(Date.UTC(parsed.year, first + 3, 0)) };
  }
  const end = Date.parse(`${parsed.endingOn}T00:00:00Z`);
  return { from: iso(end - (parsed.days - 1) * DAY), to: parsed.endingOn };
}

/** @internal adds calendar days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}
