import { describe, expect, it } from "vitest";
import { type DevelopmentPlan, scheduleDevelopmentPlan } from "../../../src/admission/index.js";
import { CN_2026, createBusinessCalendar, isCrossborderOpsError } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const cn = createBusinessCalendar(CN_2026);
const plan: DevelopmentPlan = {
  start: "2026-06-15",
  baselineFinish: "2026-08-10",
  tasks: [
    { id: "prd", name: "Requirements", owner: "pm.wang", durationDays: 5 },
    {
      id: "design",
      name: "Design",
      owner: "rd.sun",
      durationDays: 10,
      dependsOn: ["prd"],
      baselineFinish: "2026-07-03",
    },
    { id: "tooling", name: "Mould making", owner: "factory", durationDays: 15, dependsOn: ["design"] },
    { id: "packaging", name: "Packaging design", owner: "mkt.chen", durationDays: 5, dependsOn: ["design"] },
    { id: "samples", name: "T1 samples", owner: "factory", durationDays: 3, dependsOn: ["tooling"] },
    { id: "test", name: "Testing", owner: "qa.zhang", durationDays: 5, dependsOn: ["samples", "packaging"] },
    { id: "gate", name: "Gate review", owner: "gm.zhou", durationDays: 0, dependsOn: ["test"] },
  ],
};

describe("scheduleDevelopmentPlan", () => {
  it("computes early/late dates, slack, the critical path and the forecast over CN business days", () => {
    const s = scheduleDevelopmentPlan(cn, plan);
    expect(s.tasks.map((t) => [t.id, t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.slack])).toEqual([
      ["prd", 0, 5, 0, 5, 0],
      ["design", 5, 15, 5, 15, 0],
      ["tooling", 15, 30, 15, 30, 0],
      ["packaging", 15, 20, 28, 33, 13],
      ["samples", 30, 33, 30, 33, 0],
      ["test", 33, 38, 33, 38, 0],
      ["gate", 38, 38, 38, 38, 0],
    ]);
    expect(s.criticalPath).toEqual(["prd", "design", "tooling", "samples", "test", "gate"]);
    // Dragon Boat Festival, 19 June, is skipped
    expect(s.tasks.map((t) => [t.id, t.startDate, t.finishDate])).toEqual([
      ["prd", "2026-06-15", "2026-06-22"],
      ["design", "2026-06-23", "2026-07-06"],
      ["tooling", "2026-07-07", "2026-07-27"],
      ["packaging", "2026-07-07", "2026-07-13"],
      ["samples", "2026-07-28", "2026-07-30"],
      ["test", "2026-07-31", "2026-08-06"],
      ["gate", "2026-08-06", "2026-08-06"],
    ]);
    expect(s.forecastFinish).toBe("2026-08-06");
    expect(s.durationDays).toBe(38);
  });

  it("shows slippage against the baseline in business days (positive when late)", () => {
    const s = scheduleDevelopmentPlan(cn, plan);
    expect(s.tasks[1]).toMatchObject({ baselineFinish: "2026-07-03", slippageDays: 1 });
    expect(s.slippageDays).toBe(-2);
  });

  it("forecasts from actual finishes and the status date", () => {
    const s = scheduleDevelopmentPlan(cn, {
      ...plan,
      statusDate: "2026-07-10",
      tasks: plan.tasks.map((t) =>
        t.id === "prd"
          ? { ...t, actualFinish: "2026-06-22" }
          : t.id === "design"
            ? { ...t, actualFinish: "2026-07-09" }
            : t,
      ),
    });
    // design finished 3 business days late; remaining work starts after the status date, Monday 13 July
    expect(s.tasks.map((t) => [t.id, t.done, t.startDate, t.finishDate])).toEqual([
      ["prd", true, "2026-06-15", "2026-06-22"],
      ["design", true, "2026-06-26", "2026-07-09"],
      ["tooling", false, "2026-07-13", "2026-07-31"],
      ["packaging", false, "2026-07-13", "2026-07-17"],
      ["samples", false, "2026-08-03", "2026-08-05"],
      ["test", false, "2026-08-06", "2026-08-12"],
      ["gate", false, "2026-08-12", "2026-08-12"],
    ]);
    expect(s.criticalPath).toEqual(["tooling", "samples", "test", "gate"]);
    expect(s.forecastFinish).toBe("2026-08-12");
    expect(s.slippageDays).toBe(2);
    expect(s.tasks[1]?.slippageDays).toBe(4);
  });

  it("skips Golden Week and counts the make-up Saturday", () => {
    const s = scheduleDevelopmentPlan(cn, {
      start: "2026-09-28",
      tasks: [
        { id: "tooling", name: "Mould making", owner: "factory", durationDays: 5 },
        { id: "t1", name: "T1 samples", owner: "factory", durationDays: 2, dependsOn: ["tooling"] },
      ],
    });
    expect(s.tasks.map((t) => t.finishDate)).toEqual(["2026-10-09", "2026-10-12"]);
  });

  it("starts on the first business day on or after the start date", () => {
    const s = scheduleDevelopmentPlan(cn, {
      start: "2026-06-19",
      tasks: [{ id: "a", name: "A", owner: "x", durationDays: 1 }],
    });
    expect(s.startDate).toBe("2026-06-22");
  });

  it("refuses unknown dependencies, cycles and repeated ids", () => {
    const t = (id: string, dependsOn: string[] = []) => ({ id, name: id, owner: "x", durationDays: 1, dependsOn });
    expectOpsError(
      () => scheduleDevelopmentPlan(cn, { start: "2026-06-15", tasks: [t("a", ["zz"])] }),
      "INVALID_ARGUMENT",
      ["plan", "tasks", 0, "dependsOn", 0],
    );
    expectOpsError(
      () => scheduleDevelopmentPlan(cn, { start: "2026-06-15", tasks: [t("a", ["b"]), t("b", ["a"])] }),
      "INVALID_ARGUMENT",
      ["plan", "tasks", 0, "dependsOn"],
    );
    expectOpsError(
      () => scheduleDevelopmentPlan(cn, { start: "2026-06-15", tasks: [t("a"), t("a")] }),
      "INVALID_ARGUMENT",
      ["plan", "tasks", 1, "id"],
    );
    expectOpsError(
      () => scheduleDevelopmentPlan(cn, { start: "2026-06-15", tasks: [{ ...t("a"), durationDays: 1.5 }] }),
      "INVALID_ARGUMENT",
      ["plan", "tasks", 0, "durationDays"],
    );
  });

  it("reports plans running past the calendar", () => {
    try {
      scheduleDevelopmentPlan(cn, {
        start: "2026-12-01",
        tasks: [{ id: "a", name: "A", owner: "x", durationDays: 60 }],
      });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e, "CALENDAR_OUT_OF_RANGE")).toBe(true);
    }
  });
});
