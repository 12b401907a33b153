import { allocate, Dec, type Decimal, type DecimalInput, money } from "../core/index.js";

/**
 * How shipment-level costs are spread over lines: by goods value, net weight, quantity or volume.
 *
 * @example
 * ```ts
 * const basis: AllocationBasis = "weight";
 * ```
 */
export type AllocationBasis = "value" | "weight" | "quantity" | "volume";

/** decimal.js values are immutable, so one zero can stand for every zero share. */
const ZERO: Decimal = new Dec(0);

/** Parsed once: comparing with the number itself would parse it again for every ratio. */
const MAX_SAFE: Decimal = new Dec(Number.MAX_SAFE_INTEGER);

/** @internal ratios scaled once to safe integers (when they fit), so repeated allocations take core's fast path. */
export interface PreparedRatios {
  readonly kind: "prepared";
  readonly values: readonly DecimalInput[];
  readonly length: number;
}

/** @internal scales decimal ratios to integers of one common scale; all-zero ratios become equal shares. */
export function prepareRatios(ratios: readonly Decimal[]): PreparedRatios {
  const usable = ratios.some((ratio) => !ratio.isZero()) ? ratios : ratios.map(() => new Dec(1));
  let places = 0;
  for (const ratio of usable) places = Math.max(places, ratio.decimalPlaces());
  const scaled = usable.map((ratio) => (places === 0 ? ratio : ratio.times(10 ** places)));
  const safe = places <= 15 && scaled.every((value) => value.lte(MAX_SAFE));
  return { kind: "prepared", values: safe ? scaled.map((value) => value.toNumber()) : usable, length: usable.length };
}

/**
 * @internal splits a rounded total over prepared ratios with core `allocate` (largest remainder, exact sum).
 * A zero total gives zeros.
 */
export function splitOver(total: Decimal, currency: string, ratios: PreparedRatios | readonly Decimal[]): Decimal[] {
  const prepared = isPrepared(ratios) ? ratios : prepareRatios(ratios);
  if (total.isZero()) return new Array<Decimal>(prepared.length).fill(ZERO);
  return allocate(money(total, currency), prepared.values).map((share) => share.amount);
}

function isPrepared(ratios: PreparedRatios | readonly Decimal[]): ratios is PreparedRatios {
  return !Array.isArray(ratios);
}
