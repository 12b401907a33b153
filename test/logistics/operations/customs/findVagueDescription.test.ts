import { describe, expect, it } from "vitest";
import { defaultVagueDescriptionTerms, findVagueDescription } from "../../../../src/logistics/operations/index.js";

describe("findVagueDescription", () => {
  it.each([
    ["Gift", "gift"],
    ["gifts for friends", "gifts"],
    ["SAMPLE", "sample"],
    ["Spare parts", "spare parts"],
    ["Computer parts", "parts"],
    ["Phone accessories", "accessories"],
    ["General merchandise", "general merchandise"],
    ["Clothing", "clothing"],
    ["礼品", "礼品"],
    ["样品", "样品"],
    ["手机配件", "配件"],
    ["汽车零件", "零件"],
  ])("%s rests on %s", (description, term) => {
    expect(findVagueDescription(description, defaultVagueDescriptionTerms)?.term).toBe(term);
  });
  it.each([
    "Silicone phone case for iPhone 15",
    "Stainless steel vacuum flask, 500 ml",
    "Bicycle brake parts, aluminium",
    "Men's cotton clothing",
    "不锈钢真空保温杯",
    "自行车铝合金刹车零件",
  ])("%s names the goods", (description) => {
    expect(findVagueDescription(description, defaultVagueDescriptionTerms)).toBeUndefined();
  });
});
