import type { MarketRules } from "../marketRules.js";
import { auMarketRules } from "./au.js";
import { caMarketRules } from "./ca.js";
import { cnMarketRules } from "./cn.js";
import { euPresetMarkets } from "./eu.js";
import { jpMarketRules } from "./jp.js";
import { ukMarketRules } from "./uk.js";
import { usMarketRules } from "./us.js";

/**
 * The preset rules per destination, keyed by ISO country code: DE, FR, IE (EU), GB, US, CA, AU, JP and CN. Every
 * figure carries its source and validity; see docs/landed-cost.md. Returns a fresh object: change it freely and
 * pass it as `markets` to {@link landedCost}.
 *
 * @example
 * ```ts
 * const markets = landedCostMarkets();
 * markets.DE?.taxes[0]?.rates.standard; // "0.19"
 * ```
 */
export function landedCostMarkets(): Record<string, MarketRules> {
  const all = [
    ...euPresetMarkets(),
    ukMarketRules(),
    usMarketRules(),
    caMarketRules(),
    auMarketRules(),
    jpMarketRules(),
    cnMarketRules(),
  ];
  return Object.fromEntries(all.map((market) => [market.destination, market]));
}
