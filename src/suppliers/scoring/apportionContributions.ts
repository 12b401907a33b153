import { Dec, type Decimal } from "../../core/index.js";

/**
 * @internal Rounds exact contributions to hundredths so that they add up exactly to `total` (already rounded):
 * each is first cut down to hundredths, then the hundredths still missing go one each to the contributions with
 * the largest cut-off remainders, the earlier criterion winning a tie (largest remainder method).
 */
export function apportionContributions(exact: readonly Decimal[], total: Decimal): Decimal[] {
  const floors = exact.map((value) => value.toDecimalPlaces(2, Dec.ROUND_DOWN));
  const given = floors.reduce((sum, value) => sum.plus(value), new Dec(0));
  let left = total.minus(given).times(100).toNumber();
  if (left <= 0) return floors;
  const order = exact
    .map((value, index) => ({ index, remainder: value.minus(floors[index] as Decimal) }))
    .filter((entry) => !entry.remainder.isZero())
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  for (const entry of order) {
    if (left <= 0) break;
    result[entry.index] = (result[entry.index] as Decimal).plus("0.01");
    left -= 1;
  }
  return result;
}
