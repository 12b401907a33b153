import { describe, expect, it } from "vitest";
import { admissionMessages, proposalMachine, stageGateMachine } from "../../src/admission/index.js";
import { describeCode } from "../../src/core/index.js";

describe("admissionMessages", () => {
  it("has both locales for every code", () => {
    for (const [code, entry] of Object.entries(admissionMessages)) {
      expect(entry.en.length, code).toBeGreaterThan(0);
      expect(entry["zh-CN"].length, code).toBeGreaterThan(0);
    }
  });
  it("names every proposal and development state", () => {
    for (const state of [...proposalMachine.states, ...stageGateMachine.states])
      expect(admissionMessages[`state.${state}`], state).toBeDefined();
  });
  it("uses the vocabulary users know", () => {
    expect(describeCode("state.complianceReview", "zh-CN", admissionMessages)).toBe("合规审查");
    expect(describeCode("COMPLIANCE_GAPS", "zh-CN", admissionMessages)).toBe("合规审查未通过：缺少或过期的资料");
  });
});
