import type { MessageCatalog } from "../../core/index.js";

/**
 * Titles of the logistics rating codes (quote failures, carriage reasons, surcharges, freight audit findings) in
 * English and Simplified Chinese, in the vocabulary of Chinese cross-border sellers (计费重, 首重/续重, 专线, 海外仓,
 * 带电, 偏远地区附加费). Merge with other catalogs through `mergeMessageCatalogs`.
 *
 * @example
 * ```ts
 * describeCode("BATTERY_NOT_ALLOWED", "zh-CN", logisticsRatingMessages); // "该渠道不接受带电产品"
 * ```
 */
export const logisticsRatingMessages: MessageCatalog = {
  CANNOT_CARRY: { en: "This service cannot carry the shipment", "zh-CN": "该物流渠道无法承运此货件" },
  RATE_CARD_NOT_VALID: { en: "Rate card not valid on the ship date", "zh-CN": "发货日期不在报价表有效期内" },
  ORIGIN_NOT_SERVED: { en: "Service does not ship from this origin", "zh-CN": "该渠道不从此发货地发货" },
  DESTINATION_NOT_SERVED: { en: "Destination not served", "zh-CN": "该渠道不覆盖目的地" },
  DESTINATION_BANNED: { en: "Destination banned on this service", "zh-CN": "该渠道禁止寄往此目的地" },
  OVERWEIGHT: { en: "Shipment over the weight limit", "zh-CN": "货件超重" },
  PIECE_OVERWEIGHT: { en: "A piece is over the weight limit", "zh-CN": "单件超重" },
  TOO_LONG: { en: "A piece is over the length limit", "zh-CN": "单边超长" },
  LENGTH_PLUS_GIRTH_EXCEEDED: { en: "A piece is over the length + girth limit", "zh-CN": "长度加围长超限" },
  BATTERY_NOT_ALLOWED: { en: "Batteries not accepted", "zh-CN": "该渠道不接受带电产品" },
  LIQUID_NOT_ALLOWED: { en: "Liquids not accepted", "zh-CN": "该渠道不接受液体" },
  POWDER_NOT_ALLOWED: { en: "Powders not accepted", "zh-CN": "该渠道不接受粉末" },
  MAGNET_NOT_ALLOWED: { en: "Magnetic goods not accepted", "zh-CN": "该渠道不接受带磁产品" },
  CATEGORY_BANNED: { en: "Product category banned on this service", "zh-CN": "该渠道禁运此类产品" },
  MISSES_DEADLINE: { en: "Would arrive after the deadline", "zh-CN": "预计送达晚于要求时效" },
  CURRENCY_NOT_COMPARABLE: { en: "Price cannot be converted for comparison", "zh-CN": "缺少汇率，无法比较运费" },
  ETA_UNKNOWN: { en: "No transit time given", "zh-CN": "未提供运输时效" },
  ETA_BEYOND_CALENDAR: {
    en: "ETA runs past the business calendar's data: load next year's calendar",
    "zh-CN": "预计时效超出工作日历的数据范围，请加载下一年度的节假日日历",
  },
  REMOTE_AREA: { en: "Remote area surcharge", "zh-CN": "偏远地区附加费" },
  OVERSIZE: { en: "Oversize surcharge", "zh-CN": "超长超重附加费" },
  BATTERY: { en: "Battery surcharge", "zh-CN": "带电附加费" },
  PEAK_SEASON: { en: "Peak season surcharge", "zh-CN": "旺季附加费" },
  FUEL: { en: "Fuel surcharge", "zh-CN": "燃油附加费" },
  BASE: { en: "Base freight", "zh-CN": "基础运费" },
  OTHER: { en: "Other charge", "zh-CN": "其他费用" },
  DUPLICATE: { en: "Billed twice", "zh-CN": "重复计费" },
  NOT_BOOKED: { en: "Shipment never booked", "zh-CN": "无对应下单记录" },
  SERVICE_NOT_BOOKED: { en: "Billed on a service not booked", "zh-CN": "计费渠道与下单渠道不符" },
  REWEIGHED: { en: "Carrier re-weighed the parcel", "zh-CN": "承运商复重后计费重量变化" },
  UNEXPECTED_CHARGE: { en: "Charge not booked", "zh-CN": "出现未约定的费用" },
  CHARGE_VARIANCE: { en: "Charge differs from the quote", "zh-CN": "费用与报价不符" },
  MISSING_CHARGE: { en: "Quoted charge not billed", "zh-CN": "报价中的费用未计入账单" },
  OVER_TOLERANCE: { en: "Variance over tolerance: dispute", "zh-CN": "差异超出容差，需申诉" },
};
