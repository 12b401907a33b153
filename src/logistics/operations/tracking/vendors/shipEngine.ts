import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * ShipEngine's tracking `status_code` values and its standardised `status_detail_code` values (ShipStation API v2
 * returns the same codes).
 *
 * Source: ShipEngine tracking documentation and `@shipengine/connect-carrier-api` 4.16
 * (`StandardizedStatusCodes`, `StandardizedStatusDetailCodes`). Detail codes not listed here fall back to the
 * main status.
 *
 * @example
 * ```ts
 * shipEngineVocabulary.statuses.find((row) => row.code === "AT")?.status; // "failed_attempt"
 * ```
 */
export const shipEngineVocabulary: VendorVocabulary = {
  vendor: "shipengine",
  source: "https://www.shipengine.com/docs/tracking/ and @shipengine/connect-carrier-api",
  precedence: "detail",
  statuses: [
    { code: "UN", status: "pending", subStatus: "awaiting_tracking", meaning: "unknown" },
    { code: "NY", status: "info_received", subStatus: "label_created", meaning: "not yet in the carrier's system" },
    { code: "AC", status: "in_transit", subStatus: "picked_up", meaning: "accepted by the carrier" },
    { code: "IT", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "AT", status: "failed_attempt", subStatus: "attempted", meaning: "delivery attempt" },
    { code: "DE", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    {
      code: "SP",
      status: "delivered",
      subStatus: "delivered_to_pickup_point",
      meaning: "delivered to a collection point",
    },
    { code: "EX", status: "exception", subStatus: "carrier_exception", meaning: "exception" },
  ],
  details: [
    {
      code: "CARRIER_STATUS_NOT_MAPPED",
      status: "in_transit",
      subStatus: "in_transit",
      meaning: "carrier status without a standard code",
    },
    { code: "SHIPMENT_CREATED", status: "info_received", subStatus: "label_created", meaning: "shipment created" },
    {
      code: "AWAITING_PICKUP_DROP_OFF",
      status: "info_received",
      subStatus: "awaiting_pickup",
      meaning: "waiting for pickup or drop-off",
    },
    {
      code: "ELEC_ADVICE_RECD_BY_CARRIER",
      status: "info_received",
      subStatus: "label_created",
      meaning: "carrier received electronic advice",
    },
    { code: "DROPPED_OFF", status: "in_transit", subStatus: "picked_up", meaning: "dropped off" },
    { code: "PICKED_UP", status: "in_transit", subStatus: "picked_up", meaning: "picked up" },
    { code: "RECEIVED_BY_CARRIER", status: "in_transit", subStatus: "picked_up", meaning: "received by the carrier" },
    {
      code: "CUSTOMS_PROCESSING",
      status: "in_transit",
      subStatus: "customs_processing",
      meaning: "customs processing",
    },
    { code: "CUSTOMS_CLEARED", status: "in_transit", subStatus: "customs_released", meaning: "customs cleared" },
    { code: "HUB_SCAN_IN", status: "in_transit", subStatus: "arrived_at_facility", meaning: "hub scan in" },
    { code: "HUB_SCAN_OUT", status: "in_transit", subStatus: "departed_facility", meaning: "hub scan out" },
    { code: "HUB_PROCESSING", status: "in_transit", subStatus: "in_transit", meaning: "processing at a hub" },
    { code: "IN_TRANSIT", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "INFORMATION", status: "in_transit", subStatus: "in_transit", meaning: "information event" },
    { code: "PARCEL_OVER_LABELLED", status: "in_transit", subStatus: "in_transit", meaning: "parcel re-labelled" },
    { code: "PARCEL_UPDATE_NOTIFICATION", status: "in_transit", subStatus: "in_transit", meaning: "parcel update" },
    {
      code: "RECEIVED_LOCAL_DELIVERY_DEPOT",
      status: "in_transit",
      subStatus: "arrived_at_facility",
      meaning: "at the local delivery depot",
    },
    { code: "SUB_CONTRACTOR_EVENT", status: "in_transit", subStatus: "in_transit", meaning: "subcontractor event" },
    {
      code: "SUB_CONTRACTOR_RECEIVED",
      status: "in_transit",
      subStatus: "handed_to_last_mile",
      meaning: "received by a subcontractor",
    },
    { code: "PARCEL_REDIRECTED", status: "in_transit", subStatus: "forwarded", meaning: "redirected" },
    {
      code: "DELIVERY_ARRANGED_WITH_RECIPIENT",
      status: "in_transit",
      subStatus: "delivery_scheduled",
      meaning: "delivery arranged with the recipient",
    },
    {
      code: "DELIVERY_SCHEDULED",
      status: "in_transit",
      subStatus: "delivery_scheduled",
      meaning: "delivery scheduled",
    },
    {
      code: "DELIVERY_RESCHEDULED",
      status: "in_transit",
      subStatus: "delivery_rescheduled",
      meaning: "delivery rescheduled",
    },
    {
      code: "OUT_FOR_DELIVERY",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    { code: "ATTEMPTED_DELIVERY", status: "failed_attempt", subStatus: "attempted", meaning: "delivery attempted" },
    {
      code: "ATTEMPTED_DELIVERY_FINAL",
      status: "failed_attempt",
      subStatus: "attempted",
      meaning: "final delivery attempt",
    },
    {
      code: "CUSTOMER_CARDED",
      status: "failed_attempt",
      subStatus: "notice_left",
      meaning: "card left for the customer",
    },
    { code: "COD_AMOUNT_PAID", status: "delivered", subStatus: "cash_collected", meaning: "cash on delivery paid" },
  ],
};
