import * as z from "zod";
import { parseInput } from "../../core/index.js";

/**
 * How serious a complaint is.
 *
 * @example
 * ```ts
 * const severity: ComplaintSeverity = "critical";
 * ```
 */
export type ComplaintSeverity = z.infer<typeof complaintSeveritySchema>;

/**
 * Schema of {@link ComplaintSeverity}.
 *
 * @example
 * ```ts
 * complaintSeveritySchema.parse("major");
 * ```
 */
export const complaintSeveritySchema = z.enum(["critical", "major", "minor"]);

/**
 * Schema of {@link ComplaintFacts}.
 *
 * @example
 * ```ts
 * complaintFactsSchema.parse({ injury: true });
 * ```
 */
export const complaintFactsSchema = z.object({
  /** Injury to a person. */
  injury: z.boolean().default(false),
  /** A safety hazard (fire, electric shock, choking), even without injury. */
  safetyHazard: z.boolean().default(false),
  /** A regulator, marketplace policy team or lawyer is involved. */
  regulatory: z.boolean().default(false),
  /** Public: a negative review, a social media post, a marketplace A-to-z claim. */
  publicExposure: z.boolean().default(false),
  /** The same buyer or the same defect complained about before. */
  repeat: z.boolean().default(false),
});

/**
 * What is known about a complaint when it is classified.
 *
 * @example
 * ```ts
 * const facts: ComplaintFacts = { safetyHazard: true };
 * ```
 */
export type ComplaintFacts = z.input<typeof complaintFactsSchema>;

/**
 * A severity rule: when every listed fact is true, the complaint gets this severity. Rules are read in order and
 * the first match wins.
 *
 * @example
 * ```ts
 * const rule: ComplaintSeverityRule = { when: ["publicExposure"], severity: "major" };
 * ```
 */
export type ComplaintSeverityRule = z.infer<typeof complaintSeverityRuleSchema>;

/**
 * Schema of {@link ComplaintSeverityRule}.
 *
 * @example
 * ```ts
 * complaintSeverityRuleSchema.parse({ when: ["repeat"], severity: "major" });
 * ```
 */
export const complaintSeverityRuleSchema = z.object({
  when: z.array(z.enum(["injury", "safetyHazard", "regulatory", "publicExposure", "repeat"])).min(1),
  severity: complaintSeveritySchema,
});

/**
 * Default severity rules: injury, safety hazards and regulatory involvement are critical; public exposure and
 * repeats are major; anything else is minor.
 *
 * @example
 * ```ts
 * classifyComplaintSeverity({ repeat: true }, defaultComplaintSeverityRules); // "major"
 * ```
 */
export const defaultComplaintSeverityRules: readonly ComplaintSeverityRule[] = Object.freeze([
  { when: ["injury"], severity: "critical" },
  { when: ["safetyHazard"], severity: "critical" },
  { when: ["regulatory"], severity: "critical" },
  { when: ["publicExposure"], severity: "major" },
  { when: ["repeat"], severity: "major" },
]);

/**
 * Classifies a complaint with severity rules (first match wins; `minor` when none matches).
 *
 * @throws `INVALID_ARGUMENT` for malformed facts or rules
 * @example
 * ```ts
 * classifyComplaintSeverity({ safetyHazard: true }); // "critical"
 * classifyComplaintSeverity({}); // "minor"
 * ```
 */
export function classifyComplaintSeverity(
  facts: ComplaintFacts,
  rules: readonly ComplaintSeverityRule[] = defaultComplaintSeverityRules,
): ComplaintSeverity {
  const known = parseInput(complaintFactsSchema, facts, ["facts"]);
  const parsedRules = parseInput(z.array(complaintSeverityRuleSchema), rules, ["rules"]);
  for (const rule of parsedRules) if (rule.when.every((fact) => known[fact])) return rule.severity;
  return "minor";
}
