export {
  type LotVerdictsFromQualityEventsOptions,
  lotVerdictsFromQualityEvents,
  lotVerdictsFromQualityEventsOptionsSchema,
} from "./lotVerdictsFromQualityEvents.js";
export { type QualityLotVerdict, qualityLotVerdictSchema } from "./qualityLotVerdict.js";
