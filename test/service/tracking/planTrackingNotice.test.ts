import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { assessShipmentTracking, normaliseTrackingEvent } from "../../../src/logistics/index.js";
import { planTrackingNotice, trackingNoticeTemplates } from "../../../src/service/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const shipment = { orderId: "302-1", shipmentId: "SHP-9", trackingNumber: "1Z999", carrier: "UPS" };
const buyer = { name: "Anna", channel: "email", language: "en" };
const delayed = (at: string) => ({
  ...shipment,
  type: "delayed",
  at,
  promisedDate: "2026-03-06",
  expectedDate: "2026-03-09",
});
const plan = (trigger: unknown, sent: { type: never | string; shipmentId: string; at: string }[] = [], b = buyer) =>
  planTrackingNotice({ trigger, buyer: b, sent: sent as never, templates: trackingNoticeTemplates });

describe("planTrackingNotice", () => {
  it("announces a shipment in the buyer's language", () => {
    const r = plan({ ...shipment, type: "shipped", at: "2026-03-02T08:00:00Z" });
    expect(r.ok && r.value.reply.body).toBe(
      "Hello Anna, your order 302-1 is on its way with UPS, tracking number 1Z999.",
    );
    expect(r.ok && r.value.record).toEqual({
      type: "shipped",
      shipmentId: "SHP-9",
      at: new Date("2026-03-02T08:00:00Z"),
    });
    const de = plan(delayed("2026-03-05T10:00:00Z"), [], { ...buyer, language: "de" });
    expect(de.ok && de.value.reply.body).toBe(
      "Hallo Anna, leider verzögert sich Ihre Bestellung 302-1 (UPS 1Z999). Sie wird jetzt am 2026-03-09 erwartet.",
    );
    const zh = plan({ ...shipment, type: "customs-hold", at: "2026-03-04T10:00:00Z" }, [], {
      ...buyer,
      language: "zh-CN",
      channel: "marketplace",
    });
    expect(zh.ok && [zh.value.channel, zh.value.reply.subject]).toEqual(["marketplace", "订单302-1正在清关"]);
  });
  it("announces each milestone once", () => {
    const r = plan({ ...shipment, type: "shipped", at: "2026-03-02T09:00:00Z" }, [
      { type: "shipped", shipmentId: "SHP-9", at: "2026-03-02T08:00:00Z" },
    ]);
    expect(!r.ok && r.error.code).toBe("NOTICE_DUPLICATE");
    const other = plan({ ...shipment, shipmentId: "SHP-10", type: "shipped", at: "2026-03-02T09:00:00Z" }, [
      { type: "shipped", shipmentId: "SHP-9", at: "2026-03-02T08:00:00Z" },
    ]);
    expect(other.ok).toBe(true);
  });
  it("sends one delay notice per shipment per 3 days", () => {
    const sent = [{ type: "delayed", shipmentId: "SHP-9", at: "2026-03-05T10:00:00Z" }];
    const soon = plan(delayed("2026-03-07T10:00:00Z"), sent);
    expect(!soon.ok && soon.error).toMatchObject({
      code: "NOTICE_THROTTLED",
      nextAllowedAt: new Date("2026-03-08T10:00:00Z"),
    });
    expect(plan(delayed("2026-03-08T10:00:00Z"), sent).ok).toBe(true);
  });
  it("says nothing but exceptions after delivery", () => {
    const sent = [{ type: "delivered", shipmentId: "SHP-9", at: "2026-03-09T10:00:00Z" }];
    const late = plan(delayed("2026-03-09T11:00:00Z"), sent);
    expect(!late.ok && late.error.code).toBe("NOTICE_SUPERSEDED");
    expect(plan({ ...shipment, type: "exception", at: "2026-03-09T12:00:00Z", detail: "damaged" }, sent).ok).toBe(true);
  });
  it("refuses a delay without its new date, and an unknown trigger type", () => {
    for (const [trigger, path] of [
      [{ ...shipment, type: "delayed", at: "2026-03-05T10:00:00Z" }, ["input", "trigger", "expectedDate"]],
      [{ ...shipment, type: "lost", at: "2026-03-05T10:00:00Z" }, ["input", "trigger", "type"]],
    ] as const) {
      try {
        plan(trigger);
        expect.unreachable();
      } catch (e) {
        expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
        expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(path);
      }
    }
  });
});

describe("planTrackingNotice fed by the logistics area", () => {
  it("accepts the triggers assessShipmentTracking emits, snake_case types and dedupe keys included", () => {
    const assessment = assessShipmentTracking({
      shipment: { ...shipment, promisedDate: "2026-10-14" },
      events: [
        normaliseTrackingEvent({
          vendor: "17track",
          status: "InTransit",
          subStatus: "InTransit_PickedUp",
          at: "2026-10-09T02:00:00Z",
        }),
        normaliseTrackingEvent({
          vendor: "aftership",
          status: "Exception",
          subStatus: "Exception_004",
          at: "2026-10-13T08:00:00Z",
        }),
      ],
      now: "2026-10-15T12:00:00Z",
      timeZone: "Europe/Berlin",
    });
    const hold = assessment.triggers.find((trigger) => trigger.type === "customs_hold");
    const notice = plan(hold);
    expect(notice.ok && notice.value.record.type).toBe("customs-hold");
    expect(notice.ok && notice.value.reply.body).toContain("302-1");
    // A delay notice needs the carrier's new estimate, which tracking alone cannot give: the host adds it.
    const delay = assessment.triggers.find((trigger) => trigger.type === "delayed");
    expectOpsError(() => plan(delay), "INVALID_ARGUMENT", ["input", "trigger", "expectedDate"]);
    const withDate = plan({ ...delay, expectedDate: "2026-10-19" });
    expect(withDate.ok && withDate.value.record.type).toBe("delayed");
  });
});
