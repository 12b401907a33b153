import { describe, expect, it } from "vitest";
import {
  holidayDateRuleSchema,
  US_FEDERAL_HOLIDAY_RULES,
  usFederalHolidayRuleSchema,
} from "../../../src/core/index.js";

describe("US_FEDERAL_HOLIDAY_RULES", () => {
  it("holds the eleven holidays of 5 U.S.C. 6103(a) in force today", () => {
    const today = US_FEDERAL_HOLIDAY_RULES.filter((rule) => rule.until === undefined);
    expect(today.map((rule) => rule.name)).toEqual([
      "New Year's Day",
      "Birthday of Martin Luther King, Jr.",
      "Washington's Birthday",
      "Memorial Day",
      "Juneteenth National Independence Day",
      "Independence Day",
      "Labor Day",
      "Columbus Day",
      "Veterans Day",
      "Thanksgiving Day",
      "Christmas Day",
    ]);
    for (const rule of US_FEDERAL_HOLIDAY_RULES) expect(usFederalHolidayRuleSchema.safeParse(rule).success).toBe(true);
  });
});

describe("holidayDateRuleSchema", () => {
  it.each([
    [{ kind: "fixed", month: 2, day: 29 }, ["day"]],
    [{ kind: "fixed", month: 4, day: 31 }, ["day"]],
    [{ kind: "fixed", month: 13, day: 1 }, ["month"]],
    [{ kind: "nth-weekday", month: 5, weekday: 7, nth: 1 }, ["weekday"]],
    [{ kind: "nth-weekday", month: 5, weekday: 1, nth: 5 }, ["nth"]],
    [{ kind: "easter" }, ["kind"]],
  ])("rejects %j", (rule, path) => {
    const result = holidayDateRuleSchema.safeParse(rule);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it("rejects a rule that ends before it starts", () => {
    const result = usFederalHolidayRuleSchema.safeParse({
      name: "x",
      date: { kind: "fixed", month: 1, day: 1 },
      since: 2000,
      until: 1999,
    });
    expect(result.error?.issues[0]?.path).toEqual(["until"]);
  });
});
