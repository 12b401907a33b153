import type { MessageCatalog } from "../core/index.js";

/**
 * Titles of the quality area's outcome codes and of the verdicts and effects its records produce, in English and
 * Chinese (the vocabulary of Chinese QC teams: 来料检验, 允收, 让步接收...). Verdict codes (`LOT_ACCEPTED`, `LOT_REJECTED`, `SECOND_SAMPLE_NEEDED`) are in
 * `samplingMessages`. Merge with `coreMessages` and `samplingMessages` through
 * `mergeMessageCatalogs` and read with `describeCode`.
 *
 * @example
 * ```ts
 * describeCode("DISPOSITION_QUANTITY_MISMATCH", "zh-CN", mergeMessageCatalogs(coreMessages, qualityMessages));
 * // "处理数量与批量不符"
 * ```
 */
export const qualityMessages: MessageCatalog = {
  DISPOSITION_QUANTITY_MISMATCH: {
    en: "Disposition quantities do not add up to the quantity under the NCR",
    "zh-CN": "处理数量与批量不符",
  },
  MEASUREMENT_OUT_OF_SPEC: { en: "Measurement outside the specification limits", "zh-CN": "测量值超出规格上下限" },
  CONCESSION_NEEDS_APPROVAL: {
    en: "A concession (use as is) needs an approver other than the proposer",
    "zh-CN": "让步接收须由提出人以外的人员审批",
  },
  SORT_RESULT_PENDING: { en: "Sorting (100% screening) has no result yet", "zh-CN": "挑选（全检）尚无结果" },
  CAPA_STEP_OVERDUE: { en: "A CAPA step is past its due date", "zh-CN": "纠正预防措施步骤已逾期" },
  CAPA_NOT_EFFECTIVE: {
    en: "Corrective action not effective: back to root cause analysis",
    "zh-CN": "纠正措施验证无效，需重新分析根本原因",
  },
  CLAIM_OPENED: { en: "Claim opened against the supplier", "zh-CN": "已向供应商发起索赔" },
  CLAIM_ANSWERED: { en: "Supplier answered the claim", "zh-CN": "供应商已回复索赔" },
};
