/**
 * Logistics rating: chargeable weight, rate cards as data, quotes, shipping-method selection with ETAs, outside
 * rates, sample cards, the partner-rating seam, freight-bill audit, freight allocation and cost KPIs.
 *
 * @packageDocumentation
 */
export {
  type AllocateFreightCostInput,
  allocateFreightCost,
  allocateFreightCostInputSchema,
  type FreightAllocation,
  type FreightAllocationBasis,
  freightAllocationBasisSchema,
} from "./allocateFreightCost.js";
export type { QuotedChargeable } from "./cardChargeable.js";
export type { CarriageReason, CarriageReasonCode } from "./carriageReason.js";
export {
  type ChargeableWeight,
  type ChargeableWeightInput,
  chargeableWeight,
  chargeableWeightInputSchema,
} from "./chargeableWeight.js";
export {
  type ChargeableWeightImperial,
  type ChargeableWeightImperialInput,
  chargeableWeightImperial,
  chargeableWeightImperialInputSchema,
} from "./chargeableWeightImperial.js";
export {
  type ChargeableWeightOfPiecesInput,
  chargeableWeightOfPieces,
  chargeableWeightOfPiecesInputSchema,
  type PiecesChargeableWeight,
  type VolumetricBasis,
  volumetricBasisSchema,
} from "./chargeableWeightOfPieces.js";
export { type DimensionRounding, dimensionRoundingSchema } from "./dimensions.js";
export {
  type ExternalRate,
  type ExternalRateInput,
  externalRateSchema,
  normaliseEasyPostRate,
  normaliseShipEngineRate,
  normaliseShippoRate,
} from "./externalRate.js";
export {
  type AuditFreightBillInput,
  auditFreightBill,
  auditFreightBillInputSchema,
  type FreightAudit,
  type FreightAuditFinding,
  type FreightAuditFindingCode,
  type FreightAuditLine,
  type FreightBookingInput,
  type FreightChargeCode,
  type FreightInvoiceLineInput,
  freightBookingFromQuote,
  freightBookingSchema,
  freightChargeCodeSchema,
  freightInvoiceLineSchema,
} from "./freightAudit.js";
export {
  type FreightCostGroup,
  type FreightCostKpis,
  type FreightCostKpisInput,
  freightCostKpis,
  freightCostKpisInputSchema,
} from "./freightCostKpis.js";
export {
  basicLogisticsPartnerScorer,
  type LogisticsPartnerKpisInput,
  type LogisticsPartnerRating,
  type LogisticsPartnerScore,
  type LogisticsPartnerScorecard,
  type LogisticsPartnerScorer,
  logisticsPartnerKpisSchema,
  logisticsPartnerScorecard,
  type PartnerScorecardMetric,
  rateLogisticsPartner,
} from "./logisticsPartnerRating.js";
export { logisticsRatingMessages } from "./logisticsRatingMessages.js";
export {
  type CannotCarry,
  type QuoteShipmentOptions,
  type QuoteSurcharge,
  quoteShipment,
  type ShippingQuote,
  type SurchargeCode,
} from "./quoteShipment.js";
export {
  chargeableRuleSchema,
  defineRateCard,
  type RateCard,
  type RateCardInput,
  rateCardSchema,
  rateChargeSchema,
  rateConstraintsSchema,
  rateStructureSchema,
  rateSurchargesSchema,
  rateZoneSchema,
} from "./rateCard.js";
export { sampleShippingRateCards } from "./sampleShippingRateCards.js";
export {
  type SeaFreightRevenueTons,
  type SeaFreightRevenueTonsInput,
  seaFreightRevenueTons,
  seaFreightRevenueTonsInputSchema,
} from "./seaFreightRevenueTons.js";
export {
  type RankedShippingOption,
  type RejectedShippingOption,
  type SelectShippingMethodInput,
  type ShippingPolicy,
  type ShippingSelection,
  selectShippingMethod,
  selectShippingMethodInputSchema,
  shippingPolicySchema,
} from "./selectShippingMethod.js";
export { type Shipment, type ShipmentInput, shipmentSchema } from "./shipment.js";
export type { ShippingCalendars, ShippingEta } from "./shippingEta.js";
export { type ShippingMode, shippingModeSchema, unNumberSchema } from "./shippingMode.js";
