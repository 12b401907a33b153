import type { Decimal, Money } from "../core/index.js";
import type { BuyerKind, LowValueRegime, MarketRules, TransportMode } from "./marketRules.js";
import { isRuleInForce, type RuleRef } from "./ruleRef.js";
import { showMoney } from "./showMoney.js";

/**
 * One regime the calculator considered and why it did or did not apply.
 *
 * @example
 * ```ts
 * const check: RegimeCheck = { code: "US_DE_MINIMIS", applies: false, reason: "suspended for origin CN from 2025-05-02 (Executive Order 14256)" };
 * ```
 */
export interface RegimeCheck {
  readonly code: string;
  readonly applies: boolean;
  readonly reason: string;
}

/**
 * The regime a quote was computed under: a low-value regime (with its rule) or `STANDARD_IMPORT`, what it did to
 * duty, taxes and fees, the reason in words, every regime considered, and for destinations with entry types (US)
 * whether the entry is formal or informal.
 *
 * @example
 * ```ts
 * const { regime } = landedCost(input);
 * console.log(regime.code, regime.reason); // "US_DE_MINIMIS", "customs value 500.00 USD ≤ 800.00 USD ..."
 * ```
 */
export interface LandedCostRegime {
  readonly code: string;
  readonly name: string;
  readonly reason: string;
  readonly rule: RuleRef | undefined;
  readonly duty: "exempt" | "normal" | "flat-per-subheading";
  readonly tax: "exempt" | "border" | "point-of-sale";
  readonly fees: "exempt" | "normal";
  readonly entryType: "formal" | "informal" | undefined;
  readonly considered: readonly RegimeCheck[];
}

/** @internal the facts a regime is judged on, amounts in the declaration currency. */
export interface RegimeFacts {
  readonly date: string;
  readonly buyer: BuyerKind;
  readonly mode: TransportMode;
  readonly shipFrom: string;
  readonly origins: readonly string[];
  readonly iossRegistered: boolean;
  readonly intrinsicValue: Decimal;
  readonly customsValue: Decimal;
}

/** @internal the first regime that applies (in the market's order), with the checks made. */
export function chooseRegime(
  market: MarketRules,
  facts: RegimeFacts,
): { regime: LowValueRegime | undefined; checks: RegimeCheck[] } {
  const checks: RegimeCheck[] = [];
  for (const regime of market.regimes) {
    const refusal = whyNot(regime, facts);
    if (refusal === undefined) {
      checks.push({ code: regime.code, applies: true, reason: thresholdText(regime, facts, true) });
      return { regime, checks };
    }
    if (refusal !== null) checks.push({ code: regime.code, applies: false, reason: refusal });
  }
  return { regime: undefined, checks };
}

/** Why a regime does not apply; `undefined` when it applies, `null` when it is simply not in force that day. */
function whyNot(regime: LowValueRegime, facts: RegimeFacts): string | null | undefined {
  if (!isRuleInForce(regime.rule, facts.date)) {
    if (facts.date < regime.rule.validFrom) return null;
    return `ended on ${regime.rule.validTo} (${regime.rule.authority})`;
  }
  for (const suspension of regime.suspensions ?? []) {
    if (!isRuleInForce(suspension.rule, facts.date)) continue;
    const hit =
      suspension.origins === "all" ? facts.origins : facts.origins.filter((o) => suspension.origins.includes(o));
    if (hit.length > 0) {
      const who = suspension.origins === "all" ? "all origins" : `origin ${hit.join(", ")}`;
      return `suspended for ${who} from ${suspension.rule.validFrom} (${suspension.rule.authority})`;
    }
  }
  if (regime.buyers && !regime.buyers.includes(facts.buyer)) return `not for ${facts.buyer} buyers`;
  if (regime.modes && !regime.modes.includes(facts.mode)) return `not for ${facts.mode} shipments`;
  if (regime.shipFrom?.only && !regime.shipFrom.only.includes(facts.shipFrom))
    return `only for goods shipped from ${regime.shipFrom.only.join(", ")}`;
  if (regime.shipFrom?.except?.includes(facts.shipFrom)) return `not for goods shipped from ${facts.shipFrom}`;
  if (regime.requiresIoss && !facts.iossRegistered) return "the seller is not IOSS-registered";
  if (!withinThreshold(regime, facts)) return thresholdText(regime, facts, false);
  return undefined;
}

function measured(regime: LowValueRegime, facts: RegimeFacts): Decimal {
  return regime.threshold.measure === "intrinsic-value" ? facts.intrinsicValue : facts.customsValue;
}

function withinThreshold(regime: LowValueRegime, facts: RegimeFacts): boolean {
  const value = measured(regime, facts);
  const limit = regime.threshold.amount.amount;
  return regime.threshold.inclusive ? value.lte(limit) : value.lt(limit);
}

function thresholdText(regime: LowValueRegime, facts: RegimeFacts, within: boolean): string {
  const { amount, inclusive } = regime.threshold;
  const what = regime.threshold.measure === "intrinsic-value" ? "intrinsic value" : "customs value";
  const sign = within ? (inclusive ? "≤" : "<") : inclusive ? ">" : "≥";
  return `${what} ${show(measured(regime, facts), amount)} ${sign} ${show(amount.amount, amount)}`;
}

function show(value: Decimal, unit: Money): string {
  return showMoney(value, unit.currency);
}
