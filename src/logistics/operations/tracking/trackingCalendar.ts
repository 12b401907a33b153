import * as z from "zod";
import { type BusinessCalendar, businessDaysBetween } from "../../../core/index.js";

/** @internal schema check that a value implements the core `BusinessCalendar` port. */
export const businessCalendarArgSchema = z.custom<BusinessCalendar>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as BusinessCalendar).isBusinessDay === "function" &&
    typeof (value as BusinessCalendar).id === "string",
  { message: "must be a BusinessCalendar, e.g. createBusinessCalendar(CN_2026)" },
);

const DAY_MS = 86_400_000;

/**
 * @internal counts the days d with `from < d <= to`: every day, or the calendar's business days (core
 * `businessDaysBetween`). Zero when `to` is not after `from`.
 */
export function countDaysAfter(from: string, to: string, calendar?: BusinessCalendar): number {
  if (to <= from) return 0;
  if (calendar) return businessDaysBetween(calendar, from, to);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
