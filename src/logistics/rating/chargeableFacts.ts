import { chargeableOnCard } from "./cardChargeable.js";
import { chargeableInIntegers } from "./integerChargeable.js";
import type { RateCard } from "./rateCard.js";
import { scaledOf } from "./scaledInteger.js";
import type { ChargeableFacts, ShipmentFacts } from "./shipmentFacts.js";

/**
 * @internal the shipment's chargeable quantity under the card's rule, computed once per equal rule for one
 * shipment (cards of one carrier family usually share a rule): in exact integers where it can, else in decimals.
 */
export function chargeableFactsOf(facts: ShipmentFacts, card: RateCard): ChargeableFacts {
  const key = ruleKey(card.chargeable);
  let known = facts.chargeables.get(key);
  if (known === undefined) {
    known = chargeableInIntegers(card.chargeable, facts) ?? chargeableInDecimals(card, facts);
    facts.chargeables.set(key, known);
  }
  return known;
}

function chargeableInDecimals(card: RateCard, facts: ShipmentFacts): ChargeableFacts {
  const quoted = Object.freeze(chargeableOnCard(card, facts.shipment));
  const unitScale = quoted.value.decimalPlaces();
  return { quoted, unitScale, scaledUnits: scaledOf(quoted.value, unitScale) };
}

const ruleKeys = new WeakMap<RateCard["chargeable"], string>();

/** A key that is equal for cards whose chargeable rules are equal, so one shipment's weight is computed once per rule. */
function ruleKey(rule: RateCard["chargeable"]): string {
  let key = ruleKeys.get(rule);
  if (key === undefined) {
    key = buildRuleKey(rule);
    ruleKeys.set(rule, key);
  }
  return key;
}

function buildRuleKey(rule: RateCard["chargeable"]): string {
  switch (rule.method) {
    case "dimensional":
      return `d|${rule.divisor}|${rule.incrementKg}|${rule.per}|${rule.dimensionRounding}`;
    case "dimensional-imperial":
      return `i|${rule.divisor}|${rule.incrementLb}|${rule.per}|${rule.dimensionRounding}`;
    case "actual":
      return `a|${rule.incrementKg}`;
    case "revenue-ton":
      return `r|${rule.kgPerCbm}|${rule.minimumRt}|${rule.incrementRt}`;
  }
}
