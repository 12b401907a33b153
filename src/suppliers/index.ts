/**
 * The suppliers area. See docs/suppliers.md.
 *
 * @packageDocumentation
 */
export {};
