import { Dec, type Decimal, money, roundMoney } from "../core/index.js";
import type { RoundingStep } from "./marketRules.js";

/** @internal rounds a decimal as an authority prescribes (minor unit of `currency` unless a step is given). */
export function roundAsAuthority(value: Decimal, currency: string, step: RoundingStep | undefined): Decimal {
  if (!step) return value;
  const options = step.step === undefined ? {} : { step: step.step };
  return roundMoney(money(value, currency), step.mode, options).amount;
}

/** @internal half-up to the currency's minor unit. */
export function toMinor(value: Decimal, currency: string): Decimal {
  return roundMoney(money(value, currency)).amount;
}

/** @internal Σ of decimals. */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  let total = new Dec(0);
  for (const value of values) total = total.plus(value);
  return total;
}
