import * as z from "zod";

const month = z.number().int().min(1, { message: "must be a month, 1 to 12" }).max(12, { message: "must be 1 to 12" });
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const year = z.number().int({ message: "must be a whole year" }).min(1971, { message: "must be 1971 or later" });

/**
 * When a holiday falls: a fixed day of a month, or the n-th given weekday of a month (`nth: -1` for the last one).
 * Months are 1–12; weekdays 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * ```ts
 * holidayDateRuleSchema.parse({ kind: "nth-weekday", month: 11, weekday: 4, nth: 4 }); // Thanksgiving
 * holidayDateRuleSchema.parse({ kind: "fixed", month: 12, day: 25 }); // Christmas
 * ```
 */
export const holidayDateRuleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("fixed"),
      month,
      day: z.number().int().min(1, { message: "must be a day of the month" }).max(31, { message: "must be 1 to 31" }),
    })
    .refine((rule) => rule.day <= (DAYS_IN_MONTH[rule.month - 1] ?? 31), {
      path: ["day"],
      message: "must be a day every year has (no 29 February, no 31st of a 30-day month)",
    }),
  z.object({
    kind: z.literal("nth-weekday"),
    month,
    weekday: z.number().int().min(0, { message: "must be 0 (Sunday) to 6" }).max(6, { message: "must be 0 to 6" }),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
      message: "must be 1, 2, 3, 4 or -1 (the last)",
    }),
  }),
]);

/**
 * When a holiday falls (see {@link holidayDateRuleSchema}).
 *
 * @example
 * ```ts
 * const memorialDay: HolidayDateRule = { kind: "nth-weekday", month: 5, weekday: 1, nth: -1 };
 * ```
 */
export type HolidayDateRule = z.infer<typeof holidayDateRuleSchema>;

/**
 * One legal public holiday as data: its names, when it falls, and the years it held in this form (`since`, and
 * `until` when the law later changed it), so a calendar for another year uses the rule then in force.
 *
 * @example
 * ```ts
 * usFederalHolidayRuleSchema.parse({
 *   name: "Juneteenth National Independence Day",
 *   nameZh: "六月节",
 *   date: { kind: "fixed", month: 6, day: 19 },
 *   since: 2021,
 * });
 * ```
 */
export const usFederalHolidayRuleSchema = z
  .object({
    name: z.string().min(1, { message: "must name the holiday" }),
    nameZh: z.string().min(1, { message: "must not be empty" }).optional(),
    date: holidayDateRuleSchema,
    since: year,
    until: year.optional(),
  })
  .refine((rule) => rule.until === undefined || rule.until >= rule.since, {
    path: ["until"],
    message: "must not be before since",
  });

/**
 * One legal public holiday as data (see {@link usFederalHolidayRuleSchema}).
 *
 * @example
 * ```ts
 * const christmas: UsFederalHolidayRule = { name: "Christmas Day", nameZh: "圣诞节", date: { kind: "fixed", month: 12, day: 25 }, since: 1971 };
 * ```
 */
export type UsFederalHolidayRule = z.infer<typeof usFederalHolidayRuleSchema>;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), as data with the years each rule held. Monday holidays date from the
 * Uniform Monday Holiday Act (Pub. L. 90-363, in force 1971), which also moved Veterans Day to October until Pub. L.
 * 94-97 brought it back to 11 November from 1978; Martin Luther King Jr.'s birthday from Pub. L. 98-144 (first
 * observed 1986); Juneteenth from Pub. L. 117-17 (17 June 2021). Inauguration Day (Washington, D.C. area only) and
 * days closed by executive order (such as Christmas Eve in some years) are not rules: add them to a calendar's data.
 *
 * @example
 * ```ts
 * US_FEDERAL_HOLIDAY_RULES.find((rule) => rule.name === "Thanksgiving Day")?.date;
 * // { kind: "nth-weekday", month: 11, weekday: 4, nth: 4 }
 * ```
 */
export const US_FEDERAL_HOLIDAY_RULES: readonly UsFederalHolidayRule[] = [
  { name: "New Year's Day", nameZh: "元旦", date: { kind: "fixed", month: 1, day: 1 }, since: 1971 },
  {
    name: "Birthday of Martin Luther King, Jr.",
    nameZh: "马丁·路德·金纪念日",
    date: { kind: "nth-weekday", month: 1, weekday: 1, nth: 3 },
    since: 1986,
  },
  {
    name: "Washington's Birthday",
    nameZh: "华盛顿诞辰纪念日（总统日）",
    date: { kind: "nth-weekday", month: 2, weekday: 1, nth: 3 },
    since: 1971,
  },
  {
    name: "Memorial Day",
    nameZh: "阵亡将士纪念日",
    date: { kind: "nth-weekday", month: 5, weekday: 1, nth: -1 },
    since: 1971,
  },
  {
    name: "Juneteenth National Independence Day",
    nameZh: "六月节",
    date: { kind: "fixed", month: 6, day: 19 },
    since: 2021,
  },
  { name: "Independence Day", nameZh: "独立日", date: { kind: "fixed", month: 7, day: 4 }, since: 1971 },
  { name: "Labor Day", nameZh: "劳动节", date: { kind: "nth-weekday", month: 9, weekday: 1, nth: 1 }, since: 1971 },
  {
    name: "Columbus Day",
    nameZh: "哥伦布日",
    date: { kind: "nth-weekday", month: 10, weekday: 1, nth: 2 },
    since: 1971,
  },
  {
    name: "Veterans Day",
    nameZh: "退伍军人节",
    date: { kind: "nth-weekday", month: 10, weekday: 1, nth: 4 },
    since: 1971,
    until: 1977,
  },
  { name: "Veterans Day", nameZh: "退伍军人节", date: { kind: "fixed", month: 11, day: 11 }, since: 1978 },
  {
    name: "Thanksgiving Day",
    nameZh: "感恩节",
    date: { kind: "nth-weekday", month: 11, weekday: 4, nth: 4 },
    since: 1971,
  },
  { name: "Christmas Day", nameZh: "圣诞节", date: { kind: "fixed", month: 12, day: 25 }, since: 1971 },
];
