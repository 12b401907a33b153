/**
 * A plausible range of declared value per kilogram of net weight for a category of goods. A declared value far
 * below the band suggests undervaluation (a common reason for holds and reassessment); far above suggests a
 * wrong weight or a unit error.
 *
 * @example
 * ```ts
 * const band: ValueDensityBand = { category: "apparel", currency: "USD", minPerKg: "8", maxPerKg: "250" };
 * ```
 */
export interface ValueDensityBand {
  readonly category: string;
  readonly currency: string;
  /** Decimal string, value per kg of net weight. */
  readonly minPerKg: string;
  readonly maxPerKg: string;
}

/**
 * Illustrative value-per-kg bands in USD for categories sellers shipping from China commonly declare. They are
 * sample figures for the checks and the docs, not customs thresholds: calibrate them on your own accepted
 * declarations and pass your own bands.
 *
 * @example
 * ```ts
 * defaultValueDensityBands.find((b) => b.category === "consumer_electronics")?.minPerKg; // "15"
 * ```
 */
export const defaultValueDensityBands: readonly ValueDensityBand[] = Object.freeze([
  { category: "apparel", currency: "USD", minPerKg: "8", maxPerKg: "250" },
  { category: "footwear", currency: "USD", minPerKg: "6", maxPerKg: "200" },
  { category: "consumer_electronics", currency: "USD", minPerKg: "15", maxPerKg: "1500" },
  { category: "phone_accessories", currency: "USD", minPerKg: "10", maxPerKg: "400" },
  { category: "toys", currency: "USD", minPerKg: "4", maxPerKg: "120" },
  { category: "home_kitchen", currency: "USD", minPerKg: "3", maxPerKg: "80" },
  { category: "cosmetics", currency: "USD", minPerKg: "10", maxPerKg: "500" },
  { category: "jewellery", currency: "USD", minPerKg: "30", maxPerKg: "20000" },
  { category: "sporting_goods", currency: "USD", minPerKg: "4", maxPerKg: "150" },
  { category: "furniture", currency: "USD", minPerKg: "2", maxPerKg: "40" },
]);
