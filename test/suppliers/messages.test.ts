import { describe, expect, it } from "vitest";
import { describeCode } from "../../src/core/index.js";
import { suppliersMessages } from "../../src/suppliers/index.js";

describe("suppliersMessages", () => {
  it("has English and Chinese for every code", () => {
    for (const [code, entry] of Object.entries(suppliersMessages)) {
      expect(entry.en, code).toMatch(/\S/);
      expect(entry["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("covers the codes the area returns", () => {
    for (const code of [
      "MEASUREMENT_MISSING",
      "AHP_INCONSISTENT",
      "OVER_RECEIPT",
      "RETURN_EXCEEDS_STOCK",
      "duplicate-invoice",
    ])
      expect(suppliersMessages[code], code).toBeDefined();
    expect(describeCode("corrective-action", "zh-CN", suppliersMessages)).toBe("限期整改");
  });
});
