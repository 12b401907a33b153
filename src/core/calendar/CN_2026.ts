import type { CalendarData } from "./calendarData.js";

/**
 * Mainland China, 2026: Monday to Friday, except the public holidays and with the weekend make-up working days
 * (调休上班) of the State Council's arrangement (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025).
 * Time zone `Asia/Shanghai`. Covers 2026-01-01 to 2026-12-31. Every day of each holiday period is listed, including
 * the weekend days inside it.
 *
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * cn.isBusinessDay("2026-02-14"); // true: Saturday worked before the Spring Festival
 * cn.isBusinessDay("2026-02-23"); // false: last day of the Spring Festival holiday
 * ```
 */
export const CN_2026: CalendarData = {
  id: "CN-2026",
  country: "CN",
  timeZone: "Asia/Shanghai",
  weekend: [0, 6],
  holidays: [
    { date: "2026-01-01", name: "New Year's Day", nameZh: "元旦" },
    { date: "2026-01-02", name: "New Year's Day", nameZh: "元旦" },
    { date: "2026-01-03", name: "New Year's Day", nameZh: "元旦" },
    { date: "2026-02-15", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-16", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-17", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-18", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-19", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-20", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-21", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-22", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-02-23", name: "Spring Festival", nameZh: "春节" },
    { date: "2026-04-04", name: "Qingming Festival", nameZh: "清明节" },
    { date: "2026-04-05", name: "Qingming Festival", nameZh: "清明节" },
    { date: "2026-04-06", name: "Qingming Festival", nameZh: "清明节" },
    { date: "2026-05-01", name: "Labour Day", nameZh: "劳动节" },
    { date: "2026-05-02", name: "Labour Day", nameZh: "劳动节" },
    { date: "2026-05-03", name: "Labour Day", nameZh: "劳动节" },
    { date: "2026-05-04", name: "Labour Day", nameZh: "劳动节" },
    { date: "2026-05-05", name: "Labour Day", nameZh: "劳动节" },
    { date: "2026-06-19", name: "Dragon Boat Festival", nameZh: "端午节" },
    { date: "2026-06-20", name: "Dragon Boat Festival", nameZh: "端午节" },
    { date: "2026-06-21", name: "Dragon Boat Festival", nameZh: "端午节" },
    { date: "2026-09-25", name: "Mid-Autumn Festival", nameZh: "中秋节" },
    { date: "2026-09-26", name: "Mid-Autumn Festival", nameZh: "中秋节" },
    { date: "2026-09-27", name: "Mid-Autumn Festival", nameZh: "中秋节" },
    { date: "2026-10-01", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-02", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-03", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-04", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-05", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-06", name: "National Day", nameZh: "国庆节" },
    { date: "2026-10-07", name: "National Day", nameZh: "国庆节" },
  ],
  workingDays: [
    { date: "2026-01-04", name: "New Year's Day make-up working day", nameZh: "元旦调休上班" },
    { date: "2026-02-14", name: "Spring Festival make-up working day", nameZh: "春节调休上班" },
    { date: "2026-02-28", name: "Spring Festival make-up working day", nameZh: "春节调休上班" },
    { date: "2026-05-09", name: "Labour Day make-up working day", nameZh: "劳动节调休上班" },
    { date: "2026-09-20", name: "National Day make-up working day", nameZh: "国庆节调休上班" },
    { date: "2026-10-10", name: "National Day make-up working day", nameZh: "国庆节调休上班" },
  ],
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  sources: [
    "国务院办公厅关于2026年部分节假日安排的通知 (General Office of the State Council, 4 November 2025), as published by Xinhua: https://politics.gmw.cn/2025-11/04/content_38391083.htm",
  ],
};
