import { expectTypeOf, test } from "vitest";
import type {
  FulfilmentEvent,
  NormalisedTrackingStatus,
  ShipmentNotificationTrigger,
  TrackingStatus,
} from "../../../../src/logistics/operations/index.js";

test("the trigger seam is plain JSON", () => {
  expectTypeOf<ShipmentNotificationTrigger["type"]>().toEqualTypeOf<
    "shipped" | "delayed" | "customs_hold" | "out_for_delivery" | "delivered" | "exception"
  >();
  expectTypeOf<ShipmentNotificationTrigger["at"]>().toEqualTypeOf<string>();
  expectTypeOf<ShipmentNotificationTrigger["dedupeKey"]>().toEqualTypeOf<string>();
  expectTypeOf<ShipmentNotificationTrigger["promisedDate"]>().toEqualTypeOf<string | undefined>();
});

test("normalised statuses come from the closed vocabulary", () => {
  expectTypeOf<NormalisedTrackingStatus["status"]>().toEqualTypeOf<TrackingStatus>();
  expectTypeOf<NormalisedTrackingStatus["mappedBy"]>().toEqualTypeOf<"detail" | "status" | "fallback">();
});

test("a REVIEW event must carry the host's check results", () => {
  // @ts-expect-error addressValid and stockAvailable are required
  const missing: FulfilmentEvent = { type: "REVIEW" };
  const complete: FulfilmentEvent = { type: "REVIEW", addressValid: true, stockAvailable: false };
  expectTypeOf(complete).toMatchTypeOf<FulfilmentEvent>();
  void missing;
});
