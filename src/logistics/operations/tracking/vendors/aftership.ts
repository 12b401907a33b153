import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * AfterShip Tracking's delivery statuses (tags) and sub-statuses (subtags).
 *
 * Source: AfterShip Tracking API, "Delivery Statuses" and "Delivery Sub-statuses" enum pages
 * (https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses), including the subtags added on
 * 27 March 2026 (Exception_016 to Exception_018) and Delivered_005. Pending_002 to Pending_006 are documented
 * only as pending variants and map to `pending / awaiting_tracking`.
 *
 * @example
 * ```ts
 * aftershipVocabulary.details.find((row) => row.code === "Exception_011")?.subStatus; // "returned_to_sender"
 * ```
 */
export const aftershipVocabulary: VendorVocabulary = {
  vendor: "aftership",
  source: "https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses",
  precedence: "detail",
  statuses: [
    {
      code: "Pending",
      status: "pending",
      subStatus: "awaiting_tracking",
      meaning: "added, no tracking information yet",
    },
    {
      code: "InfoReceived",
      status: "info_received",
      subStatus: "label_created",
      meaning: "carrier has the shipper's request",
    },
    { code: "InTransit", status: "in_transit", subStatus: "in_transit", meaning: "carrier has the shipment" },
    {
      code: "OutForDelivery",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "about to be delivered",
    },
    { code: "AttemptFail", status: "failed_attempt", subStatus: "attempted", meaning: "delivery attempted, failed" },
    { code: "Delivered", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "AvailableForPickup",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "at a pickup point",
    },
    {
      code: "Exception",
      status: "exception",
      subStatus: "carrier_exception",
      meaning: "customs hold, undelivered, returned or other exception",
    },
    { code: "Expired", status: "expired", subStatus: "expired", meaning: "no tracking information for 30 days" },
  ],
  details: [
    {
      code: "Pending_001",
      status: "pending",
      subStatus: "awaiting_tracking",
      meaning: "no information at the carrier yet",
    },
    { code: "Pending_002", status: "pending", subStatus: "awaiting_tracking", meaning: "pending variant" },
    { code: "Pending_003", status: "pending", subStatus: "awaiting_tracking", meaning: "pending variant" },
    { code: "Pending_004", status: "pending", subStatus: "awaiting_tracking", meaning: "pending variant" },
    { code: "Pending_005", status: "pending", subStatus: "awaiting_tracking", meaning: "pending variant" },
    { code: "Pending_006", status: "pending", subStatus: "awaiting_tracking", meaning: "pending variant" },
    {
      code: "InfoReceived_001",
      status: "info_received",
      subStatus: "label_created",
      meaning: "carrier received the shipper's request",
    },
    { code: "InTransit_001", status: "in_transit", subStatus: "in_transit", meaning: "on the way" },
    { code: "InTransit_002", status: "in_transit", subStatus: "picked_up", meaning: "acceptance scan" },
    { code: "InTransit_003", status: "in_transit", subStatus: "arrived_at_facility", meaning: "arrival scan at a hub" },
    {
      code: "InTransit_004",
      status: "in_transit",
      subStatus: "arrived_destination_country",
      meaning: "arrived in the destination country",
    },
    {
      code: "InTransit_005",
      status: "in_transit",
      subStatus: "customs_released",
      meaning: "customs clearance completed",
    },
    { code: "InTransit_006", status: "in_transit", subStatus: "customs_processing", meaning: "handed to customs" },
    { code: "InTransit_007", status: "in_transit", subStatus: "departed_facility", meaning: "departure scan" },
    {
      code: "InTransit_008",
      status: "in_transit",
      subStatus: "problem_resolved",
      meaning: "problem resolved, moving again",
    },
    { code: "InTransit_009", status: "in_transit", subStatus: "forwarded", meaning: "forwarded to another address" },
    {
      code: "OutForDelivery_001",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    {
      code: "OutForDelivery_003",
      status: "out_for_delivery",
      subStatus: "contacting_recipient",
      meaning: "customer contacted before delivery",
    },
    {
      code: "OutForDelivery_004",
      status: "out_for_delivery",
      subStatus: "delivery_scheduled",
      meaning: "delivery appointment scheduled",
    },
    {
      code: "AttemptFail_001",
      status: "failed_attempt",
      subStatus: "attempted",
      meaning: "attempt failed, notice usually left",
    },
    {
      code: "AttemptFail_002",
      status: "failed_attempt",
      subStatus: "recipient_unavailable",
      meaning: "addressee not available",
    },
    { code: "AttemptFail_003", status: "failed_attempt", subStatus: "business_closed", meaning: "business closed" },
    { code: "Delivered_001", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "Delivered_002",
      status: "delivered",
      subStatus: "collected_by_recipient",
      meaning: "picked up by the customer",
    },
    { code: "Delivered_003", status: "delivered", subStatus: "signed", meaning: "signed for by the customer" },
    {
      code: "Delivered_004",
      status: "delivered",
      subStatus: "cash_collected",
      meaning: "delivered, cash on delivery collected",
    },
    {
      code: "Delivered_005",
      status: "delivered",
      subStatus: "left_with_neighbour",
      meaning: "delivered to a neighbour",
    },
    {
      code: "AvailableForPickup_001",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "at a pickup point",
    },
    { code: "Exception_001", status: "exception", subStatus: "carrier_exception", meaning: "shipping exception" },
    { code: "Exception_002", status: "exception", subStatus: "recipient_moved", meaning: "customer moved" },
    { code: "Exception_003", status: "exception", subStatus: "refused", meaning: "customer refused delivery" },
    { code: "Exception_004", status: "exception", subStatus: "customs_hold", meaning: "delayed in customs clearance" },
    { code: "Exception_005", status: "exception", subStatus: "delayed", meaning: "delayed by external factors" },
    { code: "Exception_006", status: "exception", subStatus: "held_for_payment", meaning: "held for payment" },
    { code: "Exception_007", status: "exception", subStatus: "address_issue", meaning: "incorrect address" },
    {
      code: "Exception_008",
      status: "exception",
      subStatus: "pickup_missed",
      meaning: "not collected from the pickup point",
    },
    {
      code: "Exception_009",
      status: "exception",
      subStatus: "rejected_by_carrier",
      meaning: "rejected by the carrier",
    },
    {
      code: "Exception_010",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "on its way back to the sender",
    },
    { code: "Exception_011", status: "exception", subStatus: "returned_to_sender", meaning: "back with the sender" },
    { code: "Exception_012", status: "exception", subStatus: "damaged", meaning: "shipment damaged" },
    { code: "Exception_013", status: "exception", subStatus: "lost", meaning: "shipment lost" },
    { code: "Exception_016", status: "exception", subStatus: "delayed", meaning: "delayed by a processing issue" },
    { code: "Exception_017", status: "exception", subStatus: "weather_delay", meaning: "delayed by extreme weather" },
    {
      code: "Exception_018",
      status: "exception",
      subStatus: "customs_documents_required",
      meaning: "held: documents incorrect or missing",
    },
    { code: "Expired_001", status: "expired", subStatus: "expired", meaning: "no tracking information for 30 days" },
  ],
};
