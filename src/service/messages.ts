import type { MessageCatalog } from "../core/index.js";

/**
 * Titles of the service area's error and outcome codes, in English and Simplified Chinese (the words of the
 * 客服 desk). Merge with `coreMessages` through `mergeMessageCatalogs` and read with `describeCode`.
 *
 * @example
 * ```ts
 * describeCode("RETURN_WINDOW_CLOSED", "zh-CN", serviceMessages); // "已超过退货期限"
 * ```
 */
export const serviceMessages: MessageCatalog = Object.freeze({
  SUPPORT_CALENDAR_NEVER_OPENS: { en: "The support calendar has no opening hours", "zh-CN": "客服日历中没有工作时间" },
  NO_ROUTING_RULE_MATCHED: { en: "No routing rule matched this conversation", "zh-CN": "没有匹配的分配规则" },
  NO_AUTO_REPLY_WHILE_OPEN: { en: "Support is open: no auto-reply", "zh-CN": "当前为工作时间，不发送自动回复" },
  TEMPLATE_NOT_FOUND: { en: "No reply template for this language", "zh-CN": "没有该语言的回复模板" },
  TEMPLATE_VARIABLE_MISSING: { en: "A template variable is missing", "zh-CN": "模板缺少变量" },
  TEMPLATE_VARIABLES_DIFFER: {
    en: "Translations of a template use different variables",
    "zh-CN": "模板各语言版本的变量不一致",
  },
  TEMPLATE_DUPLICATE: { en: "Duplicate reply template", "zh-CN": "回复模板重复" },
  NOTICE_DUPLICATE: { en: "This tracking notice was already sent", "zh-CN": "该物流通知已发送过" },
  NOTICE_THROTTLED: { en: "A similar tracking notice was sent recently", "zh-CN": "近期已发送过同类物流通知" },
  NOTICE_SUPERSEDED: { en: "The shipment was already announced as delivered", "zh-CN": "已通知买家包裹签收" },
  RETURN_POLICY_NOT_FOUND: { en: "No return policy in force on that date", "zh-CN": "该日期没有生效的退货政策" },
  RETURN_WINDOW_CLOSED: { en: "The return window has closed", "zh-CN": "已超过退货期限" },
  RETURN_REASON_NOT_ACCEPTED: { en: "This return reason is not accepted", "zh-CN": "不接受该退货原因" },
  NON_RETURNABLE_CATEGORY: { en: "This category cannot be returned", "zh-CN": "该品类不支持无理由退货" },
  RETURN_CONDITIONS_NOT_MET: { en: "The item does not meet the return conditions", "zh-CN": "商品不符合退货条件" },
  RETURNLESS_COST_EXCEEDS_VALUE: {
    en: "Refund without return: sending it back costs more than it is worth",
    "zh-CN": "仅退款不退货：退回成本高于可回收价值",
  },
  RETURN_WORTH_RECOVERING: { en: "The item is worth getting back", "zh-CN": "商品值得退回" },
  RETURN_REQUIRED_ABOVE_CEILING: {
    en: "The refund is above the returnless ceiling: the item must come back",
    "zh-CN": "退款金额超过仅退款上限，需退回商品",
  },
});
