import * as z from "zod";
import { err, ok, parseInput, type Result } from "../../core/index.js";
import {
  inquiryCategorySchema,
  languageTagSchema,
  serviceChannelSchema,
  servicePrioritySchema,
} from "./conversation.js";

/**
 * A routing rule as data: conditions on language, channel, category, priority and marketplace (each a list; an
 * absent list matches anything) and the queue and SLA policy it assigns. A language condition `"zh"` matches
 * `"zh-CN"` and `"zh-TW"`.
 *
 * @example
 * ```ts
 * const rule: RoutingRule = { id: "zh-complaints", when: { languages: ["zh"], categories: ["complaint"] }, queue: "cn-senior", slaPolicyId: "cn-urgent" };
 * ```
 */
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/**
 * Schema of {@link RoutingRule}.
 *
 * @example
 * ```ts
 * routingRuleSchema.parse({ id: "default", when: {}, queue: "general", slaPolicyId: "standard" });
 * ```
 */
export const routingRuleSchema = z.object({
  id: z.string().min(1),
  when: z.object({
    languages: z.array(languageTagSchema).min(1).optional(),
    channels: z.array(serviceChannelSchema).min(1).optional(),
    categories: z.array(inquiryCategorySchema).min(1).optional(),
    priorities: z.array(servicePrioritySchema).min(1).optional(),
    marketplaces: z.array(z.string().min(1)).min(1).optional(),
  }),
  queue: z.string().min(1),
  slaPolicyId: z.string().min(1),
});

const routableSchema = z.object({
  language: languageTagSchema,
  channel: serviceChannelSchema,
  category: inquiryCategorySchema,
  priority: servicePrioritySchema,
  marketplace: z.string().min(1).optional(),
});

/**
 * Where a conversation goes: the rule that matched, its queue and SLA policy.
 *
 * @example
 * ```ts
 * const route: ConversationRoute = { ruleId: "zh-complaints", queue: "cn-senior", slaPolicyId: "cn-urgent" };
 * ```
 */
export interface ConversationRoute {
  readonly ruleId: string;
  readonly queue: string;
  readonly slaPolicyId: string;
}

function languageMatches(wanted: readonly string[], language: string): boolean {
  const lower = language.toLowerCase();
  return wanted.some((tag) => {
    const t = tag.toLowerCase();
    return lower === t || lower.startsWith(`${t}-`);
  });
}

/**
 * Routes a conversation with the first rule that matches, in order, the way help desks do: put specific rules
 * first and a catch-all (`when: {}`) last.
 *
 * @returns the {@link ConversationRoute}, or `NO_ROUTING_RULE_MATCHED`
 * @throws `INVALID_ARGUMENT` for malformed rules or conversation
 * @example
 * ```ts
 * const r = routeConversation(rules, { language: "zh-CN", channel: "email", category: "complaint", priority: "high" });
 * if (r.ok) r.value.queue; // "cn-senior"
 * ```
 */
export function routeConversation(
  rules: readonly RoutingRule[],
  conversation: z.input<typeof routableSchema>,
): Result<ConversationRoute, { code: "NO_ROUTING_RULE_MATCHED"; message: string }> {
  const parsedRules = parseInput(z.array(routingRuleSchema), rules, ["rules"]);
  const c = parseInput(routableSchema, conversation, ["conversation"]);
  for (const rule of parsedRules) {
    const w = rule.when;
    if (w.languages && !languageMatches(w.languages, c.language)) continue;
    if (w.channels && !w.channels.includes(c.channel)) continue;
    if (w.categories && !w.categories.includes(c.category)) continue;
    if (w.priorities && !w.priorities.includes(c.priority)) continue;
    if (w.marketplaces && (c.marketplace === undefined || !w.marketplaces.includes(c.marketplace))) continue;
    return ok({ ruleId: rule.id, queue: rule.queue, slaPolicyId: rule.slaPolicyId });
  }
  return err({ code: "NO_ROUTING_RULE_MATCHED", message: "no rule matched; add a catch-all rule with when: {}" });
}
