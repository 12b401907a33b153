import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { resolveKpiPeriod } from "../../../src/suppliers/index.js";

describe("resolveKpiPeriod", () => {
  it("resolves months (leap years too), quarters and rolling windows", () => {
    expect(resolveKpiPeriod({ kind: "month", month: "2026-02" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(resolveKpiPeriod({ kind: "month", month: "2028-02" })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(resolveKpiPeriod({ kind: "month", month: "2026-12" })).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(resolveKpiPeriod({ kind: "quarter", year: 2026, quarter: 1 })).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(resolveKpiPeriod({ kind: "quarter", year: 2026, quarter: 4 })).toEqual({
      from: "2026-10-01",
      to: "2026-12-31",
    });
    expect(resolveKpiPeriod({ kind: "rolling", days: 30, endingOn: "2026-04-30" })).toEqual({
      from: "2026-04-01",
      to: "2026-04-30",
    });
    expect(resolveKpiPeriod({ kind: "rolling", days: 1, endingOn: "2026-03-01" })).toEqual({
      from: "2026-03-01",
      to: "2026-03-01",
    });
  });

  it("refuses a malformed period", () => {
    try {
      resolveKpiPeriod({ kind: "quarter", year: 2026, quarter: 5 });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["period", "quarter"]);
    }
    expect(() => resolveKpiPeriod({ kind: "month", month: "2026-13" })).toThrow(/YYYY-MM/);
  });
});
