/**
 * The landed-cost area. See docs/landed-cost.md.
 *
 * @packageDocumentation
 */
export {};
