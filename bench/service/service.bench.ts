import { bench, describe } from "vitest";
import { CN_2026, money } from "../../src/core/index.js";
import { addSupportTime, calculateRefund, computeSlaStatus, createSupportCalendar } from "../../src/service/index.js";

const calendar = createSupportCalendar(
  {
    id: "cn",
    timeZone: "Asia/Shanghai",
    hours: [
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "18:00" },
    ],
  },
  CN_2026,
);
const policy = {
  id: "p",
  clock: "business",
  warnBeforeMinutes: 30,
  targets: { normal: { firstReplyMinutes: 240, nextReplyMinutes: 120, resolutionMinutes: 2400 } },
};
const types = ["customer-message", "agent-reply", "waiting-on-customer", "customer-message", "agent-reply"] as const;
const events = Array.from({ length: 20 }, (_, i) => ({
  type: types[i % types.length] as string,
  at: new Date(Date.parse("2026-02-10T01:00:00Z") + i * 5 * 3_600_000),
}));
const order = {
  currency: "USD",
  lines: Array.from({ length: 20 }, (_, i) => ({
    lineId: `L${i}`,
    sku: `SKU-${i}`,
    unitPrice: money(`${10 + i}.99`, "USD"),
    quantity: 3,
  })),
  orderDiscount: money("17.00", "USD"),
  shipping: money("12.99", "USD"),
};

describe("service", () => {
  bench("computeSlaStatus, 20 events, business hours across Spring Festival", () => {
    computeSlaStatus({ conversation: { priority: "normal", events }, policy, calendar, now: "2026-02-26T00:00:00Z" });
  });
  bench("addSupportTime, 2400 open minutes across Spring Festival", () => {
    addSupportTime(calendar, "2026-02-13T09:00:00Z", 2400);
  });
  bench("calculateRefund, 20-line order, 5 lines returned", () => {
    calculateRefund({
      order,
      returnLines: [0, 4, 8, 12, 16].map((i) => ({ lineId: `L${i}`, quantity: 2 })),
      refundOriginalShipping: true,
      restockingFeeRate: "0.15",
    });
  });
});
