export { type QualityLotVerdict, qualityLotVerdictSchema } from "./qualityLotVerdict.js";
