export { addBusinessDays } from "./addBusinessDays.js";
export { businessDaysBetween } from "./businessDaysBetween.js";
export { CN_2026 } from "./CN_2026.js";
export {
  type CalendarData,
  type CalendarDay,
  calendarDataSchema,
  calendarDaySchema,
  ianaTimeZoneSchema,
} from "./calendarData.js";
export { createBusinessCalendar } from "./createBusinessCalendar.js";
export { applyCutoff, cutoffTimeSchema, localDateIn } from "./cutoff.js";
export { intersectCalendars } from "./intersectCalendars.js";
export { isBusinessDay } from "./isBusinessDay.js";
export { joinCalendarData } from "./joinCalendarData.js";
export { type NextBusinessDayOptions, nextBusinessDay } from "./nextBusinessDay.js";
export type { BusinessCalendar, LocalDate } from "./types.js";
export { US_2026 } from "./US_2026.js";
export { US_2027 } from "./US_2027.js";
export {
  type UsFederalCalendarOptions,
  usFederalCalendarData,
  usFederalCalendarOptionsSchema,
} from "./usFederalCalendarData.js";
export {
  type HolidayDateRule,
  holidayDateRuleSchema,
  US_FEDERAL_HOLIDAY_RULES,
  type UsFederalHolidayRule,
  usFederalHolidayRuleSchema,
} from "./usFederalHolidayRules.js";
