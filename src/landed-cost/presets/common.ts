import type { AuthorityRounding } from "../marketRules.js";
import type { RuleRef } from "../ruleRef.js";

/** @internal half-up to the minor unit, per line and per declaration: what most authorities do. */
export function minorUnitRounding(rule: RuleRef): AuthorityRounding {
  const halfUp = { mode: "half-up" } as const;
  return { lineDuty: halfUp, dutyTotal: halfUp, lineTax: halfUp, taxTotal: halfUp, rule };
}
