import { allocate, Dec, type Decimal, money } from "../core/index.js";

/**
 * How shipment-level costs are spread over lines: by goods value, net weight, quantity or volume.
 *
 * @example
 * ```ts
 * const basis: AllocationBasis = "weight";
 * ```
 */
export type AllocationBasis = "value" | "weight" | "quantity" | "volume";

/**
 * @internal splits a rounded total over ratios with core `allocate` (largest remainder, exact sum). A zero total
 * gives zeros; all-zero ratios fall back to equal shares.
 */
export function splitOver(total: Decimal, currency: string, ratios: readonly Decimal[]): Decimal[] {
  if (total.isZero()) return ratios.map(() => new Dec(0));
  const usable = ratios.some((ratio) => !ratio.isZero()) ? ratios : ratios.map(() => new Dec(1));
  return allocate(money(total, currency), usable).map((share) => share.amount);
}
