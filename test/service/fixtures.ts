import type { SupportDayCalendar } from "../../src/service/index.js";

/**
 * China 2026 from the State Council notice of 4 November 2025 (国办发明电〔2025〕7号): days off and make-up working
 * days. Used until core's CN_2026 preset is merged; the expected values in the tests come from the notice.
 */
const CN_2026_OFF = [
  "2026-01-01",
  "2026-01-02",
  "2026-01-03",
  "2026-02-15",
  "2026-02-16",
  "2026-02-17",
  "2026-02-18",
  "2026-02-19",
  "2026-02-20",
  "2026-02-21",
  "2026-02-22",
  "2026-02-23",
  "2026-04-04",
  "2026-04-05",
  "2026-04-06",
  "2026-05-01",
  "2026-05-02",
  "2026-05-03",
  "2026-05-04",
  "2026-05-05",
  "2026-06-19",
  "2026-06-20",
  "2026-06-21",
  "2026-09-25",
  "2026-09-26",
  "2026-09-27",
  "2026-10-01",
  "2026-10-02",
  "2026-10-03",
  "2026-10-04",
  "2026-10-05",
  "2026-10-06",
  "2026-10-07",
];
const CN_2026_MAKE_UP = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

export function cn2026Days(): SupportDayCalendar {
  const off = new Set(CN_2026_OFF);
  const makeUp = new Set(CN_2026_MAKE_UP);
  return {
    id: "CN-2026",
    timeZone: "Asia/Shanghai",
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
    isBusinessDay(date: string): boolean {
      if (date < "2026-01-01" || date > "2026-12-31") throw new Error(`CALENDAR_OUT_OF_RANGE ${date}`);
      if (makeUp.has(date)) return true;
      if (off.has(date)) return false;
      const day = new Date(`${date}T00:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6;
    },
  };
}

/** Shanghai support desk: 09:00-12:00 and 13:30-18:00 on Chinese working days. */
export const shanghaiHours = {
  id: "cn-support",
  timeZone: "Asia/Shanghai",
  hours: [
    { from: "09:00", to: "12:00" },
    { from: "13:30", to: "18:00" },
  ],
};
