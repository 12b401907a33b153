import type { LocalDate } from "../../core/index.js";
import { cachedLocalDateIn } from "./calendarMemo.js";
import { actualKgOf, type QuotedChargeable } from "./cardChargeable.js";
import { boxMeasures } from "./dimensions.js";
import { type MeasuredDecimal, measured } from "./measuredDecimal.js";
import { scaledOf } from "./scaledInteger.js";
import { normalisePostcode, type Shipment } from "./shipment.js";

/** @internal one line of pieces, measured once per quote or selection. */
export interface PieceFacts {
  readonly weightKg: MeasuredDecimal;
  /** The weight as an integer at {@link ShipmentFacts.weightScale} decimals, or NaN when not representable. */
  readonly scaledWeightKg: number;
  readonly quantity: number;
  /** Length, width and height as integers at {@link ShipmentFacts.dimensionScale} decimals (NaN when not representable). */
  readonly scaledBoxCm: readonly [number, number, number];
  readonly longestCm: MeasuredDecimal;
  readonly lengthPlusGirthCm: MeasuredDecimal;
}

/**
 * @internal what every card asks of one shipment, worked out once per `quoteShipment` or `selectShippingMethod`
 * call rather than once per card: the normalised postcode, the item count, weights and box measures, the ship day
 * in each cut-off time zone, and (filled in as cards ask) the chargeable quantity under each distinct rule.
 */
export interface ShipmentFacts {
  readonly shipment: Shipment;
  readonly postcode: string | undefined;
  readonly itemCount: number;
  readonly hasBatteries: boolean;
  readonly actualKg: MeasuredDecimal;
  readonly pieces: readonly PieceFacts[];
  /** Decimals of the most precise piece weight (the scale of {@link PieceFacts.scaledWeightKg}). */
  readonly weightScale: number;
  /** Decimals of the most precise box edge (the scale of {@link PieceFacts.scaledBoxCm}). */
  readonly dimensionScale: number;
  /** Ship day by time zone, filled in on demand. */
  readonly shipDays: Map<string, LocalDate>;
  /** Chargeable quantity by rule key, filled in as cards ask (see `chargeableFactsOf`). */
  readonly chargeables: Map<string, ChargeableFacts>;
}

/** @internal the chargeable quantity under one rule, also as an integer for exact integer pricing. */
export interface ChargeableFacts {
  readonly quoted: QuotedChargeable;
  /** `quoted.value` × 10^`unitScale`, or NaN when not a safe integer. */
  readonly scaledUnits: number;
  /** Decimals of `quoted.value`. */
  readonly unitScale: number;
}

/** @internal the facts of a parsed shipment. */
export function shipmentFacts(shipment: Shipment): ShipmentFacts {
  let weightScale = 0;
  let dimensionScale = 0;
  for (const { weightKg, dimensionsCm } of shipment.pieces) {
    weightScale = Math.max(weightScale, weightKg.decimalPlaces());
    const { length, width, height } = dimensionsCm;
    dimensionScale = Math.max(dimensionScale, length.decimalPlaces(), width.decimalPlaces(), height.decimalPlaces());
  }
  const pieces = shipment.pieces.map((piece): PieceFacts => {
    const { length, width, height } = piece.dimensionsCm;
    const { longest, lengthPlusGirth } = boxMeasures(piece.dimensionsCm);
    return {
      weightKg: measured(piece.weightKg),
      scaledWeightKg: scaledOf(piece.weightKg, weightScale),
      quantity: piece.quantity ?? 1,
      scaledBoxCm: [
        scaledOf(length, dimensionScale),
        scaledOf(width, dimensionScale),
        scaledOf(height, dimensionScale),
      ],
      longestCm: measured(longest),
      lengthPlusGirthCm: measured(lengthPlusGirth),
    };
  });
  const postcode = shipment.destination.postcode;
  return {
    shipment,
    postcode: postcode === undefined ? undefined : normalisePostcode(postcode),
    itemCount: shipment.itemCount ?? pieces.reduce((count, piece) => count + piece.quantity, 0),
    hasBatteries: (shipment.contents?.batteries?.length ?? 0) > 0,
    actualKg: measured(actualKgOf(shipment)),
    pieces,
    weightScale,
    dimensionScale,
    shipDays: new Map(),
    chargeables: new Map(),
  };
}

/** @internal the ship date as a calendar day in a time zone, looked up once per zone. */
export function shipDayIn(facts: ShipmentFacts, shipAt: Date, timeZone: string): LocalDate {
  let day = facts.shipDays.get(timeZone);
  if (day === undefined) {
    day = cachedLocalDateIn(shipAt, timeZone);
    facts.shipDays.set(timeZone, day);
  }
  return day;
}
