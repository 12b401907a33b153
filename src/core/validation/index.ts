export { parseInput } from "./parseInput.js";
export { countryCodeSchema, decimalInputSchema, instantSchema, isDecimalString, localDateSchema } from "./schemas.js";
export { toJsonSchema } from "./toJsonSchema.js";
