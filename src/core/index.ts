/**
 * The foundation every area stands on: money, quantities, errors and results, state machines as data, ports with
 * in-memory reference adapters, and business calendars.
 *
 * @packageDocumentation
 */
export * from "./calendar/index.js";
export * from "./errors/index.js";
export * from "./machine/index.js";
export * from "./money/index.js";
export * from "./ports/index.js";
export * from "./quantities/index.js";
export { err, type Failure, ok, type Result } from "./result.js";
export * from "./validation/index.js";
