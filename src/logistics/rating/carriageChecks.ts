import type { CarriageReason } from "./carriageReason.js";
import { isAbove } from "./measuredDecimal.js";
import type { PreparedRateCard } from "./preparedRateCard.js";
import type { RateCard, RateCardIndex } from "./rateCard.js";
import { type ShipmentFacts, shipDayIn } from "./shipmentFacts.js";

/** @internal the index of the zone serving the destination, or undefined. Longest postcode prefix first. */
export function zoneIndexFor(index: RateCardIndex, facts: ShipmentFacts): number | undefined {
  const entry = index.zonesByCountry.get(facts.shipment.destination.country);
  if (!entry) return undefined;
  const postcode = facts.postcode;
  if (postcode !== undefined) for (const [prefix, zone] of entry.prefixes) if (postcode.startsWith(prefix)) return zone;
  return entry.countryWide;
}

/**
 * @internal every reason the card cannot carry the shipment on that date, in a fixed order; undefined when it can
 * (the common case allocates nothing).
 */
export function carriageReasons(
  card: RateCard,
  prepared: PreparedRateCard,
  facts: ShipmentFacts,
  shipAt: Date,
  zone: number | undefined,
): CarriageReason[] | undefined {
  let reasons: CarriageReason[] | undefined;
  const shipment = facts.shipment;
  const shipDay = shipDayIn(facts, shipAt, card.cutoff.timeZone);
  if (shipDay < card.validFrom || (card.validTo !== undefined && shipDay > card.validTo)) {
    reasons = withReason(reasons, {
      code: "RATE_CARD_NOT_VALID",
      message: `ship date ${shipDay} is outside the card's validity ${card.validFrom} to ${card.validTo ?? "open"}`,
    });
  }
  if (shipment.origin && shipment.origin.country !== card.origin.country) {
    reasons = withReason(reasons, {
      code: "ORIGIN_NOT_SERVED",
      message: `the card ships from ${card.origin.country}, the shipment leaves from ${shipment.origin.country}`,
      path: ["origin", "country"],
    });
  }
  const destination = shipment.destination.country;
  if (prepared.index.bannedDestinations.has(destination)) {
    reasons = withReason(reasons, {
      code: "DESTINATION_BANNED",
      message: `${destination} is banned on this card`,
      path: ["destination"],
    });
  } else if (zone === undefined) {
    const where = shipment.destination.postcode ? `${destination} ${shipment.destination.postcode}` : destination;
    reasons = withReason(reasons, {
      code: "DESTINATION_NOT_SERVED",
      message: `no zone serves ${where}`,
      path: ["destination"],
    });
  }
  if (shipment.contents)
    for (const reason of contentReasons(card, prepared.index, facts)) reasons = withReason(reasons, reason);
  if (card.constraints) for (const reason of sizeReasons(prepared, facts)) reasons = withReason(reasons, reason);
  return reasons;
}

/** The list with one more reason, created on the first (no allocation while a card can carry the shipment). */
function withReason(reasons: CarriageReason[] | undefined, reason: CarriageReason): CarriageReason[] {
  if (reasons === undefined) return [reason];
  reasons.push(reason);
  return reasons;
}

const CONTENT_FLAGS = [
  ["liquids", "LIQUID_NOT_ALLOWED"],
  ["powders", "POWDER_NOT_ALLOWED"],
  ["magnets", "MAGNET_NOT_ALLOWED"],
] as const;

const NONE: readonly CarriageReason[] = [];

function contentReasons(card: RateCard, index: RateCardIndex, facts: ShipmentFacts): readonly CarriageReason[] {
  const contents = facts.shipment.contents;
  if (!contents) return NONE;
  const reasons: CarriageReason[] = [];
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
  return reasons;
}

function sizeReasons(prepared: PreparedRateCard, facts: ShipmentFacts): readonly CarriageReason[] {
  const limits = prepared.limits;
  let reasons: CarriageReason[] | undefined;
  if (limits.maxWeightKg && isAbove(facts.actualKg, limits.maxWeightKg)) {
    reasons = withReason(reasons, {
      code: "OVERWEIGHT",
      message: `${facts.actualKg.value.toString()} kg is above the ${limits.maxWeightKg.value.toString()} kg limit`,
      path: ["pieces"],
    });
  }
  if (!limits.limitsPieces) return reasons ?? NONE;
  const pieces = facts.pieces;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as ShipmentFacts["pieces"][number];
    if (limits.maxPieceWeightKg && isAbove(piece.weightKg, limits.maxPieceWeightKg)) {
      reasons = withReason(reasons, {
        code: "PIECE_OVERWEIGHT",
        message: `piece ${index + 1} weighs ${piece.weightKg.value.toString()} kg, above the ${limits.maxPieceWeightKg.value.toString()} kg limit`,
        path: ["pieces", index, "weightKg"],
      });
    }
    if (limits.maxLengthCm && isAbove(piece.longestCm, limits.maxLengthCm)) {
      reasons = withReason(reasons, {
        code: "TOO_LONG",
        message: `piece ${index + 1} is ${piece.longestCm.value.toString()} cm long, above the ${limits.maxLengthCm.value.toString()} cm limit`,
        path: ["pieces", index, "dimensionsCm"],
      });
    }
    if (limits.maxLengthPlusGirthCm && isAbove(piece.lengthPlusGirthCm, limits.maxLengthPlusGirthCm)) {
      reasons = withReason(reasons, {
        code: "LENGTH_PLUS_GIRTH_EXCEEDED",
        message: `piece ${index + 1} measures ${piece.lengthPlusGirthCm.value.toString()} cm length + girth, above ${limits.maxLengthPlusGirthCm.value.toString()} cm`,
        path: ["pieces", index, "dimensionsCm"],
      });
    }
  }
  return reasons ?? NONE;
}
