import { describe, expect, it } from "vitest";
import { checkHsCodeFormat, defaultHsCodeRules } from "../../../../src/logistics/operations/index.js";

describe("checkHsCodeFormat", () => {
  it.each([
    ["6109.10.0012", "US", undefined],
    ["610910", "US", "length"],
    ["61091000", "DE", undefined],
    ["6109100010", "FR", undefined],
    ["610910", "IT", "length"],
    ["6109100010", "GB", undefined],
    ["61091000", "GB", "length"],
    ["610910000", "JP", undefined],
    ["6109100000", "JP", "length"],
    ["61091000", "AU", undefined],
    ["6109100010", "AU", undefined],
    ["6109100000", "CN", undefined],
    ["61091000", "BR", undefined],
    ["6109", "BR", "length"],
    ["9901000000", "US", "chapter"],
    ["7712000000", "US", "chapter"],
    ["0012000000", "US", "chapter"],
  ])("%s into %s → %s", (code, destination, problem) => {
    expect(checkHsCodeFormat(code, destination, defaultHsCodeRules).problem).toBe(problem);
  });
  it("names the rule applied", () => {
    expect(checkHsCodeFormat("61091000", "DE", defaultHsCodeRules).rule?.country).toBe("EU");
    expect(checkHsCodeFormat("61091000", "BR", defaultHsCodeRules).rule).toBeUndefined();
  });
});
