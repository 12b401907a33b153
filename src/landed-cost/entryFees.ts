import { Dec, type Decimal, type Money } from "../core/index.js";
import { toMinor } from "./authorityRounding.js";
import type { DraftCharge } from "./draftCharge.js";
import { percentText } from "./dutyMeasure.js";
import type { FeeRule, LowValueRegime, TransportMode } from "./marketRules.js";
import { showMoney } from "./showMoney.js";

/** @internal what the fee step needs. */
export interface FeeContext {
  readonly currency: string;
  readonly fees: readonly FeeRule[];
  readonly regime: LowValueRegime | undefined;
  readonly entryType: "formal" | "informal" | undefined;
  readonly mode: TransportMode;
  readonly customsValue: Decimal;
  readonly toDeclared: (amount: Money, path: ReadonlyArray<string | number>) => Decimal;
}

/** @internal entry fees on the declaration (US MPF, HMF), none under a regime that exempts them. */
export function computeEntryFees(context: FeeContext): DraftCharge[] {
  if (context.regime?.fees === "exempt") return [];
  const charges: DraftCharge[] = [];
  for (const fee of context.fees) {
    if (fee.entry && fee.entry !== context.entryType) continue;
    if (fee.modes && !fee.modes.includes(context.mode)) continue;
    charges.push(feeCharge(fee, context));
  }
  return charges;
}

function feeCharge(fee: FeeRule, context: FeeContext): DraftCharge {
  const common = { kind: "fee", code: fee.code, name: fee.name, collection: "border", rule: fee.rule } as const;
  const charge = fee.charge;
  if (charge.kind === "flat") {
    const amount = context.toDeclared(charge.amount, ["input", "markets"]);
    return { ...common, description: `flat ${showMoney(charge.amount)} per entry`, computed: amount, amount };
  }
  const computed = context.customsValue.times(charge.rate);
  let amount = toMinor(computed, context.currency);
  const bounds: string[] = [];
  if (charge.min) {
    amount = Dec.max(amount, context.toDeclared(charge.min, ["input", "markets"]));
    bounds.push(`min ${showMoney(charge.min)}`);
  }
  if (charge.max) {
    amount = Dec.min(amount, context.toDeclared(charge.max, ["input", "markets"]));
    bounds.push(`max ${showMoney(charge.max)}`);
  }
  const clamp = bounds.length > 0 ? ` (${bounds.join(", ")})` : "";
  return {
    ...common,
    base: context.customsValue,
    rate: charge.rate,
    description: `${percentText(charge.rate)} of the customs value${clamp}`,
    computed,
    amount,
  };
}
