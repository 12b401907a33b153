import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * Shippo's `tracking_status.status` values and `substatus.code` values.
 *
 * Source: Shippo API reference, Tracks, "Tracking status" and "substatus" tables
 * (https://docs.goshippo.com/docs/tracking/tracking/).
 *
 * @example
 * ```ts
 * shippoVocabulary.details.find((row) => row.code === "package_held")?.subStatus; // "customs_hold"
 * ```
 */
export const shippoVocabulary: VendorVocabulary = {
  vendor: "shippo",
  source: "https://docs.goshippo.com/docs/tracking/tracking/",
  precedence: "detail",
  statuses: [
    { code: "UNKNOWN", status: "pending", subStatus: "awaiting_tracking", meaning: "no information from the carrier" },
    {
      code: "PRE_TRANSIT",
      status: "info_received",
      subStatus: "label_created",
      meaning: "label created, not yet with the carrier",
    },
    { code: "TRANSIT", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "DELIVERED", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "RETURNED",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "being returned or returned to the sender",
    },
    { code: "FAILURE", status: "exception", subStatus: "carrier_exception", meaning: "delivery failed" },
  ],
  details: [
    {
      code: "information_received",
      status: "info_received",
      subStatus: "label_created",
      meaning: "carrier received the information",
    },
    { code: "package_accepted", status: "in_transit", subStatus: "picked_up", meaning: "accepted by the carrier" },
    {
      code: "package_arrived",
      status: "in_transit",
      subStatus: "arrived_at_facility",
      meaning: "arrived at a facility",
    },
    { code: "package_departed", status: "in_transit", subStatus: "departed_facility", meaning: "departed a facility" },
    { code: "package_processing", status: "in_transit", subStatus: "in_transit", meaning: "being processed" },
    { code: "package_processed", status: "in_transit", subStatus: "in_transit", meaning: "processed" },
    { code: "package_forwarded", status: "in_transit", subStatus: "forwarded", meaning: "forwarded" },
    {
      code: "delivery_scheduled",
      status: "in_transit",
      subStatus: "delivery_scheduled",
      meaning: "delivery scheduled",
    },
    {
      code: "delivery_rescheduled",
      status: "in_transit",
      subStatus: "delivery_rescheduled",
      meaning: "delivery rescheduled",
    },
    {
      code: "reschedule_delivery",
      status: "failed_attempt",
      subStatus: "attempted",
      meaning: "contact the carrier to reschedule",
    },
    {
      code: "out_for_delivery",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    { code: "delivery_attempted", status: "failed_attempt", subStatus: "attempted", meaning: "delivery attempted" },
    { code: "notice_left", status: "failed_attempt", subStatus: "notice_left", meaning: "notice left at an attempt" },
    {
      code: "location_inaccessible",
      status: "failed_attempt",
      subStatus: "location_inaccessible",
      meaning: "location inaccessible",
    },
    {
      code: "pickup_available",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "available for pickup",
    },
    { code: "delivered", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    { code: "address_issue", status: "exception", subStatus: "address_issue", meaning: "address incorrect" },
    { code: "contact_carrier", status: "exception", subStatus: "carrier_exception", meaning: "contact the carrier" },
    { code: "delayed", status: "exception", subStatus: "delayed", meaning: "delivery delayed" },
    { code: "package_held", status: "exception", subStatus: "customs_hold", meaning: "held at a carrier location" },
    { code: "package_damaged", status: "exception", subStatus: "damaged", meaning: "damaged" },
    { code: "package_lost", status: "exception", subStatus: "lost", meaning: "lost" },
    { code: "package_disposed", status: "exception", subStatus: "destroyed", meaning: "disposed of" },
    { code: "package_unclaimed", status: "exception", subStatus: "pickup_missed", meaning: "unclaimed" },
    { code: "package_undeliverable", status: "exception", subStatus: "carrier_exception", meaning: "undeliverable" },
    {
      code: "return_to_sender",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "to be returned to the sender",
    },
    {
      code: "other",
      status: "in_transit",
      subStatus: "in_transit",
      meaning: "carrier status Shippo does not recognise",
    },
  ],
};
