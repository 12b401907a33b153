import type { Decimal } from "../../core/index.js";
import { cachedLocalDateIn } from "./calendarMemo.js";
import { actualKgOf } from "./cardChargeable.js";
import type { CarriageReason } from "./carriageReason.js";
import { boxMeasures } from "./dimensions.js";
import { type RateCard, rateCardIndex } from "./rateCard.js";
import { normalisePostcode, type Shipment } from "./shipment.js";
import { cached, type EtaContext } from "./shippingEta.js";

/** @internal the index of the zone serving the destination, or undefined. Longest postcode prefix first. */
export function zoneIndexFor(card: RateCard, shipment: Shipment, context?: EtaContext): number | undefined {
  const entry = rateCardIndex(card).zonesByCountry.get(shipment.destination.country);
  if (!entry) return undefined;
  const postcode = shipment.destination.postcode;
  if (postcode !== undefined && entry.prefixes.length > 0) {
    const normal = context ? normalisedPostcodeOf(context, postcode) : normalisePostcode(postcode);
    for (const [prefix, zone] of entry.prefixes) if (normal.startsWith(prefix)) return zone;
  }
  return entry.countryWide;
}

/** @internal the shipment's normalised postcode, computed once per context. */
function normalisedPostcodeOf(context: EtaContext, postcode: string): string {
  const known = context.cache.get("postcode") as string | undefined;
  if (known !== undefined) return known;
  const normal = normalisePostcode(postcode);
  context.cache.set("postcode", normal);
  return normal;
}

/** The ship date in a time zone, looked up once per zone within a context. */
function shipDayIn(context: EtaContext, timeZone: string): string {
  let days = context.cache.get("shipDays") as Map<string, string> | undefined;
  if (days === undefined) {
    days = new Map();
    context.cache.set("shipDays", days);
  }
  let day = days.get(timeZone);
  if (day === undefined) {
    day = cachedLocalDateIn(context.shipAt, timeZone);
    days.set(timeZone, day);
  }
  return day;
}

/** @internal every reason the card cannot carry the shipment on that date (empty when it can). */
export function carriageReasons(
  card: RateCard,
  shipment: Shipment,
  context: EtaContext,
  zone: number | undefined,
): CarriageReason[] {
  const reasons: CarriageReason[] = [];
  const index = rateCardIndex(card);
  const shipDay = shipDayIn(context, card.cutoff.timeZone);
  if (shipDay < card.validFrom || (card.validTo !== undefined && shipDay > card.validTo)) {
    reasons.push({
      code: "RATE_CARD_NOT_VALID",
      message: `ship date ${shipDay} is outside the card's validity ${card.validFrom} to ${card.validTo ?? "open"}`,
    });
  }
  if (shipment.origin && shipment.origin.country !== card.origin.country) {
    reasons.push({
      code: "ORIGIN_NOT_SERVED",
      message: `the card ships from ${card.origin.country}, the shipment leaves from ${shipment.origin.country}`,
      path: ["origin", "country"],
    });
  }
  const destination = shipment.destination.country;
  if (index.bannedDestinations.has(destination)) {
    reasons.push({
      code: "DESTINATION_BANNED",
      message: `${destination} is banned on this card`,
      path: ["destination"],
    });
  } else if (zone === undefined) {
    const where = shipment.destination.postcode ? `${destination} ${shipment.destination.postcode}` : destination;
    reasons.push({ code: "DESTINATION_NOT_SERVED", message: `no zone serves ${where}`, path: ["destination"] });
  }
  if (shipment.contents) contentReasons(card, shipment, reasons);
  if (card.constraints) sizeReasons(card, shipment, measuresOf(context, shipment), reasons);
  return reasons;
}

const CONTENT_FLAGS = [
  ["liquids", "LIQUID_NOT_ALLOWED"],
  ["powders", "POWDER_NOT_ALLOWED"],
  ["magnets", "MAGNET_NOT_ALLOWED"],
] as const;

function contentReasons(card: RateCard, shipment: Shipment, reasons: CarriageReason[]): void {
  const contents = shipment.contents;
  if (!contents) return;
  const index = rateCardIndex(card);
  const refused =
    contents.batteries && contents.batteries.length > 0
      ? contents.batteries.filter((battery) => !index.allowedBatteries.has(battery))
      : [];
  if (refused.length > 0) {
    reasons.push({
      code: "BATTERY_NOT_ALLOWED",
      message: `batteries ${refused.join(", ")} are not accepted`,
      path: ["contents", "batteries"],
    });
  }
  for (const [flag, code] of CONTENT_FLAGS) {
    if (contents[flag] === true && card.constraints?.[flag] !== true) {
      reasons.push({ code, message: `${flag} are not accepted`, path: ["contents", flag] });
    }
  }
  const banned =
    contents.categories && contents.categories.length > 0 && index.bannedCategories.size > 0
      ? contents.categories.filter((category) => index.bannedCategories.has(category.toLowerCase()))
      : [];
  if (banned.length > 0) {
    reasons.push({
      code: "CATEGORY_BANNED",
      message: `categories ${banned.join(", ")} are banned`,
      path: ["contents", "categories"],
    });
  }
}

interface ShipmentMeasures {
  readonly actualKg: Decimal;
  readonly pieces: readonly { longest: Decimal; lengthPlusGirth: Decimal }[];
}

/** The shipment's total actual weight and each piece's longest edge and length + girth, computed once per context. */
function measuresOf(context: EtaContext, shipment: Shipment): ShipmentMeasures {
  return cached(context, "measures", () => ({
    actualKg: actualKgOf(shipment),
    pieces: shipment.pieces.map((piece) => boxMeasures(piece.dimensionsCm)),
  }));
}

function sizeReasons(card: RateCard, shipment: Shipment, measures: ShipmentMeasures, reasons: CarriageReason[]): void {
  const limits = card.constraints;
  if (!limits) return;
  if (limits.maxWeightKg) {
    const total = measures.actualKg;
    if (total.gt(limits.maxWeightKg)) {
      reasons.push({
        code: "OVERWEIGHT",
        message: `${total.toString()} kg is above the ${limits.maxWeightKg.toString()} kg limit`,
        path: ["pieces"],
      });
    }
  }
  if (!limits.maxPieceWeightKg && !limits.maxLengthCm && !limits.maxLengthPlusGirthCm) return;
  const pieces = shipment.pieces;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Shipment["pieces"][number];
    if (limits.maxPieceWeightKg && piece.weightKg.gt(limits.maxPieceWeightKg)) {
      reasons.push({
        code: "PIECE_OVERWEIGHT",
        message: `piece ${index + 1} weighs ${piece.weightKg.toString()} kg, above the ${limits.maxPieceWeightKg.toString()} kg limit`,
        path: ["pieces", index, "weightKg"],
      });
    }
    if (!limits.maxLengthCm && !limits.maxLengthPlusGirthCm) continue;
    const { longest, lengthPlusGirth } = measures.pieces[index] as ShipmentMeasures["pieces"][number];
    if (limits.maxLengthCm && longest.gt(limits.maxLengthCm)) {
      reasons.push({
        code: "TOO_LONG",
        message: `piece ${index + 1} is ${longest.toString()} cm long, above the ${limits.maxLengthCm.toString()} cm limit`,
        path: ["pieces", index, "dimensionsCm"],
      });
    }
    if (limits.maxLengthPlusGirthCm && lengthPlusGirth.gt(limits.maxLengthPlusGirthCm)) {
      reasons.push({
        code: "LENGTH_PLUS_GIRTH_EXCEEDED",
        message: `piece ${index + 1} measures ${lengthPlusGirth.toString()} cm length + girth, above ${limits.maxLengthPlusGirthCm.toString()} cm`,
        path: ["pieces", index, "dimensionsCm"],
      });
    }
  }
}
