import { type CardLimits, cardLimitsOf } from "./cardLimits.js";
import { type IntegerRateCard, integerRateCardOf } from "./integerRateCard.js";
import { type RateCard, type RateCardIndex, rateCardIndex } from "./rateCard.js";

/**
 * @internal everything quoting needs from a defined card beyond its data, built on first use and kept for the
 * card's life (cards are frozen, so it never goes stale): lookup tables, limits, integer prices and the static part
 * of each zone's ETA key.
 */
export interface PreparedRateCard {
  readonly index: RateCardIndex;
  readonly limits: CardLimits;
  /** Undefined when a figure does not fit safe integers; such a card is priced with decimals. */
  readonly integer: IntegerRateCard | undefined;
  /** Per zone: origin, cut-off and transit days, the ETA's inputs apart from the shipment's. */
  readonly etaKeys: readonly string[];
}

const prepared = new WeakMap<RateCard, PreparedRateCard>();

/** @internal the prepared form of a defined card. */
export function preparedRateCardOf(card: RateCard): PreparedRateCard {
  let known = prepared.get(card);
  if (known === undefined) {
    known = {
      index: rateCardIndex(card),
      limits: cardLimitsOf(card),
      integer: integerRateCardOf(card),
      etaKeys: card.zones.map(
        (zone) =>
          `${card.origin.country}|${card.cutoff.time}|${card.cutoff.timeZone}|${zone.transitDays.min}|${zone.transitDays.max}`,
      ),
    };
    prepared.set(card, known);
  }
  return known;
}
