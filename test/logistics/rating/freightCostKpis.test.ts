import { describe, expect, it } from "vitest";
import { money } from "../../../src/core/index.js";
import { freightCostKpis } from "../../../src/logistics/index.js";
import { expectThrows } from "./helpers.js";

describe("freightCostKpis", () => {
  const kpis = freightCostKpis({
    currency: "USD",
    shipments: [
      {
        method: "express",
        destination: "DE",
        cost: money("30.00", "USD"),
        chargeableWeightKg: "2",
        orders: 1,
        units: 3,
        revenue: money("120.00", "USD"),
      },
      {
        method: "express",
        destination: "US",
        cost: money("45.00", "USD"),
        chargeableWeightKg: "3.5",
        orders: 2,
        units: 2,
        revenue: money("150.00", "USD"),
      },
      {
        method: "postal",
        destination: "US",
        cost: money("10.00", "USD"),
        chargeableWeightKg: "0.3",
        orders: 1,
        units: 1,
      },
    ],
  });

  it("overall: cost per kg, per order, per unit and share of revenue", () => {
    const o = kpis.overall;
    expect(o.cost.amount.toFixed(2)).toBe("85.00");
    expect(o.chargeableWeightKg.toString()).toBe("5.8");
    expect(o.costPerKg?.amount.toFixed(2)).toBe("14.66"); // 85 / 5.8 = 14.655…
    expect(o.costPerOrder?.amount.toFixed(2)).toBe("21.25");
    expect(o.costPerUnit?.amount.toFixed(2)).toBe("14.17"); // 85 / 6
    expect(o.shareOfRevenue?.toString()).toBe("0.3148"); // 85 / 270
  });

  it("by method, by destination and by both, sorted by key", () => {
    expect(kpis.byMethod.map((g) => [g.method, g.costPerKg?.amount.toFixed(2), g.shareOfRevenue?.toString()])).toEqual([
      ["express", "13.64", "0.2778"], // 75 / 5.5; 75 / 270
      ["postal", "33.33", undefined], // no revenue recorded: no share, never Infinity
    ]);
    expect(kpis.byDestination.map((g) => [g.destination, g.cost.amount.toFixed(2)])).toEqual([
      ["DE", "30.00"],
      ["US", "55.00"],
    ]);
    expect(kpis.byMethodAndDestination.map((g) => `${g.method}/${g.destination}`)).toEqual([
      "express/DE",
      "express/US",
      "postal/US",
    ]);
  });

  it("empty input gives zero totals and no ratios", () => {
    const none = freightCostKpis({ currency: "EUR", shipments: [] });
    expect(none.overall.costPerKg).toBeUndefined();
    expect(none.byMethod).toEqual([]);
  });

  it("refuses another currency", () => {
    expectThrows(
      () =>
        freightCostKpis({
          currency: "USD",
          shipments: [
            { method: "m", destination: "DE", cost: money("1", "EUR"), chargeableWeightKg: 1, orders: 1, units: 1 },
          ],
        }),
      "INVALID_ARGUMENT",
      ["input", "shipments", 0, "cost", "currency"],
    );
  });
});
