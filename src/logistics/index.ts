/**
 * The logistics area. See docs/logistics.md.
 *
 * @packageDocumentation
 */
export {};
