/**
 * Quality: ISO 2859-1 / ANSI/ASQ Z1.4 sampling plans and operating characteristics, IQC / IPQC / OQC inspections,
 * nonconformance reports, CAPA and quality events. See docs/quality.md.
 *
 * @packageDocumentation
 */
export * from "./sampling/index.js";
