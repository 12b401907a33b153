/**
 * The service area. See docs/service.md.
 *
 * @packageDocumentation
 */
export {};
