import type { CalendarData } from "./calendarData.js";

/**
 * United States federal holidays, 2027, on the days they are observed (5 U.S.C. 6103; a Saturday holiday on the
 * Friday before, a Sunday one on the Monday after). Three holidays move in 2027: Juneteenth (Saturday 19 June, observed
 * Friday 18 June), Independence Day (Sunday 4 July, observed Monday 5 July) and Christmas Day (Saturday 25 December,
 * observed Friday 24 December); and New Year's Day 2028 falls on a Saturday, so Friday 31 December 2027 is a holiday.
 * Monday to Friday otherwise, time zone `America/New_York`, covers 2027-01-01 to 2027-12-31. Equal to
 * `usFederalCalendarData({ fromYear: 2027 })`. Days closed by executive order are announced late in the year; add
 * them to the data if one is declared.
 *
 * @example
 * ```ts
 * const us = createBusinessCalendar(US_2027);
 * us.isBusinessDay("2027-07-05"); // false: Independence Day (observed)
 * us.isBusinessDay("2027-12-31"); // false: New Year's Day 2028 (observed)
 * ```
 */
export const US_2027: CalendarData = {
  id: "US-2027",
  country: "US",
  timeZone: "America/New_York",
  weekend: [0, 6],
  holidays: [
    { date: "2027-01-01", name: "New Year's Day", nameZh: "元旦" },
    { date: "2027-01-18", name: "Birthday of Martin Luther King, Jr.", nameZh: "马丁·路德·金纪念日" },
    { date: "2027-02-15", name: "Washington's Birthday", nameZh: "华盛顿诞辰纪念日（总统日）" },
    { date: "2027-05-31", name: "Memorial Day", nameZh: "阵亡将士纪念日" },
    {
      date: "2027-06-18",
      name: "Juneteenth National Independence Day (observed; June 19 is a Saturday)",
      nameZh: "六月节（6月19日为周六，提前至周五）",
    },
    {
      date: "2027-07-05",
      name: "Independence Day (observed; July 4 is a Sunday)",
      nameZh: "独立日（7月4日为周日，顺延至周一）",
    },
    { date: "2027-09-06", name: "Labor Day", nameZh: "劳动节" },
    { date: "2027-10-11", name: "Columbus Day", nameZh: "哥伦布日" },
    { date: "2027-11-11", name: "Veterans Day", nameZh: "退伍军人节" },
    { date: "2027-11-25", name: "Thanksgiving Day", nameZh: "感恩节" },
    {
      date: "2027-12-24",
      name: "Christmas Day (observed; December 25 is a Saturday)",
      nameZh: "圣诞节（12月25日为周六，提前至周五）",
    },
    {
      date: "2027-12-31",
      name: "New Year's Day (observed; January 1, 2028 is a Saturday)",
      nameZh: "元旦（2028年1月1日为周六，提前至周五）",
    },
  ],
  workingDays: [],
  validFrom: "2027-01-01",
  validTo: "2027-12-31",
  sources: [
    "5 U.S.C. 6103 (holidays of federal employees, and observance of holidays falling on a weekend)",
    "U.S. Office of Personnel Management, Federal Holidays: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
  ],
};
