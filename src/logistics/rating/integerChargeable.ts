import type { Decimal } from "../../core/index.js";
import { decimalFromScaledInteger } from "../../core/money/decimalFromScaledInteger.js";
import type { QuotedChargeable } from "./cardChargeable.js";
import type { DimensionRounding } from "./dimensions.js";
import type { RateCard } from "./rateCard.js";
import { ceilDivide, plus, powerOfTen, rescale, roundHalfUpToScale, scaledOf, times } from "./scaledInteger.js";
import type { ChargeableFacts, PieceFacts, ShipmentFacts } from "./shipmentFacts.js";

/** A decimal rule figure (divisor, increment) as an integer and its scale. */
interface ScaledFigure {
  readonly value: number;
  readonly scale: number;
}

const figures = new WeakMap<Decimal, ScaledFigure>();

function figureOf(value: Decimal): ScaledFigure {
  let figure = figures.get(value);
  if (figure === undefined) {
    const scale = value.decimalPlaces();
    figure = { value: scaledOf(value, scale), scale };
    figures.set(value, figure);
  }
  return figure;
}

const DEFAULT_DIVISOR: ScaledFigure = { value: 5000, scale: 0 };
const DEFAULT_DIMENSIONAL_INCREMENT: ScaledFigure = { value: 5, scale: 1 };
const DEFAULT_ACTUAL_INCREMENT: ScaledFigure = { value: 1, scale: 3 };

/**
 * @internal The chargeable quantity of metric rules (`dimensional`, `actual`) in exact integers, the same figures
 * `chargeableOnCard` computes with decimals: per piece, each piece's larger of actual and L × W × H ÷ divisor
 * (compared as L × W × H > actual × divisor) rounded up to the increment, times its quantity, summed; per shipment,
 * the same for a single piece. Undefined for other rules, several pieces per shipment (where the decimal sum of
 * rounded volumetric weights is the reference), or figures that do not fit; the caller then uses decimals.
 */
export function chargeableInIntegers(rule: RateCard["chargeable"], facts: ShipmentFacts): ChargeableFacts | undefined {
  if (rule.method === "actual") {
    const increment = rule.incrementKg ? figureOf(rule.incrementKg) : DEFAULT_ACTUAL_INCREMENT;
    let actual = 0;
    for (const piece of facts.pieces) actual = plus(actual, times(piece.scaledWeightKg, piece.quantity));
    const scale = facts.weightScale;
    const steps = ceilDivide(
      rescale(actual, scale, scale + increment.scale),
      times(increment.value, powerOfTen(scale)),
    );
    return quantity(times(steps, increment.value), increment.scale, "actual", facts.actualKg.value);
  }
  if (rule.method !== "dimensional") return undefined;
  const single = facts.pieces.length === 1 && facts.pieces[0]?.quantity === 1;
  if (rule.per === "shipment" && !single) return undefined;
  const divisor = rule.divisor ? figureOf(rule.divisor) : DEFAULT_DIVISOR;
  const increment = rule.incrementKg ? figureOf(rule.incrementKg) : DEFAULT_DIMENSIONAL_INCREMENT;
  const rounding = rule.dimensionRounding ?? "none";
  let total = 0;
  let byVolume = 0;
  let byWeight = 0;
  for (const piece of facts.pieces) {
    const one = pieceChargeable(piece, facts, divisor, increment, rounding);
    total = plus(total, times(one.steps, piece.quantity));
    if (one.volumetric) byVolume += piece.quantity;
    else byWeight += piece.quantity;
  }
  const basis = byVolume === 0 ? "actual" : byWeight === 0 ? "volumetric" : "mixed";
  return quantity(times(total, increment.value), increment.scale, basis, facts.actualKg.value);
}

/** One piece: whether volume wins, and the chargeable weight in increments. */
function pieceChargeable(
  piece: PieceFacts,
  facts: ShipmentFacts,
  divisor: ScaledFigure,
  increment: ScaledFigure,
  rounding: DimensionRounding,
): { volumetric: boolean; steps: number } {
  const edgeScale = rounding === "none" ? facts.dimensionScale : 0;
  const [length, width, height] = piece.scaledBoxCm;
  const scale = facts.dimensionScale;
  const volume = times(
    times(roundedEdge(length, scale, rounding), roundedEdge(width, scale, rounding)),
    roundedEdge(height, scale, rounding),
  );
  const volumeScale = 3 * edgeScale;
  const weight = piece.scaledWeightKg;
  const weightScale = facts.weightScale;
  // volume ÷ divisor > weight  ⇔  volume × 10^(weightScale + divisorScale) > weight × divisor × 10^volumeScale
  const volumeSide = times(volume, powerOfTen(weightScale + divisor.scale));
  const weightSide = times(times(weight, divisor.value), powerOfTen(volumeScale));
  if (!Number.isSafeInteger(volumeSide) || !Number.isSafeInteger(weightSide))
    return { volumetric: false, steps: Number.NaN };
  const volumetric = volumeSide > weightSide;
  // ⌈x ÷ increment⌉ with x = volume ÷ divisor or weight, as one integer division.
  const steps = volumetric
    ? ceilDivide(
        times(volume, powerOfTen(divisor.scale + increment.scale)),
        times(times(divisor.value, increment.value), powerOfTen(volumeScale)),
      )
    : ceilDivide(times(weight, powerOfTen(increment.scale)), times(increment.value, powerOfTen(weightScale)));
  return { volumetric, steps };
}

/** An edge held at `scale` decimals after the card's rounding: as measured, half up or up to a whole cm. */
function roundedEdge(value: number, scale: number, rounding: DimensionRounding): number {
  if (rounding === "none") return value;
  return rounding === "nearest" ? roundHalfUpToScale(value, scale, 0) : ceilDivide(value, powerOfTen(scale));
}

function quantity(
  scaledUnits: number,
  unitScale: number,
  basis: QuotedChargeable["basis"],
  actualKg: Decimal,
): ChargeableFacts | undefined {
  if (!Number.isSafeInteger(scaledUnits)) return undefined;
  const value = decimalFromScaledInteger(scaledUnits, unitScale);
  return { quoted: Object.freeze({ value, unit: "kg", basis, actualKg }), scaledUnits, unitScale };
}
