import { bench, describe } from "vitest";
import {
  addBusinessDays,
  type BusinessCalendar,
  businessDaysBetween,
  CN_2026,
  createBusinessCalendar,
} from "../../src/core/index.js";

const cn = createBusinessCalendar(CN_2026);
const host: BusinessCalendar = {
  id: "host",
  timeZone: cn.timeZone,
  validFrom: cn.validFrom,
  validTo: cn.validTo,
  isBusinessDay: (date) => cn.isBusinessDay(date),
};

describe("addBusinessDays of 200 business days", () => {
  bench("in-memory calendar (indexed)", () => {
    addBusinessDays(cn, "2026-01-05", 200);
  });
  bench("host implementation of the port (day by day)", () => {
    addBusinessDays(host, "2026-01-05", 200);
  });
});

describe("businessDaysBetween over the whole year", () => {
  bench("in-memory calendar (indexed)", () => {
    businessDaysBetween(cn, "2026-01-01", "2026-12-31");
  });
});
