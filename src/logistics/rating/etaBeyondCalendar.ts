import { type BusinessCalendar, isCrossborderOpsError, type LocalDate } from "../../core/index.js";
import type { CarriageReason } from "./carriageReason.js";

/**
 * @internal Why a delivery window could not be dated: the calendars ran out after their last covered day. `stage`
 * says whether the handover (the ship day itself, or the next business day after the cut-off), the transit or an
 * outside rate's delivery date ran past it; `ends` is the last day covered by the calendars concerned (the earlier end for a transit).
 */
export interface CalendarShortfall {
  readonly stage: "handover" | "transit" | "delivery-date";
  /** The ship day in the cut-off's time zone. */
  readonly shipDay: LocalDate;
  /** The handover, when the transit ran out or an outside rate's delivery date lies beyond. */
  readonly handoverDate: LocalDate | undefined;
  /** An outside rate's delivery date, when it lies beyond. */
  readonly deliveryDate?: LocalDate | undefined;
  readonly ends: LocalDate;
}

/** @internal a window that cannot be dated, with the reason to report for the card or rate. */
export interface EtaBeyondCalendar {
  readonly beyondCalendar: CarriageReason;
}

/**
 * @internal Runs a core calendar computation; when it throws `CALENDAR_OUT_OF_RANGE`, answers `shortfall()`
 * instead, unless that is undefined (a date before a calendar's first day: calendars that do not match the ship date),
 * in which case the error is rethrown, as is any other error.
 */
export function unlessBeyondEnd<T>(
  compute: () => T,
  shortfall: () => CalendarShortfall | undefined,
): T | CalendarShortfall {
  try {
    return compute();
  } catch (error) {
    const beyond = isCrossborderOpsError(error, "CALENDAR_OUT_OF_RANGE") ? shortfall() : undefined;
    if (beyond === undefined) throw error;
    return beyond;
  }
}

/** @internal whether a computation answered a shortfall. */
export function isShortfall(value: unknown): value is CalendarShortfall {
  return typeof value === "object" && value !== null && "ends" in value && "stage" in value;
}

/** One side of a route: its country, the calendar used and whether it was assumed (Monday to Friday). */
export interface RouteCalendar {
  readonly country: string;
  readonly calendar: BusinessCalendar;
  readonly assumed: boolean;
}

/**
 * @internal The `ETA_BEYOND_CALENDAR` reason of a shortfall: which calendar ends (id, country, last day), which date
 * runs past it, and what to load.
 */
export function etaBeyondCalendarReason(
  shortfall: CalendarShortfall,
  sides: readonly RouteCalendar[],
  cutoff: { time: string; timeZone: string } | undefined,
  days: { min: number; max: number },
): EtaBeyondCalendar {
  const ending = sides.filter((side, index) => {
    if (index > 0 && side.calendar === sides[0]?.calendar) return false;
    return shortfall.stage === "handover" ? index === 0 : side.calendar.validTo <= shortfall.ends;
  });
  const named = ending.map((side) => `${side.calendar.id} (calendars.${side.country})`).join(" and ");
  const lastDay = `${shortfall.ends}, the last day calendar${ending.length > 1 ? "s" : ""} ${named} cover${ending.length > 1 ? "" : "s"}`;
  const what =
    shortfall.stage === "transit"
      ? `the ETA (${transitDays(days)} after the handover on ${shortfall.handoverDate}) runs past ${lastDay}`
      : shortfall.stage === "delivery-date"
        ? `the delivery date ${shortfall.deliveryDate} is after ${lastDay}`
        : shortfall.shipDay > shortfall.ends
          ? `the ship day ${shortfall.shipDay} is after ${lastDay}`
          : `the handover (first business day from the ship day ${shortfall.shipDay}, cut-off ${cutoff?.time ?? "23:59"}${cutoff ? ` ${cutoff.timeZone}` : ""}) falls after ${lastDay}`;
  return Object.freeze({
    beyondCalendar: Object.freeze({
      code: "ETA_BEYOND_CALENDAR" as const,
      message: `cannot date the delivery: ${what}; load the next year's calendar data: ${ending.map(nextYearHint).join("; ")}`,
    }),
  });
}

function transitDays(days: { min: number; max: number }): string {
  if (days.min === days.max) return `${days.max} business day${days.max === 1 ? "" : "s"}`;
  return `${days.min} to ${days.max} business days`;
}

/** What to pass instead: the same data carried on into the next year. */
function nextYearHint(side: RouteCalendar): string {
  const from = Number(side.calendar.validFrom.slice(0, 4));
  const next = Number(side.calendar.validTo.slice(0, 4)) + 1;
  if (side.assumed) return `pass calendars.${side.country} (Monday to Friday was assumed, ${side.calendar.id})`;
  if (side.country === "US") {
    return `calendars.US = createBusinessCalendar(usFederalCalendarData({ fromYear: ${from}, toYear: ${next} }))`;
  }
  if (side.country === "CN") {
    return `calendars.CN = createBusinessCalendar(joinCalendarData("CN-${from}-${next}", [the data of ${side.calendar.id}, ${next} data written from the State Council's holiday arrangement (国务院办公厅关于${next}年部分节假日安排的通知: holidays and make-up working days)]))`;
  }
  return `calendars.${side.country} = createBusinessCalendar(joinCalendarData(id, [the data of ${side.calendar.id}, ${next} data]))`;
}
