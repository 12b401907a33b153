import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  type BusinessCalendar,
  type CalendarData,
  CN_2026,
  createBusinessCalendar,
  isCrossborderOpsError,
  US_2026,
} from "../core/index.js";

/**
 * Registers a vitest suite for a {@link BusinessCalendar} adapter (for example one backed by the host's holiday
 * table). The factory receives calendar data (the library's CN 2026 and US 2026 presets) and must return a calendar
 * that agrees with the reference adapter on every day of the coverage, including China's make-up working days,
 * reports the same id, zone and coverage, and throws `CALENDAR_OUT_OF_RANGE` outside it.
 *
 * @example
 * ```ts
 * describeBusinessCalendarContract("holiday table", (data) => createCalendarFromMyTable(data));
 * ```
 */
export function describeBusinessCalendarContract(
  name: string,
  factory: (data: CalendarData) => BusinessCalendar,
): void {
  describe(`BusinessCalendar contract: ${name}`, () => {
    for (const data of [CN_2026, US_2026]) {
      it(`agrees with the reference adapter on every day of ${data.id}`, () => {
        const reference = createBusinessCalendar(data);
        const candidate = factory(data);
        expect({
          id: candidate.id,
          timeZone: candidate.timeZone,
          validFrom: candidate.validFrom,
          validTo: candidate.validTo,
        }).toEqual({
          id: reference.id,
          timeZone: reference.timeZone,
          validFrom: reference.validFrom,
          validTo: reference.validTo,
        });
        const day = new Date(`${reference.validFrom}T00:00:00Z`);
        const last = new Date(`${reference.validTo}T00:00:00Z`);
        for (; day <= last; day.setUTCDate(day.getUTCDate() + 1)) {
          const date = day.toISOString().slice(0, 10);
          expect(candidate.isBusinessDay(date), date).toBe(reference.isBusinessDay(date));
        }
        expect(addBusinessDays(candidate, reference.validFrom, 20)).toBe(
          addBusinessDays(reference, reference.validFrom, 20),
        );
      });

      it(`refuses dates outside ${data.id} with CALENDAR_OUT_OF_RANGE`, () => {
        const candidate = factory(data);
        const before = new Date(`${candidate.validFrom}T00:00:00Z`);
        before.setUTCDate(before.getUTCDate() - 1);
        let thrown: unknown;
        try {
          candidate.isBusinessDay(before.toISOString().slice(0, 10));
        } catch (error) {
          thrown = error;
        }
        expect(isCrossborderOpsError(thrown, "CALENDAR_OUT_OF_RANGE")).toBe(true);
      });
    }
  });
}
