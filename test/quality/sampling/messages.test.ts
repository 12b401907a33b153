import { describe, expect, it } from "vitest";
import { describeCode } from "../../../src/core/index.js";
import { samplingMessages } from "../../../src/quality/sampling/index.js";

describe("samplingMessages", () => {
  it("titles every outcome and error code of the area in English and Chinese", () => {
    for (const code of [
      "LOT_ACCEPTED",
      "LOT_REJECTED",
      "SECOND_SAMPLE_NEEDED",
      "SAMPLING_TABLE_UNAVAILABLE",
      "INSPECTION_SEVERITY_CHANGED",
      "INSPECTION_DISCONTINUED",
    ]) {
      expect(samplingMessages[code]?.en, code).toBeTruthy();
      expect(samplingMessages[code]?.["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(describeCode("LOT_REJECTED", "zh-CN", samplingMessages)).toBe("批次判定不合格（拒收）");
  });
});
