import { describe, expect, it } from "vitest";
import { overduePatrolRounds, planPatrolRounds } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

describe("planPatrolRounds", () => {
  it("plans a round every 2 hours over an 8:00-17:30 shift (Beijing time)", () => {
    const rounds = planPatrolRounds({
      from: "2026-03-02T08:00:00+08:00",
      to: "2026-03-02T17:30:00+08:00",
      everyMinutes: 120,
    });
    expect(rounds).toEqual([
      { round: 1, dueAt: "2026-03-02T02:00:00.000Z" },
      { round: 2, dueAt: "2026-03-02T04:00:00.000Z" },
      { round: 3, dueAt: "2026-03-02T06:00:00.000Z" },
      { round: 4, dueAt: "2026-03-02T08:00:00.000Z" },
    ]);
  });

  it("includes a round due exactly at the end", () => {
    expect(
      planPatrolRounds({ from: "2026-03-02T00:00:00Z", to: "2026-03-02T01:00:00Z", everyMinutes: 30 }),
    ).toHaveLength(2);
  });

  it("refuses an empty shift or a silly frequency", () => {
    expectInvalid(
      () => planPatrolRounds({ from: "2026-03-02T08:00:00Z", to: "2026-03-02T08:00:00Z", everyMinutes: 60 }),
      ["plan", "to"],
    );
    expectInvalid(
      () => planPatrolRounds({ from: "2026-03-02T08:00:00Z", to: "2026-03-02T18:00:00Z", everyMinutes: 0 }),
      ["plan", "everyMinutes"],
    );
    expectInvalid(
      () => planPatrolRounds({ from: "2026-03-02T08:00:00Z", to: "2026-03-02T18:00:00Z", everyMinutes: Number.NaN }),
      ["plan", "everyMinutes"],
    );
  });
});

describe("overduePatrolRounds", () => {
  const rounds = planPatrolRounds({ from: "2026-03-02T00:00:00Z", to: "2026-03-02T08:00:00Z", everyMinutes: 120 });

  it("lists rounds past due plus grace and not done", () => {
    expect(overduePatrolRounds({ rounds, completedRounds: [1], now: "2026-03-02T04:30:00Z" })).toEqual([
      { round: 2, dueAt: "2026-03-02T04:00:00.000Z" },
    ]);
    expect(overduePatrolRounds({ rounds, completedRounds: [1], now: "2026-03-02T04:14:59Z" })).toEqual([]);
    expect(
      overduePatrolRounds({ rounds, completedRounds: [1], now: "2026-03-02T04:10:00Z", graceMinutes: 0 }),
    ).toHaveLength(1);
  });

  it("refuses bad input", () => {
    expectInvalid(
      () => overduePatrolRounds({ rounds, completedRounds: [0], now: "2026-03-02T04:30:00Z" }),
      ["input", "completedRounds", 0],
    );
    expectInvalid(() => overduePatrolRounds({ rounds, completedRounds: [], now: "later" }), ["input", "now"]);
  });
});
