import { describe, expect, it } from "vitest";
import { CN_2026, isCrossborderOpsError } from "../../../src/core/index.js";
import { createSupportCalendar, serviceKpis, serviceMessages } from "../../../src/service/index.js";
import { shanghaiHours } from "../fixtures.js";

const conv = (...events: [string, string][]) => ({ events: events.map(([type, at]) => ({ type, at })) }) as never;
const input = {
  conversations: [
    conv(
      ["customer-message", "2026-03-02T01:00:00Z"],
      ["agent-reply", "2026-03-02T01:30:00Z"],
      ["resolved", "2026-03-02T03:00:00Z"],
    ),
    conv(["customer-message", "2026-03-02T02:00:00Z"], ["agent-reply", "2026-03-02T03:00:00Z"]),
    conv(["customer-message", "2026-03-06T09:00:00Z"], ["agent-reply", "2026-03-06T13:00:00Z"]),
    conv(["customer-message", "2026-03-06T09:00:00Z"]),
  ],
  orders: 1200,
  complaints: 3,
  returns: [
    { sku: "LAMP-01", reason: "defective" as const, quantity: 2 },
    { sku: "LAMP-01", reason: "changed-mind" as const, quantity: 1 },
    { sku: "TEE-M", reason: "wrong-size" as const, quantity: 5 },
  ],
  unitsSold: [
    { sku: "LAMP-01", quantity: 400 },
    { sku: "TEE-M", quantity: 100 },
  ],
};

describe("serviceKpis", () => {
  it("computes response times, complaint ratio and return rates", () => {
    const k = serviceKpis(input);
    expect(k.firstResponse).toEqual({ count: 3, meanMinutes: 110, medianMinutes: 60, p90Minutes: 240 });
    expect(k.resolution).toEqual({ count: 1, meanMinutes: 120, medianMinutes: 120, p90Minutes: 120 });
    expect(k.complaintsPer1000Orders).toBe("2.50");
    expect(k.returnRateBySku).toEqual({
      "LAMP-01": { returned: 3, sold: 400, rate: "0.0075" },
      "TEE-M": { returned: 5, sold: 100, rate: "0.0500" },
    });
    expect(k.returnRateByReason).toEqual({
      defective: { returned: 2, sold: 500, rate: "0.0040" },
      "changed-mind": { returned: 1, sold: 500, rate: "0.0020" },
      "wrong-size": { returned: 5, sold: 500, rate: "0.0100" },
    });
  });
  it("counts open support minutes with a calendar: Friday 17:00 to 21:00 is 60 minutes", () => {
    const k = serviceKpis(input, createSupportCalendar(shanghaiHours, CN_2026));
    expect(k.firstResponse).toEqual({ count: 3, meanMinutes: 50, medianMinutes: 60, p90Minutes: 60 });
  });
  it("returns nulls, not NaN, for empty periods", () => {
    const k = serviceKpis({ conversations: [], orders: 0, complaints: 0, returns: [], unitsSold: [] });
    expect(k.firstResponse.meanMinutes).toBeNull();
    expect(k.complaintsPer1000Orders).toBeNull();
  });
  it("refuses negative orders", () => {
    try {
      serviceKpis({ ...input, orders: -1 });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "orders"]);
    }
  });
});

describe("serviceMessages", () => {
  it("titles every service code in English and Chinese", () => {
    const codes = [
      "SUPPORT_CALENDAR_NEVER_OPENS",
      "NO_ROUTING_RULE_MATCHED",
      "NO_AUTO_REPLY_WHILE_OPEN",
      "TEMPLATE_NOT_FOUND",
      "TEMPLATE_VARIABLE_MISSING",
      "TEMPLATE_VARIABLES_DIFFER",
      "TEMPLATE_DUPLICATE",
      "NOTICE_DUPLICATE",
      "NOTICE_THROTTLED",
      "NOTICE_SUPERSEDED",
      "RETURN_POLICY_NOT_FOUND",
      "RETURN_WINDOW_CLOSED",
      "RETURN_REASON_NOT_ACCEPTED",
      "NON_RETURNABLE_CATEGORY",
      "RETURN_CONDITIONS_NOT_MET",
      "RETURNLESS_COST_EXCEEDS_VALUE",
      "RETURN_WORTH_RECOVERING",
      "RETURN_REQUIRED_ABOVE_CEILING",
    ];
    expect(Object.keys(serviceMessages).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(serviceMessages[code]?.en).toMatch(/\w/);
      expect(serviceMessages[code]?.["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
