import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { type RoutingRule, routeConversation } from "../../../src/service/index.js";

const rules: RoutingRule[] = [
  {
    id: "urgent-complaints",
    when: { categories: ["complaint"], priorities: ["urgent", "high"] },
    queue: "senior",
    slaPolicyId: "urgent",
  },
  {
    id: "amazon",
    when: { channels: ["marketplace"], marketplaces: ["amazon-us", "amazon-de"] },
    queue: "amazon",
    slaPolicyId: "marketplace-24h",
  },
  { id: "chinese", when: { languages: ["zh"] }, queue: "cn", slaPolicyId: "cn-business" },
  { id: "default", when: {}, queue: "general", slaPolicyId: "standard" },
];
const base = { language: "en", channel: "email", category: "pre-sale", priority: "normal" } as const;

describe("routeConversation", () => {
  it("takes the first rule that matches", () => {
    const r = routeConversation(rules, {
      ...base,
      channel: "marketplace",
      marketplace: "amazon-de",
      category: "complaint",
      priority: "high",
    });
    expect(r.ok && r.value).toEqual({ ruleId: "urgent-complaints", queue: "senior", slaPolicyId: "urgent" });
    const amazon = routeConversation(rules, { ...base, channel: "marketplace", marketplace: "amazon-de" });
    expect(amazon.ok && amazon.value.ruleId).toBe("amazon");
  });
  it("matches a language by its base tag and needs the marketplace when the rule names one", () => {
    expect(routeConversation(rules, { ...base, language: "zh-CN" }).ok && "cn").toBe("cn");
    const r = routeConversation(rules, { ...base, language: "zh-TW", channel: "marketplace" });
    expect(r.ok && r.value.queue).toBe("cn");
  });
  it("reports when nothing matches", () => {
    const r = routeConversation(rules.slice(0, 3), base);
    expect(!r.ok && r.error.code).toBe("NO_ROUTING_RULE_MATCHED");
  });
  it("refuses a malformed rule", () => {
    try {
      routeConversation([{ id: "x", when: { channels: ["fax"] }, queue: "q", slaPolicyId: "p" } as never], base);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["rules", 0, "when", "channels", 0]);
    }
  });
});
