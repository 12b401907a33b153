import type { Decimal } from "../core/index.js";
import type { LandedCostCharge } from "./landedCostResult.js";
import type { RuleRef } from "./ruleRef.js";

/** @internal a charge in the declaration currency before conversion to the result currency. */
export interface DraftCharge {
  readonly kind: LandedCostCharge["kind"];
  readonly code: string;
  readonly name: string;
  readonly lineIndex?: number;
  readonly base?: Decimal;
  readonly rate?: string;
  readonly description: string;
  readonly computed: Decimal;
  readonly amount: Decimal;
  readonly collection: LandedCostCharge["collection"];
  readonly rule: RuleRef;
  /** For declaration-level charges: how to spread them over lines (customs value when absent). */
  readonly allocationRatios?: readonly Decimal[];
}
