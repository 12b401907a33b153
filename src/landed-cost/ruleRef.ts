import * as z from "zod";
import { localDateSchema } from "../core/index.js";

/**
 * Schema of {@link RuleRef}: where a figure comes from and when it applies.
 *
 * @example
 * ```ts
 * ruleRefSchema.parse({ id: "us-hmf", authority: "CBP", source: "https://www.freightos.com/...", validFrom: "1987-04-01" });
 * ```
 */
export const ruleRefSchema = z.object({
  id: z.string().min(1),
  authority: z.string().min(1),
  source: z.string().min(1),
  validFrom: localDateSchema,
  validTo: localDateSchema.optional(),
  note: z.string().optional(),
});

/**
 * The rule behind a figure: a stable `id`, the `authority` that set it, the `source` (a URL or legal reference),
 * and its validity. `validFrom` and `validTo` are both **inclusive** calendar days (`validTo` is the last day the
 * rule applies; absent means open-ended). `note` carries caveats such as an unverified date.
 *
 * @example
 * ```ts
 * const mpf: RuleRef = { id: "us-mpf-fy2026", authority: "CBP", source: "CSMS #65741993", validFrom: "2025-10-01", validTo: "2026-09-30" };
 * ```
 */
export type RuleRef = z.infer<typeof ruleRefSchema>;

/**
 * Tells whether a rule is in force on a day (`YYYY-MM-DD`), both ends inclusive.
 *
 * @example
 * ```ts
 * isRuleInForce({ id: "x", authority: "EU", source: "-", validFrom: "2026-07-01" }, "2026-06-30"); // false
 * ```
 */
export function isRuleInForce(rule: Pick<RuleRef, "validFrom" | "validTo">, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === undefined || date <= rule.validTo);
}
