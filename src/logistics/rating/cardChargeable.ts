import { Dec, type Decimal } from "../../core/index.js";
import { piecesChargeable } from "./chargeableWeightOfPieces.js";
import { ceilToStep } from "./decimalSchemas.js";
import type { RateCard } from "./rateCard.js";
import { revenueTonsOf } from "./seaFreightRevenueTons.js";
import type { Shipment } from "./shipment.js";

/**
 * The chargeable quantity a card bills a shipment for, in the card's unit: `kg` (metric dimensional or actual
 * weight), `lb` (imperial dimensional) or `rt` (sea revenue tons), with the basis that decided it and the shipment's
 * actual weight in kg.
 *
 * @example
 * ```ts
 * const c: QuotedChargeable = { value: new Dec("7.5"), unit: "kg", basis: "volumetric", actualKg: new Dec("4.2") };
 * ```
 */
export interface QuotedChargeable {
  /** The billed quantity in `unit`. */
  readonly value: Decimal;
  /** `kg`, `lb` or `rt` (revenue tons). */
  readonly unit: "kg" | "lb" | "rt";
  /** Which weight decided: actual, volumetric, a mix of pieces, or the card's minimum (revenue tons). */
  readonly basis: "actual" | "volumetric" | "mixed" | "minimum";
  /** Total actual weight of the shipment in kg. */
  readonly actualKg: Decimal;
}

const KG_PER_LB = new Dec("0.45359237");
const CM_PER_IN = new Dec("2.54");

/** @internal the chargeable quantity of a parsed shipment on a card. */
export function chargeableOnCard(card: RateCard, shipment: Shipment): QuotedChargeable {
  const rule = card.chargeable;
  switch (rule.method) {
    case "dimensional": {
      const result = piecesChargeable(
        shipment.pieces,
        rule.per,
        rule.divisor ?? new Dec(5000),
        rule.incrementKg ?? new Dec("0.5"),
        rule.dimensionRounding ?? "none",
      );
      return { value: result.chargeableKg, unit: "kg", basis: result.basis, actualKg: result.actualKg };
    }
    case "dimensional-imperial": {
      const pieces = shipment.pieces.map((piece) => ({
        ...piece,
        weightKg: piece.weightKg.div(KG_PER_LB),
        dimensionsCm: {
          length: piece.dimensionsCm.length.div(CM_PER_IN),
          width: piece.dimensionsCm.width.div(CM_PER_IN),
          height: piece.dimensionsCm.height.div(CM_PER_IN),
        },
      }));
      const result = piecesChargeable(
        pieces,
        rule.per,
        rule.divisor ?? new Dec(139),
        rule.incrementLb ?? new Dec(1),
        rule.dimensionRounding ?? "none",
      );
      return { value: result.chargeableKg, unit: "lb", basis: result.basis, actualKg: actualKgOf(shipment) };
    }
    case "actual": {
      const actualKg = actualKgOf(shipment);
      return {
        value: ceilToStep(actualKg, rule.incrementKg ?? new Dec("0.001")),
        unit: "kg",
        basis: "actual",
        actualKg,
      };
    }
    case "revenue-ton": {
      const actualKg = actualKgOf(shipment);
      let cbm = new Dec(0);
      for (const piece of shipment.pieces) {
        const { length, width, height } = piece.dimensionsCm;
        cbm = cbm.plus(
          length
            .times(width)
            .times(height)
            .times(piece.quantity ?? 1),
        );
      }
      const result = revenueTonsOf(actualKg, cbm.div(1_000_000), rule.kgPerCbm ?? new Dec(1000), {
        minimumRt: rule.minimumRt ?? new Dec(1),
        incrementRt: rule.incrementRt,
      });
      return { value: result.revenueTons, unit: "rt", basis: result.basis, actualKg };
    }
  }
}

/** @internal total actual weight in kg. */
export function actualKgOf(shipment: Shipment): Decimal {
  let total = new Dec(0);
  for (const piece of shipment.pieces) total = total.plus(piece.weightKg.times(piece.quantity ?? 1));
  return total;
}
