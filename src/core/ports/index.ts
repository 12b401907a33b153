export { type Clock, createManualClock, type ManualClock } from "./Clock.js";
export { createInMemoryFxRates, type FxRateInput, fxRateInputSchema } from "./createInMemoryFxRates.js";
export { createInMemoryRepository } from "./createInMemoryRepository.js";
export type { FxRate, FxRates } from "./FxRates.js";
export { createSequentialIdGenerator, type IdGenerator } from "./IdGenerator.js";
export type { AlreadyExists, NotFound, Repository, VersionConflict, Versioned } from "./Repository.js";
