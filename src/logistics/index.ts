/**
 * Logistics: chargeable weight, rate cards, quotes and shipping-method selection, freight audit and allocation
 * (`rating`); fulfilment, tracking and customs documents (`operations`). See docs/logistics.md.
 *
 * @packageDocumentation
 */
export * from "./operations/index.js";
export * from "./rating/index.js";
