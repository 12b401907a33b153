import * as z from "zod";
import { countryCodeSchema, instantSchema } from "../../core/index.js";
import { pieceSchema } from "./chargeableWeightOfPieces.js";
import { unNumberSchema } from "./shippingMode.js";

/**
 * Schema of a shipment to quote: where it goes (country and optional postcode), optionally where it leaves from,
 * its pieces (actual weight in kg, box in cm, quantity), the number of sellable units (for per-item prices; the
 * number of pieces by default), what is inside (battery UN numbers, liquids, powders, magnets, product categories)
 * and the moment it is ready to ship.
 *
 * @example
 * ```ts
 * shipmentSchema.parse({
 *   destination: { country: "DE", postcode: "10115" },
 *   pieces: [{ weightKg: "1.2", dimensionsCm: { length: 30, width: 20, height: 10 } }],
 *   contents: { batteries: ["UN3481"] },
 *   shipDate: "2026-03-02T03:00:00Z",
 * });
 * ```
 */
export const shipmentSchema = z.object({
  id: z.string().min(1).optional(),
  origin: z.object({ country: countryCodeSchema }).optional(),
  destination: z.object({
    country: countryCodeSchema,
    postcode: z.string().trim().min(1).max(16).optional(),
  }),
  pieces: z.array(pieceSchema).min(1, { message: "a shipment needs at least one piece" }),
  itemCount: z.number().int().positive().optional(),
  contents: z
    .object({
      batteries: z.array(unNumberSchema).optional(),
      liquids: z.boolean().optional(),
      powders: z.boolean().optional(),
      magnets: z.boolean().optional(),
      categories: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  shipDate: instantSchema.optional(),
});

/**
 * A shipment as callers write it (decimals as strings or numbers, dates as ISO strings or `Date`).
 *
 * @example
 * ```ts
 * const parcel: ShipmentInput = {
 *   destination: { country: "US", postcode: "90001" },
 *   pieces: [{ weightKg: "0.8", dimensionsCm: { length: 25, width: 18, height: 8 } }],
 * };
 * ```
 */
export type ShipmentInput = z.input<typeof shipmentSchema>;

/**
 * A validated shipment (decimals parsed into `Dec`, the ship date into a `Date`).
 *
 * @example
 * ```ts
 * const parsed: Shipment = shipmentSchema.parse({ destination: { country: "DE" }, pieces: [{ weightKg: 1, dimensionsCm: { length: 10, width: 10, height: 10 } }] });
 * ```
 */
export type Shipment = z.output<typeof shipmentSchema>;

/** @internal normalises a postcode for prefix matching: no spaces, upper case. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, "").toUpperCase();
}
