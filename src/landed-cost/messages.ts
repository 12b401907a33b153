import type { MessageCatalog } from "../core/index.js";

/**
 * Titles of the landed-cost error codes in English and Simplified Chinese. Merge with `coreMessages` (which holds
 * `FX_RATE_MISSING`, `INVALID_ARGUMENT`) through `mergeMessageCatalogs`.
 *
 * @example
 * ```ts
 * describeCode("TARIFF_NOT_FOUND", "zh-CN", mergeMessageCatalogs(coreMessages, landedCostMessages)); // "未找到该商品编码的税率"
 * ```
 */
export const landedCostMessages: MessageCatalog = {
  UNKNOWN_COUNTRY: { en: "Unknown country code", "zh-CN": "未知的国家代码" },
  INVALID_HS_CODE: { en: "HS code has the wrong shape", "zh-CN": "HS编码格式不正确" },
  NO_MARKET_RULES: { en: "No landed-cost rules for this destination", "zh-CN": "目的国没有可用的到岸成本规则" },
  NO_RULE_IN_FORCE: { en: "No rule in force on this date", "zh-CN": "该日期没有生效的规则" },
  TARIFF_NOT_FOUND: { en: "No duty rate found for this HS code", "zh-CN": "未找到该商品编码的税率" },
  MISSING_LINE_MEASURE: {
    en: "The line lacks a weight, volume or litres needed for this duty or allocation",
    "zh-CN": "该行缺少计征关税或分摊所需的重量、体积或升数",
  },
  TAX_CATEGORY_UNKNOWN: { en: "Unknown tax category for this import tax", "zh-CN": "进口环节税的税目类别未知" },
  INCLUDED_COSTS_EXCEED_PRICE: {
    en: "The freight or insurance included in the price exceed the price",
    "zh-CN": "价格条款中包含的运费或保险费超过了货价",
  },
};
