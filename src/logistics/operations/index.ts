/**
 * Logistics operations: the fulfilment machine of a shipment and split orders, tracking normalised across
 * AfterShip, 17TRACK, ShipEngine, Shippo, EasyPost and Karrio with stale and delay detection and notification
 * triggers, and commercial-invoice / packing-list checks. See docs/logistics.md.
 *
 * @packageDocumentation
 */

export {
  type CustomsCheckOptions,
  type CustomsCheckReport,
  type CustomsFinding,
  type CustomsFindingCode,
  checkCommercialInvoice,
} from "./customs/checkCommercialInvoice.js";
export { checkHsCodeFormat, type HsCodeCheck } from "./customs/checkHsCodeFormat.js";
export {
  type CommercialInvoice,
  type CommercialInvoiceInput,
  commercialInvoiceLineSchema,
  commercialInvoiceSchema,
  customsPartySchema,
  packingListEntrySchema,
  quantityUnitSchema,
} from "./customs/commercialInvoice.js";
export { findVagueDescription } from "./customs/findVagueDescription.js";
export { defaultHsCodeRules, euMemberStates, type HsCodeRule } from "./customs/hsCodeRules.js";
export { type Incoterm2020, incoterm2020Schema } from "./customs/incoterms.js";
export { defaultVagueDescriptionTerms, type VagueDescriptionTerm } from "./customs/vagueDescriptionTerms.js";
export { defaultValueDensityBands, type ValueDensityBand } from "./customs/valueDensityBands.js";
export { fulfilmentEventForTracking } from "./fulfilment/fulfilmentEventForTracking.js";
export {
  type FulfilmentContext,
  type FulfilmentEvent,
  type FulfilmentState,
  fulfilmentMachine,
} from "./fulfilment/fulfilmentMachine.js";
export { deriveOrderFulfilmentStatus, type OrderFulfilmentStatus } from "./fulfilment/orderFulfilmentStatus.js";
export {
  planSplitShipments,
  type SplitShipmentMismatch,
  type SplitShipmentPlan,
  splitShipmentPlanSchema,
} from "./fulfilment/planSplitShipments.js";
export { logisticsOperationsMessages } from "./messages.js";
export {
  assessShipmentTracking,
  type ShipmentTrackingAssessment,
  type ShipmentTrackingAssessmentInput,
} from "./tracking/assessShipmentTracking.js";
export {
  detectStaleTracking,
  type StaleTrackingInput,
  type StaleTrackingResult,
  staleTrackingInputSchema,
} from "./tracking/detectStaleTracking.js";
export {
  detectTrackingDelay,
  type TrackingDelay,
  type TrackingDelayInput,
  trackingDelayInputSchema,
} from "./tracking/detectTrackingDelay.js";
export {
  type NormalisedTrackingStatus,
  normaliseTrackingStatus,
  unrecognisedTrackingFallback,
  type VendorTrackingStatus,
  vendorTrackingStatusSchema,
} from "./tracking/normaliseTrackingStatus.js";
export {
  deriveNotificationTriggers,
  type NotificationTriggerInput,
  notificationDedupeKey,
  type ShipmentNotificationTrigger,
  type ShipmentReference,
  shipmentNotificationTriggerSchema,
  shipmentNotificationTypeSchema,
  shipmentReferenceSchema,
} from "./tracking/notificationTriggers.js";
export {
  summariseTracking,
  type TrackingSummary,
  type TrackingTimelineEvent,
} from "./tracking/summariseTracking.js";
export {
  normaliseTrackingEvent,
  type TrackingEvent,
  type TrackingEventInput,
  trackingEventSchema,
  type VendorTrackingEvent,
  vendorTrackingEventSchema,
} from "./tracking/trackingEvent.js";
export {
  customsHoldSubStatuses,
  returnSubStatuses,
  type TrackingStatus,
  type TrackingSubStatus,
  trackingStatusSchema,
  trackingSubStatusSchema,
} from "./tracking/trackingStatus.js";
export * from "./tracking/vendors/index.js";
