import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * 17TRACK's API v2 main statuses and sub-statuses.
 *
 * Source: 17TRACK Tracking API v2 documentation, "Main status" and "Sub-status" tables
 * (https://api.17track.net/en/doc).
 *
 * @example
 * ```ts
 * seventeenTrackVocabulary.details.find((row) => row.code === "InTransit_CustomsProcessing")?.subStatus; // "customs_processing"
 * ```
 */
export const seventeenTrackVocabulary: VendorVocabulary = {
  vendor: "17track",
  source: "https://api.17track.net/en/doc",
  precedence: "detail",
  statuses: [
    { code: "NotFound", status: "pending", subStatus: "awaiting_tracking", meaning: "no information found yet" },
    {
      code: "InfoReceived",
      status: "info_received",
      subStatus: "label_created",
      meaning: "carrier received the order",
    },
    { code: "InTransit", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "Expired", status: "expired", subStatus: "expired", meaning: "in transit too long without delivery" },
    {
      code: "AvailableForPickup",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "waiting at a pickup point",
    },
    { code: "OutForDelivery", status: "out_for_delivery", subStatus: "out_for_delivery", meaning: "out for delivery" },
    { code: "DeliveryFailure", status: "failed_attempt", subStatus: "attempted", meaning: "delivery attempt failed" },
    { code: "Delivered", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "Exception",
      status: "exception",
      subStatus: "carrier_exception",
      meaning: "exception: returned, held, damaged, lost...",
    },
  ],
  details: [
    {
      code: "NotFound_Other",
      status: "pending",
      subStatus: "awaiting_tracking",
      meaning: "carrier returned no information",
    },
    {
      code: "NotFound_InvalidCode",
      status: "pending",
      subStatus: "tracking_number_invalid",
      meaning: "tracking number invalid",
    },
    { code: "InfoReceived", status: "info_received", subStatus: "label_created", meaning: "information received" },
    { code: "InTransit_PickedUp", status: "in_transit", subStatus: "picked_up", meaning: "collected from the sender" },
    { code: "InTransit_Other", status: "in_transit", subStatus: "in_transit", meaning: "in transit, other" },
    {
      code: "InTransit_Departure",
      status: "in_transit",
      subStatus: "departed_origin_country",
      meaning: "left the origin country's port",
    },
    {
      code: "InTransit_Arrival",
      status: "in_transit",
      subStatus: "arrived_destination_country",
      meaning: "arrived at the destination country's port",
    },
    {
      code: "InTransit_CustomsProcessing",
      status: "in_transit",
      subStatus: "customs_processing",
      meaning: "in customs clearance",
    },
    {
      code: "InTransit_CustomsReleased",
      status: "in_transit",
      subStatus: "customs_released",
      meaning: "customs clearance completed",
    },
    {
      code: "InTransit_CustomsRequiringInformation",
      status: "exception",
      subStatus: "customs_documents_required",
      meaning: "customs needs information to clear",
    },
    { code: "Expired_Other", status: "expired", subStatus: "expired", meaning: "in transit too long" },
    {
      code: "AvailableForPickup_Other",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "waiting for collection",
    },
    {
      code: "OutForDelivery_Other",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    {
      code: "DeliveryFailure_Other",
      status: "failed_attempt",
      subStatus: "attempted",
      meaning: "delivery failed, other",
    },
    {
      code: "DeliveryFailure_NoBody",
      status: "failed_attempt",
      subStatus: "recipient_unavailable",
      meaning: "recipient could not be reached",
    },
    {
      code: "DeliveryFailure_Security",
      status: "failed_attempt",
      subStatus: "held_for_payment",
      meaning: "security, clearance or fee issue at delivery",
    },
    { code: "DeliveryFailure_Rejected", status: "failed_attempt", subStatus: "refused", meaning: "recipient refused" },
    {
      code: "DeliveryFailure_InvalidAddress",
      status: "failed_attempt",
      subStatus: "address_issue",
      meaning: "incorrect address",
    },
    { code: "Delivered_Other", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    { code: "Exception_Other", status: "exception", subStatus: "carrier_exception", meaning: "exception, other" },
    {
      code: "Exception_Returning",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "on its way back to the sender",
    },
    {
      code: "Exception_Returned",
      status: "exception",
      subStatus: "returned_to_sender",
      meaning: "returned to the sender",
    },
    {
      code: "Exception_NoBody",
      status: "exception",
      subStatus: "address_issue",
      meaning: "recipient details wrong before delivery",
    },
    {
      code: "Exception_Security",
      status: "exception",
      subStatus: "customs_hold",
      meaning: "security, clearance or fee issue before delivery",
    },
    { code: "Exception_Damage", status: "exception", subStatus: "damaged", meaning: "damaged" },
    { code: "Exception_Rejected", status: "exception", subStatus: "refused", meaning: "refused by the recipient" },
    { code: "Exception_Delayed", status: "exception", subStatus: "delayed", meaning: "delayed" },
    { code: "Exception_Lost", status: "exception", subStatus: "lost", meaning: "lost" },
    { code: "Exception_Destroyed", status: "exception", subStatus: "destroyed", meaning: "destroyed" },
    { code: "Exception_Cancel", status: "exception", subStatus: "cancelled", meaning: "order cancelled" },
  ],
};
