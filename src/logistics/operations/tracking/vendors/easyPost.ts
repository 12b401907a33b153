import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * EasyPost's tracker `status` values and `status_detail` values.
 *
 * Source: EasyPost API docs, Trackers (https://docs.easypost.com/docs/trackers). EasyPost documents `status` as
 * the field to drive business logic, so its main status takes precedence and `status_detail` only refines the
 * sub-status.
 *
 * @example
 * ```ts
 * easyPostVocabulary.statuses.find((row) => row.code === "return_to_sender")?.subStatus; // "returning_to_sender"
 * ```
 */
export const easyPostVocabulary: VendorVocabulary = {
  vendor: "easypost",
  source: "https://docs.easypost.com/docs/trackers",
  precedence: "status",
  statuses: [
    { code: "unknown", status: "pending", subStatus: "awaiting_tracking", meaning: "no information yet" },
    { code: "pre_transit", status: "info_received", subStatus: "label_created", meaning: "label created" },
    { code: "in_transit", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    {
      code: "out_for_delivery",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    { code: "delivered", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "available_for_pickup",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "available for pickup",
    },
    {
      code: "return_to_sender",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "returning to the sender",
    },
    { code: "failure", status: "exception", subStatus: "carrier_exception", meaning: "delivery failed" },
    { code: "cancelled", status: "exception", subStatus: "cancelled", meaning: "cancelled" },
    { code: "error", status: "exception", subStatus: "carrier_exception", meaning: "tracker could not be processed" },
  ],
  details: [
    { code: "address_correction", status: "in_transit", subStatus: "address_issue", meaning: "address corrected" },
    {
      code: "arrived_at_destination",
      status: "in_transit",
      subStatus: "arrived_destination_country",
      meaning: "arrived at destination",
    },
    {
      code: "arrived_at_facility",
      status: "in_transit",
      subStatus: "arrived_at_facility",
      meaning: "arrived at a facility",
    },
    {
      code: "arrived_at_pickup_location",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "at the pickup location",
    },
    {
      code: "awaiting_information",
      status: "exception",
      subStatus: "customs_documents_required",
      meaning: "awaiting information",
    },
    { code: "cancelled", status: "exception", subStatus: "cancelled", meaning: "cancelled" },
    { code: "damaged", status: "exception", subStatus: "damaged", meaning: "damaged" },
    { code: "delayed", status: "exception", subStatus: "delayed", meaning: "delayed" },
    { code: "delivery_exception", status: "exception", subStatus: "carrier_exception", meaning: "delivery exception" },
    { code: "departed_facility", status: "in_transit", subStatus: "departed_facility", meaning: "departed a facility" },
    {
      code: "departed_origin_facility",
      status: "in_transit",
      subStatus: "departed_facility",
      meaning: "departed the origin facility",
    },
    { code: "expired", status: "expired", subStatus: "expired", meaning: "tracking expired" },
    { code: "failure", status: "exception", subStatus: "carrier_exception", meaning: "failure" },
    { code: "held", status: "exception", subStatus: "customs_hold", meaning: "held" },
    { code: "in_transit", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "label_created", status: "info_received", subStatus: "label_created", meaning: "label created" },
    { code: "lost", status: "exception", subStatus: "lost", meaning: "lost" },
    { code: "missorted", status: "exception", subStatus: "missorted", meaning: "missorted" },
    {
      code: "out_for_delivery",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    {
      code: "received_at_destination_facility",
      status: "in_transit",
      subStatus: "arrived_at_facility",
      meaning: "received at the destination facility",
    },
    {
      code: "received_at_origin_facility",
      status: "in_transit",
      subStatus: "picked_up",
      meaning: "received at the origin facility",
    },
    { code: "refused", status: "exception", subStatus: "refused", meaning: "refused" },
    { code: "return", status: "exception", subStatus: "returning_to_sender", meaning: "return" },
    { code: "status_update", status: "in_transit", subStatus: "in_transit", meaning: "status update" },
    {
      code: "transferred_to_destination_carrier",
      status: "in_transit",
      subStatus: "handed_to_last_mile",
      meaning: "handed to the destination carrier",
    },
    { code: "transit_exception", status: "exception", subStatus: "carrier_exception", meaning: "transit exception" },
    { code: "unknown", status: "pending", subStatus: "awaiting_tracking", meaning: "unknown" },
    { code: "weather_delay", status: "exception", subStatus: "weather_delay", meaning: "weather delay" },
  ],
};
