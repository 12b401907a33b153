/**
 * New-product admission and development: the admission proposal as a traceable workflow, unit economics, supplier
 * screening, samples, compliance review, the review board, stage-gate development with a critical-path plan,
 * engineering changes, and the tie-ins to purchasing and quality. See docs/admission.md.
 *
 * @packageDocumentation
 */
export { type BreakEvenPrice, type NoBreakEvenPrice } from "./economics/breakEvenPrice.js";
export {
  computeUnitEconomics,
  type UnitEconomics,
  type UnitEconomicsLine,
  type UnitEconomicsLineKey,
} from "./economics/computeUnitEconomics.js";
export {
  type MarketplaceFeeSchedule,
  marketplaceFeeScheduleSchema,
  type ResolvedReferralFee,
  resolveReferralFee,
  SAMPLE_AMAZON_DE_REFERRAL_FEES,
  SAMPLE_AMAZON_US_REFERRAL_FEES,
} from "./economics/marketplaceFeeSchedule.js";
export {
  type LandedCostInput,
  landedCostInputSchema,
  type ReferralFeeInput,
  referralFeeSchema,
  type UnitEconomicsInput,
  unitEconomicsInputSchema,
} from "./economics/unitEconomicsInput.js";
