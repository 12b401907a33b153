import { type BusinessCalendar, businessDaysBetween, intersectCalendars, type LocalDate } from "../../core/index.js";
import { cachedAddBusinessDays, cachedApplyCutoff, cachedLocalDateIn } from "./calendarMemo.js";
import {
  type CalendarShortfall,
  type EtaBeyondCalendar,
  etaBeyondCalendarReason,
  isShortfall,
  type RouteCalendar,
  unlessBeyondEnd,
} from "./etaBeyondCalendar.js";

/**
 * An estimated delivery window. `handoverDate` is the first business day the carrier takes the parcel (the ship
 * date itself when it is a business day at the origin and before the cut-off, else the next business day);
 * `earliest` and `latest` add the card's minimum and maximum transit days, counting only days that are business
 * days at both the origin and the destination. `assumedCalendars` lists the countries for which no calendar was
 * given, where Monday to Friday was assumed.
 *
 * @example
 * ```ts
 * const eta: ShippingEta = { handoverDate: "2026-03-02", earliest: "2026-03-05", latest: "2026-03-09",
 *   minBusinessDays: 3, maxBusinessDays: 5, calendarIds: ["CN-2026", "US-2026"], assumedCalendars: [] };
 * ```
 */
export interface ShippingEta {
  /** First day the carrier has the parcel (origin business day, after the cut-off). */
  readonly handoverDate: LocalDate;
  /** Earliest delivery date. */
  readonly earliest: LocalDate;
  /** Latest delivery date, the one compared with a deadline. */
  readonly latest: LocalDate;
  /** Minimum transit in business days. */
  readonly minBusinessDays: number;
  /** Maximum transit in business days. */
  readonly maxBusinessDays: number;
  /** Ids of the origin and destination calendars used. */
  readonly calendarIds: readonly string[];
  /** Countries without a calendar, counted as Monday to Friday. */
  readonly assumedCalendars: readonly string[];
}

/**
 * Business calendars by ISO country code, e.g. `{ CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) }`.
 *
 * @example
 * ```ts
 * const calendars: ShippingCalendars = { CN: createBusinessCalendar(CN_2026), US: createBusinessCalendar(US_2026) };
 * ```
 */
export type ShippingCalendars = Readonly<Record<string, BusinessCalendar>>;

/**
 * @internal what ETAs are computed from, with per-call caches. One context serves exactly one shipment (one
 * `quoteShipment` or `selectShippingMethod` call), so every window asked shares its destination. Figures derived
 * from the shipment itself live in `ShipmentFacts`.
 */
export interface EtaContext {
  readonly shipAt: Date;
  readonly calendars: ShippingCalendars;
  /** Windows by route, cut-off and transit days (see {@link estimateEta}). */
  readonly cache: Map<string, unknown>;
  /** Windows by a card zone's static key (see {@link etaOfZone}); the destination is the context's shipment's. */
  readonly zoneEtas: Map<string, ShippingEta | EtaBeyondCalendar>;
}

/** @internal a fresh context. */
export function etaContext(shipAt: Date, calendars: ShippingCalendars | undefined): EtaContext {
  return { shipAt, calendars: calendars ?? {}, cache: new Map(), zoneEtas: new Map() };
}

/**
 * @internal the window of a card zone, memoised under `zoneKey` (origin, cut-off and transit days, built once per
 * card): as the context serves one shipment, the destination is the same for every zone asked. When a calendar ends
 * before the handover or the ETA, the answer is the `ETA_BEYOND_CALENDAR` reason instead (see {@link estimateEta}).
 */
export function etaOfZone(
  context: EtaContext,
  zoneKey: string,
  route: { origin: string; destination: string },
  cutoff: { time: string; timeZone: string },
  days: { min: number; max: number },
): ShippingEta | EtaBeyondCalendar {
  let eta = context.zoneEtas.get(zoneKey);
  if (eta === undefined) {
    eta = etaFrom(context, route, cutoff, days, zoneKey);
    context.zoneEtas.set(zoneKey, eta);
  }
  return eta;
}

/** Memo of Monday-to-Friday calendars by country and year, and of origin × destination intersections. */
const weekdayCalendars = new Map<string, BusinessCalendar>();
const intersections = new WeakMap<BusinessCalendar, WeakMap<BusinessCalendar, BusinessCalendar>>();
const zoneViews = new WeakMap<BusinessCalendar, Map<string, BusinessCalendar>>();

function weekdaysCalendar(country: string, year: number): BusinessCalendar {
  const key = `${country}|${year}`;
  const known = weekdayCalendars.get(key);
  if (known) return known;
  const calendar: BusinessCalendar = Object.freeze({
    id: `${country}-WEEKDAYS`,
    timeZone: "UTC",
    validFrom: `${String(year - 1).padStart(4, "0")}-01-01`,
    validTo: `${String(year + 2).padStart(4, "0")}-12-31`,
    isBusinessDay: (date: string) => {
      const day = new Date(`${date}T00:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6;
    },
  });
  weekdayCalendars.set(key, calendar);
  return calendar;
}

function calendarOf(context: EtaContext, country: string, assumed: string[]): BusinessCalendar {
  const given = context.calendars[country];
  if (given) return given;
  assumed.push(country);
  return weekdaysCalendar(country, context.shipAt.getUTCFullYear());
}

function transitCalendar(origin: BusinessCalendar, destination: BusinessCalendar): BusinessCalendar {
  if (origin === destination) return origin;
  let byDestination = intersections.get(origin);
  if (!byDestination) {
    byDestination = new WeakMap();
    intersections.set(origin, byDestination);
  }
  let both = byDestination.get(destination);
  if (!both) {
    both = intersectCalendars(`${origin.id}+${destination.id}`, [origin, destination]);
    byDestination.set(destination, both);
  }
  return both;
}

/** @internal memoises `compute` under `key` for the life of the context. */
function cached<T>(context: EtaContext, key: string, compute: () => T): T {
  const known = context.cache.get(key);
  if (known !== undefined || context.cache.has(key)) return known as T;
  const value = compute();
  context.cache.set(key, value);
  return value;
}

/**
 * @internal the delivery window for a route, a cut-off and a transit range; or, when the ship day, the handover or
 * the ETA falls after the last day a calendar covers, the `ETA_BEYOND_CALENDAR` reason. A date before a calendar's
 * first day still throws `CALENDAR_OUT_OF_RANGE` (the calendars do not match the ship date).
 */
export function estimateEta(
  context: EtaContext,
  route: { origin: string; destination: string },
  cutoff: { time: string; timeZone: string } | undefined,
  days: { min: number; max: number },
): ShippingEta | EtaBeyondCalendar {
  const key = `${route.origin}|${route.destination}|${cutoff?.time}|${cutoff?.timeZone}|${days.min}|${days.max}`;
  return cached(context, key, () => etaFrom(context, route, cutoff, days, key));
}

/** `key` names the cut-off and transit days (with or without the route: the calendars are keyed apart). */
function etaFrom(
  context: EtaContext,
  route: { origin: string; destination: string },
  cutoff: { time: string; timeZone: string } | undefined,
  days: { min: number; max: number },
  key: string,
): ShippingEta | EtaBeyondCalendar {
  const assumed: string[] = [];
  const origin = calendarOf(context, route.origin, assumed);
  const destination = route.destination === route.origin ? origin : calendarOf(context, route.destination, assumed);
  const window = transitWindow(context.shipAt, origin, destination, cutoff, days, key);
  if (isShortfall(window)) {
    return etaBeyondCalendarReason(window, routeCalendars(route, origin, destination, assumed), cutoff, days);
  }
  return Object.freeze({
    handoverDate: window.handoverDate,
    earliest: window.earliest,
    latest: window.latest,
    minBusinessDays: days.min,
    maxBusinessDays: days.max,
    calendarIds: origin === destination ? [origin.id] : [origin.id, destination.id],
    assumedCalendars: assumed,
  });
}

/** The dates of a delivery window. */
interface TransitWindow {
  readonly handoverDate: LocalDate;
  readonly earliest: LocalDate;
  readonly latest: LocalDate;
}

/** The calendars of a route's origin and destination, flagged when Monday to Friday was assumed. */
function routeCalendars(
  route: { origin: string; destination: string },
  origin: BusinessCalendar,
  destination: BusinessCalendar,
  assumed: readonly string[],
): RouteCalendar[] {
  return [
    { country: route.origin, calendar: origin, assumed: assumed.includes(route.origin) },
    { country: route.destination, calendar: destination, assumed: assumed.includes(route.destination) },
  ];
}

/** Windows (or shortfalls) by origin calendar, destination calendar, ship instant and cut-off/transit key. */
type WindowMemo = Map<number, Map<string, TransitWindow | CalendarShortfall>>;
const windows = new WeakMap<BusinessCalendar, WeakMap<BusinessCalendar, WindowMemo>>();
const WINDOW_LIMIT = 4096;

/**
 * The handover, earliest and latest dates, memoised across calls: thousands of shipments leaving at the same moment
 * on the same cards ask for the same few windows. Calendars are immutable ports, so answers never go stale. When a
 * calendar ends first, the answer (memoised too) is the shortfall.
 */
function transitWindow(
  shipAt: Date,
  origin: BusinessCalendar,
  destination: BusinessCalendar,
  cutoff: { time: string; timeZone: string } | undefined,
  days: { min: number; max: number },
  key: string,
): TransitWindow | CalendarShortfall {
  let byDestination = windows.get(origin);
  if (!byDestination) {
    byDestination = new WeakMap();
    windows.set(origin, byDestination);
  }
  let byInstant = byDestination.get(destination);
  if (!byInstant) {
    byInstant = new Map();
    byDestination.set(destination, byInstant);
  }
  const instant = shipAt.getTime();
  let byKey = byInstant.get(instant);
  if (!byKey) {
    if (byInstant.size >= WINDOW_LIMIT) byInstant.clear();
    byKey = new Map();
    byInstant.set(instant, byKey);
  }
  let window = byKey.get(key);
  if (!window) {
    if (byKey.size >= WINDOW_LIMIT) byKey.clear();
    window = datedWindow(shipAt, origin, destination, cutoff, days);
    byKey.set(key, window);
  }
  return window;
}

/**
 * The window's dates, or the shortfall when the ship day, the handover or the ETA lies after the last day the
 * calendars cover. Dates before a calendar's first day throw.
 */
function datedWindow(
  shipAt: Date,
  origin: BusinessCalendar,
  destination: BusinessCalendar,
  cutoff: { time: string; timeZone: string } | undefined,
  days: { min: number; max: number },
): TransitWindow | CalendarShortfall {
  const shipDay = () => cachedLocalDateIn(shipAt, cutoff?.timeZone ?? origin.timeZone);
  const handoverDate = unlessBeyondEnd(
    () => handover(shipAt, origin, cutoff),
    () => {
      const day = shipDay();
      return day < origin.validFrom
        ? undefined
        : { stage: "handover", shipDay: day, handoverDate: undefined, ends: origin.validTo };
    },
  );
  if (isShortfall(handoverDate)) return handoverDate;
  const transit = transitCalendar(origin, destination);
  const beyondTransit = (): CalendarShortfall | undefined =>
    handoverDate < transit.validFrom
      ? undefined
      : { stage: "transit", shipDay: shipDay(), handoverDate, ends: transit.validTo };
  const earliest = unlessBeyondEnd(() => cachedAddBusinessDays(transit, handoverDate, days.min), beyondTransit);
  if (isShortfall(earliest)) return earliest;
  const latest = unlessBeyondEnd(() => cachedAddBusinessDays(transit, handoverDate, days.max), beyondTransit);
  if (isShortfall(latest)) return latest;
  return { handoverDate, earliest, latest };
}

/** The first origin business day the carrier has the parcel, the cut-off read in the card's time zone. */
function handover(
  shipAt: Date,
  origin: BusinessCalendar,
  cutoff: { time: string; timeZone: string } | undefined,
): LocalDate {
  const zone = cutoff?.timeZone ?? origin.timeZone;
  const view = zone === origin.timeZone ? origin : inZone(origin, zone);
  return cachedApplyCutoff(view, shipAt, cutoff?.time ?? "23:59");
}

/**
 * @internal the window of an outside rate that gives a delivery date rather than transit days; the
 * `ETA_BEYOND_CALENDAR` reason when the handover, or the date (when the days must be counted), lies after the last
 * day a calendar covers.
 */
export function etaToDate(
  context: EtaContext,
  route: { origin: string; destination: string },
  date: LocalDate,
  days: number | undefined,
): ShippingEta | EtaBeyondCalendar {
  const start = estimateEta(context, route, undefined, { min: 0, max: 0 });
  if (isBeyondCalendar(start)) return start;
  const assumed: string[] = [];
  const origin = calendarOf(context, route.origin, assumed);
  const destination = route.destination === route.origin ? origin : calendarOf(context, route.destination, assumed);
  let transit = days;
  if (transit === undefined) {
    const both = transitCalendar(origin, destination);
    const counted = unlessBeyondEnd(
      () => businessDaysBetween(both, start.handoverDate, date),
      () =>
        date > both.validTo
          ? {
              stage: "delivery-date",
              shipDay: cachedLocalDateIn(context.shipAt, origin.timeZone),
              handoverDate: start.handoverDate,
              deliveryDate: date,
              ends: both.validTo,
            }
          : undefined,
    );
    if (isShortfall(counted)) {
      const sides = routeCalendars(route, origin, destination, assumed);
      return etaBeyondCalendarReason(counted, sides, undefined, { min: 0, max: 0 });
    }
    transit = Math.max(0, counted);
  }
  return Object.freeze({ ...start, earliest: date, latest: date, minBusinessDays: transit, maxBusinessDays: transit });
}

/** @internal whether a window could not be dated (a calendar ends first). */
export function isBeyondCalendar(eta: ShippingEta | EtaBeyondCalendar): eta is EtaBeyondCalendar {
  return "beyondCalendar" in eta;
}

/** The same business days read in another time zone (the card's cut-off zone), memoised per calendar and zone. */
function inZone(calendar: BusinessCalendar, timeZone: string): BusinessCalendar {
  let byZone = zoneViews.get(calendar);
  if (!byZone) {
    byZone = new Map();
    zoneViews.set(calendar, byZone);
  }
  let view = byZone.get(timeZone);
  if (!view) {
    view = Object.freeze({
      id: calendar.id,
      timeZone,
      validFrom: calendar.validFrom,
      validTo: calendar.validTo,
      isBusinessDay: (date: string) => calendar.isBusinessDay(date),
    });
    byZone.set(timeZone, view);
  }
  return view;
}
