import type { MessageCatalog } from "../core/index.js";

/**
 * Titles, in English and Simplified Chinese, of the admission area's outcome codes, proposal and development
 * states, and unit economics lines (`line.<key>`). Merge it with `coreMessages` and read it with `describeCode`.
 *
 * @example
 * ```ts
 * describeCode("COMPLIANCE_GAPS", "zh-CN", admissionMessages); // "合规审查未通过：缺少或过期的资料"
 * describeCode("line.referralFee", "zh-CN", admissionMessages); // "平台佣金"
 * ```
 */
export const admissionMessages: MessageCatalog = {
  NO_BREAK_EVEN_PRICE: {
    en: "No price breaks even: the fees on the price reach 100%",
    "zh-CN": "无保本价：按售价计的费用比例合计达到 100%",
  },
  FEE_SCHEDULE_NOT_FOUND: {
    en: "No marketplace fee schedule for this date and category",
    "zh-CN": "没有适用于该日期和类目的平台费率表",
  },
  NO_SUPPLIER_SELECTED: { en: "No supplier selected", "zh-CN": "尚未选定供应商" },
  NO_COMPLIANCE_REVIEW: { en: "No compliance review recorded", "zh-CN": "尚未进行合规审查" },
  COMPLIANCE_GAPS: {
    en: "Compliance gaps: required evidence missing, expired or failed",
    "zh-CN": "合规审查未通过：缺少或过期的资料",
  },
  BOARD_NOT_APPROVED: { en: "The review board has not approved", "zh-CN": "评审会议未批准" },
  PRODUCT_NOT_APPROVED: { en: "The product has not been admitted", "zh-CN": "新品未获准入" },
  SUPPLIER_NOT_APPROVED: { en: "The supplier is not approved", "zh-CN": "供应商未通过审核" },
  SUPPLIER_NOT_ADMITTED_FOR_PRODUCT: {
    en: "The supplier was not admitted for this product",
    "zh-CN": "该供应商不是此新品准入时选定的供应商",
  },
  DESIGN_NOT_FROZEN: { en: "The design is not frozen yet; change it directly", "zh-CN": "设计尚未冻结，可直接修改" },
  ENGINEERING_CHANGE_NOT_APPROVED: { en: "The engineering change is not approved", "zh-CN": "工程变更未获批准" },
  REVISION_MISMATCH: {
    en: "The change was raised against another revision of the specification",
    "zh-CN": "变更申请针对的不是当前版本的规格书",
  },
  "state.drafted": { en: "Drafted", "zh-CN": "草拟" },
  "state.researching": { en: "Market research", "zh-CN": "市场调研" },
  "state.sourcing": { en: "Supplier screening", "zh-CN": "供应商筛选与评估" },
  "state.sampling": { en: "Sample evaluation", "zh-CN": "产品评估与测试" },
  "state.complianceReview": { en: "Compliance review", "zh-CN": "合规审查" },
  "state.atReviewBoard": { en: "At the review board", "zh-CN": "评审会议" },
  "state.sentBack": { en: "Sent back to improve", "zh-CN": "退回改进" },
  "state.approved": { en: "Approved", "zh-CN": "批准准入" },
  "state.rejected": { en: "Rejected", "zh-CN": "拒绝准入" },
  "state.withdrawn": { en: "Withdrawn", "zh-CN": "已撤回" },
  "state.requirements": { en: "Requirements", "zh-CN": "需求确定与规划" },
  "state.design": { en: "Design", "zh-CN": "产品设计与开发" },
  "state.prototype": { en: "Prototype / samples", "zh-CN": "样品制作" },
  "state.testing": { en: "Testing and validation", "zh-CN": "测试与验证" },
  "state.iteration": { en: "Iteration", "zh-CN": "优化与改进" },
  "state.pilotRun": { en: "Pilot run", "zh-CN": "试产" },
  "state.onHold": { en: "On hold", "zh-CN": "暂停" },
  "state.massProductionReady": { en: "Ready for mass production", "zh-CN": "量产准备就绪" },
  "state.killed": { en: "Killed", "zh-CN": "终止" },
  "line.price": { en: "Selling price", "zh-CN": "售价" },
  "line.referralFee": { en: "Referral fee", "zh-CN": "平台佣金" },
  "line.fulfilmentFee": { en: "Fulfilment fee", "zh-CN": "配送费" },
  "line.advertising": { en: "Advertising", "zh-CN": "广告费" },
  "line.returnAllowance": { en: "Return allowance", "zh-CN": "退货预留" },
  "line.paymentFee": { en: "Payment fee", "zh-CN": "支付手续费" },
  "line.paymentFixedFee": { en: "Payment fee per order", "zh-CN": "每单支付手续费" },
  "line.fxFee": { en: "Currency conversion fee", "zh-CN": "换汇手续费" },
  "line.landedCost": { en: "Landed cost", "zh-CN": "到岸成本" },
  "line.otherCost": { en: "Other cost", "zh-CN": "其他成本" },
  "line.contributionMargin": { en: "Contribution margin", "zh-CN": "边际贡献" },
};
