import { TZDate } from "@date-fns/tz";

/** @internal weekday of a `YYYY-MM-DD` date as core's calendars count it: 0 = Sunday … 6 = Saturday. */
export function weekdayOfDate(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** @internal the `YYYY-MM-DD` date `days` days after `date` (negative goes back). */
export function shiftLocalDate(date: string, days: number): string {
  const base = new Date(`${date}T00:00:00Z`);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

/** @internal the local `YYYY-MM-DD` date of an instant (milliseconds) in a time zone. */
export function localDateOf(instant: number, timeZone: string): string {
  const zoned = new TZDate(instant, timeZone);
  const y = zoned.getFullYear();
  const m = zoned.getMonth() + 1;
  const d = zoned.getDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** @internal the instant (milliseconds) of a wall-clock time `HH:mm` (up to `24:00`) on a local date in a zone. */
export function instantAt(date: string, clock: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = clock.split(":").map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, 0, 0, timeZone).getTime();
}

/** @internal `YYYY-MM-DD HH:mm` of an instant in a zone: locale-neutral, deterministic. */
export function formatLocalDateTime(instant: number, timeZone: string): string {
  const zoned = new TZDate(instant, timeZone);
  const hh = String(zoned.getHours()).padStart(2, "0");
  const mm = String(zoned.getMinutes()).padStart(2, "0");
  return `${localDateOf(instant, timeZone)} ${hh}:${mm}`;
}

/** @internal whether a string names an IANA time zone the runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
