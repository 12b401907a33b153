import type { VendorVocabulary } from "./vendorVocabulary.js";

/**
 * Karrio's `TrackerStatus` values (Karrio has no separate detail vocabulary).
 *
 * Source: karrio `modules/sdk/karrio/core/units.py` and the server's `TrackerStatus` enum
 * (https://github.com/karrioapi/karrio).
 *
 * @example
 * ```ts
 * karrioVocabulary.statuses.find((row) => row.code === "on_hold")?.subStatus; // "customs_hold"
 * ```
 */
export const karrioVocabulary: VendorVocabulary = {
  vendor: "karrio",
  source: "https://github.com/karrioapi/karrio (TrackerStatus)",
  precedence: "status",
  statuses: [
    { code: "pending", status: "pending", subStatus: "awaiting_tracking", meaning: "pending" },
    { code: "unknown", status: "pending", subStatus: "awaiting_tracking", meaning: "unknown" },
    { code: "on_hold", status: "exception", subStatus: "customs_hold", meaning: "on hold" },
    { code: "cancelled", status: "exception", subStatus: "cancelled", meaning: "cancelled" },
    { code: "delivered", status: "delivered", subStatus: "delivered", meaning: "delivered" },
    { code: "in_transit", status: "in_transit", subStatus: "in_transit", meaning: "in transit" },
    { code: "delivery_delayed", status: "exception", subStatus: "delayed", meaning: "delivery delayed" },
    {
      code: "out_for_delivery",
      status: "out_for_delivery",
      subStatus: "out_for_delivery",
      meaning: "out for delivery",
    },
    {
      code: "ready_for_pickup",
      status: "available_for_pickup",
      subStatus: "awaiting_collection",
      meaning: "ready for pickup",
    },
    { code: "delivery_failed", status: "failed_attempt", subStatus: "attempted", meaning: "delivery failed" },
    {
      code: "return_to_sender",
      status: "exception",
      subStatus: "returning_to_sender",
      meaning: "returning to the sender",
    },
  ],
  details: [],
};
