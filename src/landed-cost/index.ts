/**
 * The landed-cost area: customs value, duties, import taxes, low-value regimes, entry fees and their allocation
 * to lines, every figure with its rule and source. See docs/landed-cost.md.
 *
 * @packageDocumentation
 */
export type { AllocationBasis } from "./allocation.js";
export { EU_MEMBER_STATES, isIsoCountryCode } from "./countries.js";
export {
  type DutyAmountInput,
  type DutyMeasure,
  type DutyMeasureInput,
  dutyMeasureSchema,
  type SpecificDutyUnit,
} from "./dutyMeasure.js";
export { normalizeHsCode } from "./hsCode.js";
export { costsIncludedInPrice, INCOTERMS_2020, type Incoterm, type ShipmentCostKind } from "./incoterms.js";
export { landedCost } from "./landedCost.js";
export {
  type LandedCostInput,
  type LandedCostLineInput,
  landedCostInputSchema,
  landedCostLineSchema,
} from "./landedCostInput.js";
export type { LandedCostCharge, LandedCostLine, LandedCostResult } from "./landedCostResult.js";
export type {
  AdditionalDutyLayer,
  AuthorityRounding,
  BuyerKind,
  FeeRule,
  ImportTaxRule,
  LowValueRegime,
  MarketRules,
  RegimeDutyTreatment,
  RoundingStep,
  TaxBaseComponent,
  TransportMode,
  ValuationRule,
} from "./marketRules.js";
export { landedCostMessages } from "./messages.js";
export { createEuMarketRules, type EuMemberStateVat } from "./presets/eu.js";
export { landedCostMarkets } from "./presets/index.js";
export type { LandedCostRegime, RegimeCheck } from "./regime.js";
export { isRuleInForce, type RuleRef, ruleRefSchema } from "./ruleRef.js";
export {
  createInMemoryTariffSource,
  type TariffEntryInput,
  type TariffLookup,
  type TariffQuery,
  type TariffSource,
  tariffEntrySchema,
} from "./tariffSource.js";
