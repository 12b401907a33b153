import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normaliseTrackingStatus,
  trackingStatusSchema,
  trackingSubStatusSchema,
} from "../../../../src/logistics/operations/index.js";
import { trackingVendorVocabularies } from "../../../../src/logistics/operations/tracking/vendors/trackingVendorVocabularies.js";
import type { TrackingVendor } from "../../../../src/logistics/operations/tracking/vendors/vendorVocabulary.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

type Row = readonly [code: string, status: string, subStatus: string];

// Expected readings, written from each vendor's documentation (see docs/logistics-operations.md).
const mainStatuses: Record<TrackingVendor, readonly Row[]> = {
  aftership: [
    ["Pending", "pending", "awaiting_tracking"],
    ["InfoReceived", "info_received", "label_created"],
    ["InTransit", "in_transit", "in_transit"],
    ["OutForDelivery", "out_for_delivery", "out_for_delivery"],
    ["AttemptFail", "failed_attempt", "attempted"],
    ["Delivered", "delivered", "delivered"],
    ["AvailableForPickup", "available_for_pickup", "awaiting_collection"],
    ["Exception", "exception", "carrier_exception"],
    ["Expired", "expired", "expired"],
  ],
  "17track": [
    ["NotFound", "pending", "awaiting_tracking"],
    ["InfoReceived", "info_received", "label_created"],
    ["InTransit", "in_transit", "in_transit"],
    ["Expired", "expired", "expired"],
    ["AvailableForPickup", "available_for_pickup", "awaiting_collection"],
    ["OutForDelivery", "out_for_delivery", "out_for_delivery"],
    ["DeliveryFailure", "failed_attempt", "attempted"],
    ["Delivered", "delivered", "delivered"],
    ["Exception", "exception", "carrier_exception"],
  ],
  shipengine: [
    ["UN", "pending", "awaiting_tracking"],
    ["NY", "info_received", "label_created"],
    ["AC", "in_transit", "picked_up"],
    ["IT", "in_transit", "in_transit"],
    ["AT", "failed_attempt", "attempted"],
    ["DE", "delivered", "delivered"],
    ["SP", "delivered", "delivered_to_pickup_point"],
    ["EX", "exception", "carrier_exception"],
  ],
  shippo: [
    ["UNKNOWN", "pending", "awaiting_tracking"],
    ["PRE_TRANSIT", "info_received", "label_created"],
    ["TRANSIT", "in_transit", "in_transit"],
    ["DELIVERED", "delivered", "delivered"],
    ["RETURNED", "exception", "returning_to_sender"],
    ["FAILURE", "exception", "carrier_exception"],
  ],
  easypost: [
    ["unknown", "pending", "awaiting_tracking"],
    ["pre_transit", "info_received", "label_created"],
    ["in_transit", "in_transit", "in_transit"],
    ["out_for_delivery", "out_for_delivery", "out_for_delivery"],
    ["delivered", "delivered", "delivered"],
    ["available_for_pickup", "available_for_pickup", "awaiting_collection"],
    ["return_to_sender", "exception", "returning_to_sender"],
    ["failure", "exception", "carrier_exception"],
    ["cancelled", "exception", "cancelled"],
    ["error", "exception", "carrier_exception"],
  ],
  karrio: [
    ["pending", "pending", "awaiting_tracking"],
    ["unknown", "pending", "awaiting_tracking"],
    ["on_hold", "exception", "customs_hold"],
    ["cancelled", "exception", "cancelled"],
    ["delivered", "delivered", "delivered"],
    ["in_transit", "in_transit", "in_transit"],
    ["delivery_delayed", "exception", "delayed"],
    ["out_for_delivery", "out_for_delivery", "out_for_delivery"],
    ["ready_for_pickup", "available_for_pickup", "awaiting_collection"],
    ["delivery_failed", "failed_attempt", "attempted"],
    ["return_to_sender", "exception", "returning_to_sender"],
  ],
};

const detailCodes: Record<TrackingVendor, readonly Row[]> = {
  aftership: [
    ...["001", "002", "003", "004", "005", "006"].map((n): Row => [`Pending_${n}`, "pending", "awaiting_tracking"]),
    ["InfoReceived_001", "info_received", "label_created"],
    ["InTransit_001", "in_transit", "in_transit"],
    ["InTransit_002", "in_transit", "picked_up"],
    ["InTransit_003", "in_transit", "arrived_at_facility"],
    ["InTransit_004", "in_transit", "arrived_destination_country"],
    ["InTransit_005", "in_transit", "customs_released"],
    ["InTransit_006", "in_transit", "customs_processing"],
    ["InTransit_007", "in_transit", "departed_facility"],
    ["InTransit_008", "in_transit", "problem_resolved"],
    ["InTransit_009", "in_transit", "forwarded"],
    ["OutForDelivery_001", "out_for_delivery", "out_for_delivery"],
    ["OutForDelivery_003", "out_for_delivery", "contacting_recipient"],
    ["OutForDelivery_004", "out_for_delivery", "delivery_scheduled"],
    ["AttemptFail_001", "failed_attempt", "attempted"],
    ["AttemptFail_002", "failed_attempt", "recipient_unavailable"],
    ["AttemptFail_003", "failed_attempt", "business_closed"],
    ["Delivered_001", "delivered", "delivered"],
    ["Delivered_002", "delivered", "collected_by_recipient"],
    ["Delivered_003", "delivered", "signed"],
    ["Delivered_004", "delivered", "cash_collected"],
    ["Delivered_005", "delivered", "left_with_neighbour"],
    ["AvailableForPickup_001", "available_for_pickup", "awaiting_collection"],
    ["Exception_001", "exception", "carrier_exception"],
    ["Exception_002", "exception", "recipient_moved"],
    ["Exception_003", "exception", "refused"],
    ["Exception_004", "exception", "customs_hold"],
    ["Exception_005", "exception", "delayed"],
    ["Exception_006", "exception", "held_for_payment"],
    ["Exception_007", "exception", "address_issue"],
    ["Exception_008", "exception", "pickup_missed"],
    ["Exception_009", "exception", "rejected_by_carrier"],
    ["Exception_010", "exception", "returning_to_sender"],
    ["Exception_011", "exception", "returned_to_sender"],
    ["Exception_012", "exception", "damaged"],
    ["Exception_013", "exception", "lost"],
    ["Exception_016", "exception", "delayed"],
    ["Exception_017", "exception", "weather_delay"],
    ["Exception_018", "exception", "customs_documents_required"],
    ["Expired_001", "expired", "expired"],
  ],
  "17track": [
    ["NotFound_Other", "pending", "awaiting_tracking"],
    ["NotFound_InvalidCode", "pending", "tracking_number_invalid"],
    ["InfoReceived", "info_received", "label_created"],
    ["InTransit_PickedUp", "in_transit", "picked_up"],
    ["InTransit_Other", "in_transit", "in_transit"],
    ["InTransit_Departure", "in_transit", "departed_origin_country"],
    ["InTransit_Arrival", "in_transit", "arrived_destination_country"],
    ["InTransit_CustomsProcessing", "in_transit", "customs_processing"],
    ["InTransit_CustomsReleased", "in_transit", "customs_released"],
    ["InTransit_CustomsRequiringInformation", "exception", "customs_documents_required"],
    ["Expired_Other", "expired", "expired"],
    ["AvailableForPickup_Other", "available_for_pickup", "awaiting_collection"],
    ["OutForDelivery_Other", "out_for_delivery", "out_for_delivery"],
    ["DeliveryFailure_Other", "failed_attempt", "attempted"],
    ["DeliveryFailure_NoBody", "failed_attempt", "recipient_unavailable"],
    ["DeliveryFailure_Security", "failed_attempt", "held_for_payment"],
    ["DeliveryFailure_Rejected", "failed_attempt", "refused"],
    ["DeliveryFailure_InvalidAddress", "failed_attempt", "address_issue"],
    ["Delivered_Other", "delivered", "delivered"],
    ["Exception_Other", "exception", "carrier_exception"],
    ["Exception_Returning", "exception", "returning_to_sender"],
    ["Exception_Returned", "exception", "returned_to_sender"],
    ["Exception_NoBody", "exception", "address_issue"],
    ["Exception_Security", "exception", "customs_hold"],
    ["Exception_Damage", "exception", "damaged"],
    ["Exception_Rejected", "exception", "refused"],
    ["Exception_Delayed", "exception", "delayed"],
    ["Exception_Lost", "exception", "lost"],
    ["Exception_Destroyed", "exception", "destroyed"],
    ["Exception_Cancel", "exception", "cancelled"],
  ],
  shipengine: [
    ["CARRIER_STATUS_NOT_MAPPED", "in_transit", "in_transit"],
    ["SHIPMENT_CREATED", "info_received", "label_created"],
    ["AWAITING_PICKUP_DROP_OFF", "info_received", "awaiting_pickup"],
    ["ELEC_ADVICE_RECD_BY_CARRIER", "info_received", "label_created"],
    ["DROPPED_OFF", "in_transit", "picked_up"],
    ["PICKED_UP", "in_transit", "picked_up"],
    ["RECEIVED_BY_CARRIER", "in_transit", "picked_up"],
    ["CUSTOMS_PROCESSING", "in_transit", "customs_processing"],
    ["CUSTOMS_CLEARED", "in_transit", "customs_released"],
    ["HUB_SCAN_IN", "in_transit", "arrived_at_facility"],
    ["HUB_SCAN_OUT", "in_transit", "departed_facility"],
    ["HUB_PROCESSING", "in_transit", "in_transit"],
    ["IN_TRANSIT", "in_transit", "in_transit"],
    ["INFORMATION", "in_transit", "in_transit"],
    ["PARCEL_OVER_LABELLED", "in_transit", "in_transit"],
    ["PARCEL_UPDATE_NOTIFICATION", "in_transit", "in_transit"],
    ["RECEIVED_LOCAL_DELIVERY_DEPOT", "in_transit", "arrived_at_facility"],
    ["SUB_CONTRACTOR_EVENT", "in_transit", "in_transit"],
    ["SUB_CONTRACTOR_RECEIVED", "in_transit", "handed_to_last_mile"],
    ["PARCEL_REDIRECTED", "in_transit", "forwarded"],
    ["DELIVERY_ARRANGED_WITH_RECIPIENT", "in_transit", "delivery_scheduled"],
    ["DELIVERY_SCHEDULED", "in_transit", "delivery_scheduled"],
    ["DELIVERY_RESCHEDULED", "in_transit", "delivery_rescheduled"],
    ["OUT_FOR_DELIVERY", "out_for_delivery", "out_for_delivery"],
    ["ATTEMPTED_DELIVERY", "failed_attempt", "attempted"],
    ["ATTEMPTED_DELIVERY_FINAL", "failed_attempt", "attempted"],
    ["CUSTOMER_CARDED", "failed_attempt", "notice_left"],
    ["COD_AMOUNT_PAID", "delivered", "cash_collected"],
  ],
  shippo: [
    ["information_received", "info_received", "label_created"],
    ["package_accepted", "in_transit", "picked_up"],
    ["package_arrived", "in_transit", "arrived_at_facility"],
    ["package_departed", "in_transit", "departed_facility"],
    ["package_processing", "in_transit", "in_transit"],
    ["package_processed", "in_transit", "in_transit"],
    ["package_forwarded", "in_transit", "forwarded"],
    ["delivery_scheduled", "in_transit", "delivery_scheduled"],
    ["delivery_rescheduled", "in_transit", "delivery_rescheduled"],
    ["reschedule_delivery", "failed_attempt", "attempted"],
    ["out_for_delivery", "out_for_delivery", "out_for_delivery"],
    ["delivery_attempted", "failed_attempt", "attempted"],
    ["notice_left", "failed_attempt", "notice_left"],
    ["location_inaccessible", "failed_attempt", "location_inaccessible"],
    ["pickup_available", "available_for_pickup", "awaiting_collection"],
    ["delivered", "delivered", "delivered"],
    ["address_issue", "exception", "address_issue"],
    ["contact_carrier", "exception", "carrier_exception"],
    ["delayed", "exception", "delayed"],
    ["package_held", "exception", "customs_hold"],
    ["package_damaged", "exception", "damaged"],
    ["package_lost", "exception", "lost"],
    ["package_disposed", "exception", "destroyed"],
    ["package_unclaimed", "exception", "pickup_missed"],
    ["package_undeliverable", "exception", "carrier_exception"],
    ["return_to_sender", "exception", "returning_to_sender"],
    ["other", "in_transit", "in_transit"],
  ],
  easypost: [
    ["address_correction", "in_transit", "address_issue"],
    ["arrived_at_destination", "in_transit", "arrived_destination_country"],
    ["arrived_at_facility", "in_transit", "arrived_at_facility"],
    ["arrived_at_pickup_location", "available_for_pickup", "awaiting_collection"],
    ["awaiting_information", "exception", "customs_documents_required"],
    ["cancelled", "exception", "cancelled"],
    ["damaged", "exception", "damaged"],
    ["delayed", "exception", "delayed"],
    ["delivery_exception", "exception", "carrier_exception"],
    ["departed_facility", "in_transit", "departed_facility"],
    ["departed_origin_facility", "in_transit", "departed_facility"],
    ["expired", "expired", "expired"],
    ["failure", "exception", "carrier_exception"],
    ["held", "exception", "customs_hold"],
    ["in_transit", "in_transit", "in_transit"],
    ["label_created", "info_received", "label_created"],
    ["lost", "exception", "lost"],
    ["missorted", "exception", "missorted"],
    ["out_for_delivery", "out_for_delivery", "out_for_delivery"],
    ["received_at_destination_facility", "in_transit", "arrived_at_facility"],
    ["received_at_origin_facility", "in_transit", "picked_up"],
    ["refused", "exception", "refused"],
    ["return", "exception", "returning_to_sender"],
    ["status_update", "in_transit", "in_transit"],
    ["transferred_to_destination_carrier", "in_transit", "handed_to_last_mile"],
    ["transit_exception", "exception", "carrier_exception"],
    ["unknown", "pending", "awaiting_tracking"],
    ["weather_delay", "exception", "weather_delay"],
  ],
  karrio: [],
};

const vendors = Object.keys(mainStatuses) as TrackingVendor[];

describe("normaliseTrackingStatus: every shipped vendor code", () => {
  for (const vendor of vendors) {
    it.each(mainStatuses[vendor])(`${vendor} status %s → %s / %s`, (code, status, subStatus) => {
      expect(normaliseTrackingStatus({ vendor, status: code })).toEqual({
        vendor,
        status,
        subStatus,
        mappedBy: "status",
        rawStatus: code,
      });
    });
    if (detailCodes[vendor].length > 0) {
      it.each(detailCodes[vendor])(`${vendor} detail %s → %s / %s`, (code, status, subStatus) => {
        expect(normaliseTrackingStatus({ vendor, subStatus: code })).toEqual({
          vendor,
          status,
          subStatus,
          mappedBy: "detail",
          rawSubStatus: code,
        });
      });
    }
    it(`${vendor}: the expected tables cover every row the library ships`, () => {
      const vocabulary = trackingVendorVocabularies[vendor];
      expect(vocabulary.statuses.map((row) => row.code)).toEqual(mainStatuses[vendor].map(([code]) => code));
      expect(vocabulary.details.map((row) => row.code)).toEqual(detailCodes[vendor].map(([code]) => code));
    });
  }
});

describe("normaliseTrackingStatus: precedence, case and fallback", () => {
  it("lets a known detail decide for AfterShip-style vendors (Shippo out_for_delivery under TRANSIT)", () => {
    const r = normaliseTrackingStatus({ vendor: "shippo", status: "TRANSIT", subStatus: "out_for_delivery" });
    expect(r.status).toBe("out_for_delivery");
    expect(r.mappedBy).toBe("detail");
  });
  it("lets EasyPost's main status decide, the detail only refining the sub-status", () => {
    const r = normaliseTrackingStatus({ vendor: "easypost", status: "delivered", subStatus: "arrived_at_destination" });
    expect(r).toEqual({
      vendor: "easypost",
      status: "delivered",
      subStatus: "arrived_destination_country",
      mappedBy: "detail",
      rawStatus: "delivered",
      rawSubStatus: "arrived_at_destination",
    });
  });
  it("falls back to the main status when the detail is unknown (AfterShip Exception_015)", () => {
    const r = normaliseTrackingStatus({ vendor: "aftership", status: "Exception", subStatus: "Exception_015" });
    expect(r).toEqual({
      vendor: "aftership",
      status: "exception",
      subStatus: "carrier_exception",
      mappedBy: "status",
      rawStatus: "Exception",
      rawSubStatus: "Exception_015",
    });
  });
  it("matches codes case-insensitively", () => {
    expect(normaliseTrackingStatus({ vendor: "shipengine", status: "de" }).status).toBe("delivered");
  });
  it("maps an unknown code to the documented fallback and keeps the raw code", () => {
    expect(normaliseTrackingStatus({ vendor: "17track", status: "Teleported" })).toEqual({
      vendor: "17track",
      status: "exception",
      subStatus: "unrecognised_code",
      mappedBy: "fallback",
      rawStatus: "Teleported",
    });
  });
  it("is total over the vendor vocabularies and arbitrary strings", () => {
    const vendorArb = fc.constantFrom(...vendors);
    const codeArb = (vendor: TrackingVendor) =>
      fc.oneof(
        fc.constantFrom(...[...mainStatuses[vendor], ...detailCodes[vendor]].map(([code]) => code)),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
      );
    fc.assert(
      fc.property(
        vendorArb.chain((vendor) => fc.tuple(fc.constant(vendor), codeArb(vendor), fc.option(codeArb(vendor)))),
        ([vendor, status, subStatus]) => {
          const r = normaliseTrackingStatus(subStatus === null ? { vendor, status } : { vendor, status, subStatus });
          expect(trackingStatusSchema.safeParse(r.status).success).toBe(true);
          expect(trackingSubStatusSchema.safeParse(r.subStatus).success).toBe(true);
          expect(r.rawStatus).toBe(status.trim());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("normaliseTrackingStatus: bad input", () => {
  it("refuses an unknown vendor", () => {
    expectOpsError(() => normaliseTrackingStatus({ vendor: "fedex" as never, status: "DE" }), "INVALID_ARGUMENT", [
      "input",
      "vendor",
    ]);
  });
  it("refuses an input without any code", () => {
    expectOpsError(() => normaliseTrackingStatus({ vendor: "shippo" }), "INVALID_ARGUMENT", ["input", "status"]);
  });
});
