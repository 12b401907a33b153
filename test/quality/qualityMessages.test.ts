import { describe, expect, it } from "vitest";
import { coreMessages, describeCode, mergeMessageCatalogs } from "../../src/core/index.js";
import { qualityMessages } from "../../src/quality/index.js";

describe("qualityMessages", () => {
  it("has English and Chinese for every code", () => {
    for (const [code, entry] of Object.entries(qualityMessages)) {
      expect(entry.en.length, code).toBeGreaterThan(0);
      expect(entry["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("merges with the core catalog without overriding it", () => {
    const all = mergeMessageCatalogs(coreMessages, qualityMessages);
    expect(describeCode("DISPOSITION_QUANTITY_MISMATCH", "zh-CN", all)).toBe("处理数量与批量不符");
    expect(describeCode("ILLEGAL_TRANSITION", "zh-CN", all)).toBe(coreMessages.ILLEGAL_TRANSITION?.["zh-CN"]);
    for (const code of Object.keys(qualityMessages)) expect(coreMessages[code]).toBeUndefined();
  });
});
