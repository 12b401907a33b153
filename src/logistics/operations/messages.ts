import type { MessageCatalog } from "../../core/index.js";

/**
 * Titles of the logistics-operations codes in English and Chinese: split-shipment outcomes, customs-document
 * findings, and the tracking statuses and notification types shown to agents.
 *
 * @example
 * ```ts
 * describeCode("VAGUE_DESCRIPTION", "zh-CN", logisticsOperationsMessages); // "品名申报过于笼统"
 * ```
 */
export const logisticsOperationsMessages: MessageCatalog = {
  SPLIT_QUANTITY_MISMATCH: {
    en: "Split shipments do not carry the ordered quantities",
    "zh-CN": "拆单数量与订单数量不符",
  },
  VAGUE_DESCRIPTION: { en: "Goods description too vague for customs", "zh-CN": "品名申报过于笼统" },
  MISSING_ORIGIN: { en: "Country of origin missing", "zh-CN": "缺少原产国" },
  HS_CODE_CHAPTER_INVALID: { en: "HS code does not start with a valid chapter", "zh-CN": "HS编码章节无效" },
  HS_CODE_LENGTH: {
    en: "HS code has the wrong number of digits for the destination",
    "zh-CN": "HS编码位数不符合目的国要求",
  },
  LINE_CURRENCY_MISMATCH: {
    en: "Line currency differs from the invoice currency",
    "zh-CN": "明细币种与发票币种不一致",
  },
  LINE_TOTAL_MISMATCH: { en: "Line total is not quantity times unit value", "zh-CN": "明细金额不等于数量乘单价" },
  INVOICE_TOTAL_MISMATCH: { en: "Invoice total does not add up", "zh-CN": "发票总金额与明细合计不符" },
  ZERO_VALUE_LINE: { en: "Line declared at zero value", "zh-CN": "申报价值为零" },
  NET_EXCEEDS_GROSS: { en: "Net weight above gross weight", "zh-CN": "净重大于毛重" },
  WEIGHT_TOTAL_MISMATCH: { en: "Weight total does not match the lines", "zh-CN": "总重量与明细合计不符" },
  PACKING_LIST_WEIGHT_MISMATCH: { en: "Packing list weight differs from the invoice", "zh-CN": "装箱单重量与发票不符" },
  MISSING_CARTON_MARKS: { en: "Cartons without shipping marks", "zh-CN": "外箱缺少唛头" },
  VALUE_PER_KG_OUT_OF_BAND: {
    en: "Value per kg outside the category's usual range",
    "zh-CN": "每公斤货值超出该品类常见范围",
  },
  VALUE_BAND_NOT_CHECKED: { en: "No value-per-kg range for this category", "zh-CN": "该品类无每公斤货值参考范围" },
  TRACKING_STALE: { en: "Tracking has not updated", "zh-CN": "物流信息长时间未更新" },
  TRACKING_LATE: { en: "Delivery later than promised", "zh-CN": "晚于承诺时效送达" },
  TRACKING_AT_RISK: { en: "Carrier expects delivery after the promised date", "zh-CN": "承运商预计晚于承诺时效送达" },
  "tracking.pending": { en: "Pending", "zh-CN": "待查询" },
  "tracking.info_received": { en: "Info received", "zh-CN": "已下单待揽收" },
  "tracking.in_transit": { en: "In transit", "zh-CN": "运输途中" },
  "tracking.out_for_delivery": { en: "Out for delivery", "zh-CN": "派送中" },
  "tracking.failed_attempt": { en: "Failed attempt", "zh-CN": "投递失败" },
  "tracking.available_for_pickup": { en: "Available for pickup", "zh-CN": "到达待取" },
  "tracking.delivered": { en: "Delivered", "zh-CN": "已签收" },
  "tracking.exception": { en: "Exception", "zh-CN": "物流异常" },
  "tracking.expired": { en: "Expired", "zh-CN": "运输过久" },
  "notification.shipped": { en: "Shipped", "zh-CN": "已发货" },
  "notification.delayed": { en: "Delayed", "zh-CN": "延误" },
  "notification.customs_hold": { en: "Held by customs", "zh-CN": "海关扣留" },
  "notification.out_for_delivery": { en: "Out for delivery", "zh-CN": "派送中" },
  "notification.delivered": { en: "Delivered", "zh-CN": "已签收" },
  "notification.exception": { en: "Delivery exception", "zh-CN": "物流异常" },
};
