/**
 * The admission area. See docs/admission.md.
 *
 * @packageDocumentation
 */
export {};
