export { parseInput } from "./parseInput.js";
export { countryCodeSchema, decimalInputSchema, instantSchema, localDateSchema } from "./schemas.js";
export { toJsonSchema } from "./toJsonSchema.js";
