/**
 * crossborder-ops: everything in one import. Prefer the subpaths (`crossborder-ops/core`, `/quality` ...) to keep
 * bundles small; both are tree-shakeable.
 *
 * @packageDocumentation
 */
export * from "./admission/index.js";
export * from "./core/index.js";
export * from "./landed-cost/index.js";
export * from "./logistics/index.js";
export * from "./quality/index.js";
export * from "./service/index.js";
export * from "./suppliers/index.js";
