export { aftershipVocabulary } from "./aftership.js";
export { easyPostVocabulary } from "./easyPost.js";
export { karrioVocabulary } from "./karrio.js";
export { seventeenTrackVocabulary } from "./seventeenTrack.js";
export { shipEngineVocabulary } from "./shipEngine.js";
export { shippoVocabulary } from "./shippo.js";
export { trackingVendorVocabularies } from "./trackingVendorVocabularies.js";
export {
  type TrackingVendor,
  trackingVendorSchema,
  type VendorStatusRow,
  type VendorVocabulary,
} from "./vendorVocabulary.js";
