/**
 * The contract test kit: vitest suites a host app runs against its own port adapters to prove they behave like the
 * library's in-memory reference adapters. Requires vitest (an optional peer dependency of this subpath only).
 *
 * @packageDocumentation
 */

export { describeBusinessCalendarContract } from "./describeBusinessCalendarContract.js";
export {
  describeClockContract,
  describeFxRatesContract,
  describeIdGeneratorContract,
} from "./describePortContracts.js";
export { describeRepositoryContract, type RepositoryContractOptions } from "./describeRepositoryContract.js";
