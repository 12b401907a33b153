import type { MessageCatalog } from "../../core/index.js";

/**
 * Titles of the sampling area's outcome and error codes, in English and Chinese (the words QC teams use).
 *
 * @example
 * ```ts
 * describeCode("LOT_REJECTED", "zh-CN", samplingMessages); // "批次判定不合格（拒收）"
 * ```
 */
export const samplingMessages: MessageCatalog = {
  LOT_ACCEPTED: { en: "Lot accepted", "zh-CN": "批次判定合格（接收）" },
  LOT_REJECTED: { en: "Lot not accepted (rejected)", "zh-CN": "批次判定不合格（拒收）" },
  SECOND_SAMPLE_NEEDED: { en: "Draw and inspect the second sample", "zh-CN": "需抽取第二样本继续检验" },
  SAMPLING_TABLE_UNAVAILABLE: {
    en: "This sampling table is not available in the library",
    "zh-CN": "本库未提供该抽样表",
  },
  INSPECTION_SEVERITY_CHANGED: { en: "Inspection severity changed", "zh-CN": "检验严格度已转移" },
  INSPECTION_DISCONTINUED: {
    en: "Sampling inspection discontinued until the supplier corrects the process",
    "zh-CN": "暂停抽样检验，待供应商完成纠正措施",
  },
};
