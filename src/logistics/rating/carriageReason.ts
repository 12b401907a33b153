/**
 * Why a rate card (or an outside rate) cannot carry a shipment, or was set aside by a selection:
 * - `RATE_CARD_NOT_VALID`: the ship date is outside the card's validity dates;
 * - `ORIGIN_NOT_SERVED`: the shipment leaves from another country than the card's origin;
 * - `DESTINATION_NOT_SERVED`: no zone covers the destination country or postcode;
 * - `DESTINATION_BANNED`: the card lists the destination as banned;
 * - `OVERWEIGHT`, `PIECE_OVERWEIGHT`: actual weight of the shipment or of one piece above the limit;
 * - `TOO_LONG`, `LENGTH_PLUS_GIRTH_EXCEEDED`: a piece above the length or length + girth limit;
 * - `BATTERY_NOT_ALLOWED`, `LIQUID_NOT_ALLOWED`, `POWDER_NOT_ALLOWED`, `MAGNET_NOT_ALLOWED`: contents the card
 *   refuses; `CATEGORY_BANNED`: a product category the card refuses;
 * - `MISSES_DEADLINE`: the latest ETA falls after `deliverBy`;
 * - `CURRENCY_NOT_COMPARABLE`: the price cannot be converted to the comparison currency;
 * - `ETA_UNKNOWN`: an outside rate gave neither delivery days nor a delivery date;
 * - `ETA_BEYOND_CALENDAR`: the ship day, the handover or the ETA falls after the last day a business calendar covers
 *   (typically late in the year, before the next year's calendar data is loaded); the message names the calendar,
 *   its last day and what to load.
 *
 * @example
 * ```ts
 * const code: CarriageReasonCode = "BATTERY_NOT_ALLOWED";
 * ```
 */
export type CarriageReasonCode =
  | "RATE_CARD_NOT_VALID"
  | "ORIGIN_NOT_SERVED"
  | "DESTINATION_NOT_SERVED"
  | "DESTINATION_BANNED"
  | "OVERWEIGHT"
  | "PIECE_OVERWEIGHT"
  | "TOO_LONG"
  | "LENGTH_PLUS_GIRTH_EXCEEDED"
  | "BATTERY_NOT_ALLOWED"
  | "LIQUID_NOT_ALLOWED"
  | "POWDER_NOT_ALLOWED"
  | "MAGNET_NOT_ALLOWED"
  | "CATEGORY_BANNED"
  | "MISSES_DEADLINE"
  | "CURRENCY_NOT_COMPARABLE"
  | "ETA_UNKNOWN"
  | "ETA_BEYOND_CALENDAR";

/**
 * One reason a shipment cannot go with a card: a stable `code`, a sentence for people and, where it concerns one
 * part of the shipment, the `path` of that part (e.g. `["pieces", 1]`).
 *
 * @example
 * ```ts
 * const reason: CarriageReason = { code: "OVERWEIGHT", message: "31 kg is above the 30 kg limit", path: ["pieces"] };
 * ```
 */
export interface CarriageReason {
  /** Stable code, see {@link CarriageReasonCode}. */
  readonly code: CarriageReasonCode;
  /** What is wrong, with the figures. */
  readonly message: string;
  /** The part of the shipment concerned, when there is one. */
  readonly path?: ReadonlyArray<string | number>;
}
