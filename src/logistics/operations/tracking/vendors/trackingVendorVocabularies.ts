import { aftershipVocabulary } from "./aftership.js";
import { easyPostVocabulary } from "./easyPost.js";
import { karrioVocabulary } from "./karrio.js";
import { seventeenTrackVocabulary } from "./seventeenTrack.js";
import { shipEngineVocabulary } from "./shipEngine.js";
import { shippoVocabulary } from "./shippo.js";
import type { TrackingVendor, VendorVocabulary } from "./vendorVocabulary.js";

/**
 * Every vendor vocabulary the library ships, by vendor id. Replace or extend a table by passing your own
 * vocabulary to `normaliseTrackingStatus`.
 *
 * @example
 * ```ts
 * trackingVendorVocabularies.shippo.statuses.length; // 6
 * ```
 */
export const trackingVendorVocabularies: Readonly<Record<TrackingVendor, VendorVocabulary>> = {
  aftership: aftershipVocabulary,
  "17track": seventeenTrackVocabulary,
  shipengine: shipEngineVocabulary,
  shippo: shippoVocabulary,
  easypost: easyPostVocabulary,
  karrio: karrioVocabulary,
};
