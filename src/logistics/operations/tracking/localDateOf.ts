import { tz } from "@date-fns/tz";
import { format } from "date-fns";

/** @internal the `YYYY-MM-DD` date of an instant as seen in an IANA time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
}

/** @internal whether a string names an IANA time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
