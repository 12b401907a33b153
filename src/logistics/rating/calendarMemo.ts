import { addBusinessDays, applyCutoff, type BusinessCalendar, type LocalDate, localDateIn } from "../../core/index.js";

/**
 * Bounded memos over core calendar functions. Quoting hundreds of cards for thousands of parcels asks the same few
 * questions again and again (the handover day for one instant and cut-off, the date N business days later); core
 * answers each in tens of microseconds, a memo in well under one. Calendars are immutable ports, so answers never go
 * stale; each table is cleared when it reaches {@link LIMIT} entries, which bounds memory in long-running services.
 */
const LIMIT = 4096;

const cutoffs = new WeakMap<BusinessCalendar, Map<string, LocalDate>>();
const additions = new WeakMap<BusinessCalendar, Map<string, LocalDate>>();
const localDates = new Map<string, LocalDate>();

function tableOf(
  memo: WeakMap<BusinessCalendar, Map<string, LocalDate>>,
  calendar: BusinessCalendar,
): Map<string, LocalDate> {
  let table = memo.get(calendar);
  if (!table) {
    table = new Map();
    memo.set(calendar, table);
  }
  if (table.size >= LIMIT) table.clear();
  return table;
}

/** @internal `applyCutoff`, memoised per calendar, instant and cut-off. */
export function cachedApplyCutoff(calendar: BusinessCalendar, instant: Date, cutoff: string): LocalDate {
  const table = tableOf(cutoffs, calendar);
  const key = `${instant.getTime()}|${cutoff}`;
  let answer = table.get(key);
  if (answer === undefined) {
    answer = applyCutoff(calendar, instant, cutoff);
    table.set(key, answer);
  }
  return answer;
}

/** @internal `addBusinessDays`, memoised per calendar, date and count. */
export function cachedAddBusinessDays(calendar: BusinessCalendar, date: LocalDate, days: number): LocalDate {
  const table = tableOf(additions, calendar);
  const key = `${date}|${days}`;
  let answer = table.get(key);
  if (answer === undefined) {
    answer = addBusinessDays(calendar, date, days);
    table.set(key, answer);
  }
  return answer;
}

/** @internal `localDateIn`, memoised per instant and time zone. */
export function cachedLocalDateIn(instant: Date, timeZone: string): LocalDate {
  const key = `${instant.getTime()}|${timeZone}`;
  let answer = localDates.get(key);
  if (answer === undefined) {
    if (localDates.size >= LIMIT) localDates.clear();
    answer = localDateIn(instant, timeZone);
    localDates.set(key, answer);
  }
  return answer;
}
