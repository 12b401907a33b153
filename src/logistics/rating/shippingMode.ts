import * as z from "zod";

/**
 * How goods travel: commercial `express`, `postal`, a `dedicated-line` (专线, consolidated line-haul with local
 * last-mile delivery), an `overseas-warehouse` (海外仓, shipped from stock already abroad), or freight by `air`,
 * `sea` or `rail`.
 *
 * @example
 * ```ts
 * const mode: ShippingMode = "dedicated-line";
 * ```
 */
export type ShippingMode = z.infer<typeof shippingModeSchema>;

/**
 * Schema of {@link ShippingMode}.
 *
 * @example
 * ```ts
 * shippingModeSchema.parse("postal");
 * ```
 */
export const shippingModeSchema = z.enum([
  "express",
  "postal",
  "dedicated-line",
  "overseas-warehouse",
  "air",
  "sea",
  "rail",
]);

/**
 * Schema of a UN number for dangerous goods such as lithium batteries: `UN3480` (lithium-ion cells and batteries
 * alone), `UN3481` (lithium-ion packed with or contained in equipment), `UN3090`, `UN3091` (lithium metal).
 *
 * @example
 * ```ts
 * unNumberSchema.parse("UN3481");
 * ```
 */
export const unNumberSchema = z.string().regex(/^UN\d{4}$/, { message: 'must be a UN number such as "UN3481"' });
