import type { Decimal } from "../../core/index.js";
import { type MeasuredDecimal, measured } from "./measuredDecimal.js";
import type { RateCard } from "./rateCard.js";

/** @internal a card's size and weight limits, and its oversize thresholds, ready for fast exact comparison. */
export interface CardLimits {
  readonly maxWeightKg: MeasuredDecimal | undefined;
  readonly maxPieceWeightKg: MeasuredDecimal | undefined;
  readonly maxLengthCm: MeasuredDecimal | undefined;
  readonly maxLengthPlusGirthCm: MeasuredDecimal | undefined;
  /** Whether any per-piece limit is set (else pieces need not be looked at). */
  readonly limitsPieces: boolean;
  readonly oversizeLongestCm: MeasuredDecimal | undefined;
  readonly oversizeLengthPlusGirthCm: MeasuredDecimal | undefined;
  readonly oversizePieceWeightKg: MeasuredDecimal | undefined;
}

/** @internal the limits of a card, measured. */
export function cardLimitsOf(card: RateCard): CardLimits {
  const limits = card.constraints;
  const oversize = card.surcharges?.oversize;
  const optional = (value: Decimal | undefined) => (value === undefined ? undefined : measured(value));
  return {
    maxWeightKg: optional(limits?.maxWeightKg),
    maxPieceWeightKg: optional(limits?.maxPieceWeightKg),
    maxLengthCm: optional(limits?.maxLengthCm),
    maxLengthPlusGirthCm: optional(limits?.maxLengthPlusGirthCm),
    limitsPieces: Boolean(limits?.maxPieceWeightKg || limits?.maxLengthCm || limits?.maxLengthPlusGirthCm),
    oversizeLongestCm: optional(oversize?.longestOverCm),
    oversizeLengthPlusGirthCm: optional(oversize?.lengthPlusGirthOverCm),
    oversizePieceWeightKg: optional(oversize?.pieceWeightOverKg),
  };
}
