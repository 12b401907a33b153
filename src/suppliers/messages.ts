import type { MessageCatalog } from "../core/index.js";

/**
 * Titles of the suppliers area's codes in English and Chinese: error and outcome codes, grade actions, three-way
 * match verdicts and document events. Merge with `coreMessages` via `mergeMessageCatalogs` and look up with
 * `describeCode`.
 *
 * @example
 * ```ts
 * describeCode("OVER_RECEIPT", "zh-CN", suppliersMessages); // "超出允收数量"
 * describeCode("price-variance", "zh-CN", suppliersMessages); // "价格差异"
 * ```
 */
export const suppliersMessages: MessageCatalog = {
  MEASUREMENT_MISSING: { en: "A criterion has no measurement", "zh-CN": "评估指标缺少数据" },
  AHP_INCONSISTENT: {
    en: "Pairwise judgements are inconsistent (CR above 0.10); revise them",
    "zh-CN": "两两比较判断不一致（一致性比率大于0.10），请调整",
  },
  OVER_RECEIPT: { en: "More received than the order allows", "zh-CN": "超出允收数量" },
  NOT_ORDERED: { en: "Not on the purchase order", "zh-CN": "采购订单中无此行" },
  RECEIPT_CONFLICT: { en: "Receipt already booked with other content", "zh-CN": "收货单已登记且内容不同" },
  LOT_ALREADY_RECEIVED: { en: "Lot already received", "zh-CN": "该批次已收货" },
  UNKNOWN_LOT: { en: "Lot not received on this order", "zh-CN": "该批次未在此订单收货" },
  VERDICT_CONFLICT: { en: "Lot already has another inspection verdict", "zh-CN": "该批次已有不同的检验结论" },
  SUPPLIER_MISMATCH: { en: "Belongs to another supplier", "zh-CN": "供应商不一致" },
  RETURN_CONFLICT: { en: "Return already booked with other content", "zh-CN": "退货单已登记且内容不同" },
  RETURN_EXCEEDS_STOCK: { en: "More returned than in stock", "zh-CN": "退货数量超过库存" },
  preferred: { en: "Preferred: larger share of orders", "zh-CN": "优选供应商：增加采购份额" },
  approved: { en: "Approved", "zh-CN": "合格供应商" },
  "corrective-action": { en: "Corrective action by the deadline", "zh-CN": "限期整改" },
  "suspend-and-review": { en: "Suspend and review for termination", "zh-CN": "暂停合作，评审是否终止" },
  matched: { en: "Matched", "zh-CN": "匹配" },
  "price-variance": { en: "Price variance", "zh-CN": "价格差异" },
  "quantity-variance": { en: "Quantity variance", "zh-CN": "数量差异" },
  "not-received": { en: "Not received", "zh-CN": "未收货" },
  "not-ordered": { en: "Not ordered", "zh-CN": "未下单" },
  "duplicate-invoice": { en: "Duplicate invoice", "zh-CN": "重复发票" },
  "document-expiring": { en: "Qualification document about to expire", "zh-CN": "资质文件即将到期" },
  "document-expired": { en: "Qualification document expired", "zh-CN": "资质文件已过期" },
  "no-data": { en: "No data for the period", "zh-CN": "本期无数据" },
};
