import { normaliseTrackingEvent, type TrackingEvent } from "../../../../src/logistics/operations/index.js";

/** A parcel from Shenzhen to Berlin, as AfterShip reports it (times UTC). */
export function berlinParcelEvents(): TrackingEvent[] {
  return [
    { vendor: "aftership", status: "InfoReceived", subStatus: "InfoReceived_001", at: "2026-10-08T03:00:00Z" },
    {
      vendor: "aftership",
      status: "InTransit",
      subStatus: "InTransit_002",
      at: "2026-10-09T02:00:00Z",
      location: "Shenzhen, CN",
    },
    {
      vendor: "aftership",
      status: "InTransit",
      subStatus: "InTransit_007",
      at: "2026-10-11T06:00:00Z",
      location: "Shenzhen, CN",
    },
    {
      vendor: "aftership",
      status: "Exception",
      subStatus: "Exception_004",
      at: "2026-10-13T08:00:00Z",
      location: "Leipzig, DE",
    },
    {
      vendor: "aftership",
      status: "InTransit",
      subStatus: "InTransit_005",
      at: "2026-10-15T09:00:00Z",
      location: "Leipzig, DE",
    },
    {
      vendor: "aftership",
      status: "OutForDelivery",
      subStatus: "OutForDelivery_001",
      at: "2026-10-16T06:30:00Z",
      location: "Berlin, DE",
    },
    {
      vendor: "aftership",
      status: "Delivered",
      subStatus: "Delivered_003",
      at: "2026-10-16T14:00:00Z",
      location: "Berlin, DE",
    },
    { vendor: "aftership", status: "InTransit", subStatus: "InTransit_001", at: "2026-10-17T01:00:00Z" },
  ].map((event) => normaliseTrackingEvent(event as Parameters<typeof normaliseTrackingEvent>[0]));
}

export const berlinShipment = {
  orderId: "SO-1001",
  shipmentId: "SO-1001-1",
  trackingNumber: "LX123456789CN",
  carrier: "DHL eCommerce",
  promisedDate: "2026-10-14",
} as const;
