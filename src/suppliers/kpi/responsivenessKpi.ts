import { TZDate } from "@date-fns/tz";
import * as z from "zod";
import {
  type BusinessCalendar,
  Dec,
  type Decimal,
  instantSchema,
  invalidArgument,
  localDateIn,
  parseInput,
} from "../../core/index.js";
import { addDays, type DateRange, kpiPeriodSchema, resolveKpiPeriod } from "./kpiPeriod.js";
import { type KpiValue, ratioKpi } from "./kpiValue.js";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "must be HH:mm" });

/**
 * Schema of the after-sales responsiveness input: quality claims raised to the supplier and when the supplier
 * answered, and the working hours of a business day (in the calendar's time zone).
 *
 * @example
 * ```ts
 * responsivenessKpiInputSchema.parse({
 *   period: { kind: "month", month: "2026-04" }, workingHours: { start: "09:00", end: "18:00" },
 *   claims: [{ claimId: "QC-1", raisedAt: "2026-04-03T07:00:00Z", answeredAt: "2026-04-07T02:00:00Z" }],
 * });
 * ```
 */
export const responsivenessKpiInputSchema = z.object({
  period: kpiPeriodSchema,
  workingHours: z
    .object({ start: hhmm, end: hhmm })
    .refine((hours) => hours.start < hours.end, { path: ["end"], message: "must be after start" })
    .default({ start: "09:00", end: "18:00" }),
  claims: z.array(
    z.object({ claimId: z.string().min(1), raisedAt: instantSchema, answeredAt: instantSchema.optional() }),
  ),
});

/**
 * The responsiveness input as accepted.
 *
 * @example
 * ```ts
 * const input: ResponsivenessKpiInput = { period: { kind: "month", month: "2026-04" }, claims: [] };
 * ```
 */
export type ResponsivenessKpiInput = z.input<typeof responsivenessKpiInputSchema>;

/**
 * After-sales responsiveness (售后服务响应速度): average business hours from claim to answer, over the claims
 * raised in the period and answered; the claims still open are counted apart.
 *
 * @example
 * ```ts
 * kpi.averageHours.value?.toFixed(2); // "11.00"
 * ```
 */
export interface ResponsivenessKpi {
  readonly range: DateRange;
  readonly averageHours: KpiValue;
  readonly answered: number;
  readonly open: number;
}

/**
 * Business time between two instants, in hours: the overlap with the working hours of each business day of the
 * calendar (local time in `calendar.timeZone`).
 *
 * @throws `INVALID_ARGUMENT` when `to` is before `from`; `CALENDAR_OUT_OF_RANGE` outside the calendar's data
 * @example
 * ```ts
 * businessHoursBetween(cn, "2026-04-03T07:00:00Z", "2026-04-07T02:00:00Z", { start: "09:00", end: "18:00" }).toString(); // "4" (Friday 15-18h, Qingming, Tuesday 9-10h)
 * ```
 */
export function businessHoursBetween(
  calendar: BusinessCalendar,
  from: Date | string,
  to: Date | string,
  workingHours: { readonly start: string; readonly end: string } = { start: "09:00", end: "18:00" },
): Decimal {
  const start = parseInput(instantSchema, from, ["from"]);
  const end = parseInput(instantSchema, to, ["to"]);
  const hours = parseInput(z.object({ start: hhmm, end: hhmm }), workingHours, ["workingHours"]);
  if (end < start) throw invalidArgument(["to"], "must not be before from");
  const [sh, sm] = hours.start.split(":").map(Number) as [number, number];
  const [eh, em] = hours.end.split(":").map(Number) as [number, number];
  let day = localDateIn(start, calendar.timeZone);
  const lastDay = localDateIn(end, calendar.timeZone);
  let ms = 0;
  while (day <= lastDay) {
    if (calendar.isBusinessDay(day)) {
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      const open = new TZDate(y, m - 1, d, sh, sm, calendar.timeZone).getTime();
      const close = new TZDate(y, m - 1, d, eh, em, calendar.timeZone).getTime();
      const overlap = Math.min(close, end.getTime()) - Math.max(open, start.getTime());
      if (overlap > 0) ms += overlap;
    }
    day = addDays(day, 1);
  }
  return new Dec(ms).div(3_600_000);
}

/**
 * Derives the average after-sales response time in business hours for claims raised in the period.
 *
 * @throws `INVALID_ARGUMENT` for malformed input (an answer before its claim, path `["input", "claims", i, "answeredAt"]`)
 * @example
 * ```ts
 * computeResponsivenessKpi(input, createBusinessCalendar(CN_2026)).averageHours.value?.toFixed(2);
 * ```
 */
export function computeResponsivenessKpi(input: ResponsivenessKpiInput, calendar: BusinessCalendar): ResponsivenessKpi {
  const parsed = parseInput(responsivenessKpiInputSchema, input, ["input"]);
  if (typeof calendar?.isBusinessDay !== "function") throw invalidArgument(["calendar"], "must be a BusinessCalendar");
  const range = resolveKpiPeriod(parsed.period);
  let answered = 0;
  let open = 0;
  let total = new Dec(0);
  parsed.claims.forEach((claim, index) => {
    const raisedOn = localDateIn(claim.raisedAt, calendar.timeZone);
    if (raisedOn < range.from || raisedOn > range.to) return;
    if (!claim.answeredAt) {
      open++;
      return;
    }
    if (claim.answeredAt < claim.raisedAt)
      throw invalidArgument(["input", "claims", index, "answeredAt"], "must not be before raisedAt");
    answered++;
    total = total.plus(businessHoursBetween(calendar, claim.raisedAt, claim.answeredAt, parsed.workingHours));
  });
  return { range, averageHours: ratioKpi(total, new Dec(answered), 1), answered, open };
}
