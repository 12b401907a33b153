/**
 * The quality area. See docs/quality.md.
 *
 * @packageDocumentation
 */
export {};
