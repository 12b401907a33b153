/**
 * The suppliers area: one scoring engine for supplier screening, performance and logistics partners; supplier
 * master data and qualification documents; KPIs derived from events; purchase orders and receipts; supplier-assisted
 * (outsourced) procurement; three-way match and settlement statements. See docs/suppliers.md.
 *
 * @packageDocumentation
 */

export * from "./kpi/index.js";
export * from "./master/index.js";
export * from "./matching/index.js";
export { suppliersMessages } from "./messages.js";
export * from "./outsourcing/index.js";
export * from "./purchasing/index.js";
export * from "./scoring/index.js";
export * from "./seams/index.js";
export * from "./settlement/index.js";
