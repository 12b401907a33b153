import { Dec, type Decimal, type Money, minorUnitsOf } from "../core/index.js";
import { type PreparedRatios, prepareRatios, splitOver } from "./allocation.js";
import { asMoney as money } from "./asMoney.js";
import { sumDecimals } from "./authorityRounding.js";
import type { DraftCharge } from "./draftCharge.js";
import type { FxLedger } from "./fxLedger.js";
import type { ShipmentCostKind } from "./incoterms.js";
import type { LandedCostCharge, LandedCostLine } from "./landedCostResult.js";
import type { ValuedShipment } from "./shipmentValuation.js";
import type { WorkLine } from "./workLine.js";

/** @internal charges and lines in the result currency; every total is the sum of its lines. */
export interface AssembledAmounts {
  readonly charges: LandedCostCharge[];
  readonly lines: LandedCostLine[];
}

/** @internal what the assembly needs. */
export interface AssemblyContext {
  readonly declared: string;
  readonly currency: string;
  readonly fx: FxLedger;
  readonly shipment: ValuedShipment;
  readonly lines: readonly WorkLine[];
  readonly goods: readonly Money[];
  readonly drafts: readonly DraftCharge[];
  readonly otherCosts: readonly { id: string; name: string; amount: Money }[];
  readonly date: string;
}

const KIND_FIELD = { duty: "duty", tax: "tax", fee: "fees" } as const;

/** decimal.js values are immutable, so one zero can stand for every empty share. */
const ZERO: Decimal = new Dec(0);

/**
 * `sum + value`, skipping the copy when `sum` is the shared zero: decimal.js gives `0 + value` as `value` rounded to
 * the precision, which is `value` itself when it has no more significant digits than that (and is not zero, whose
 * sign the addition normalises).
 */
function addTo(sum: Decimal, value: Decimal): Decimal {
  if (value === ZERO) return sum;
  return sum === ZERO && !value.isZero() && value.sd() <= Dec.precision ? value : sum.plus(value);
}

/** @internal converts charges, spreads declaration-level ones and builds the lines. */
export function assembleAmounts(context: AssemblyContext): AssembledAmounts {
  const { currency, fx, lines } = context;
  const n = lines.length;
  const perLine = {
    duty: new Array<Decimal>(n).fill(ZERO),
    tax: new Array<Decimal>(n).fill(ZERO),
    fees: new Array<Decimal>(n).fill(ZERO),
  };
  const customsValues = lines.map((line) => line.customsValue);
  const cvRatios = prepareRatios(customsValues);
  const sameCurrency = currency === context.declared;
  const charges: LandedCostCharge[] = context.drafts.map((draft) => {
    const amount = money(draft.amount, context.declared);
    const converted = fx.convert(amount, currency, ["input", "currency"]);
    spread(perLine[KIND_FIELD[draft.kind]], draft, converted.amount, draft.allocationRatios ?? cvRatios, currency);
    return toCharge(draft, amount, converted, context);
  });
  context.otherCosts.forEach((cost, index) => {
    const source = money(cost.amount.amount, cost.amount.currency);
    const declaredAmount = fx.convert(source, context.declared, ["input", "otherCosts", index, "amount"]);
    const converted = fx.convert(source, currency, ["input", "otherCosts", index, "amount"]);
    const draft: DraftCharge = {
      kind: "fee",
      code: "OTHER_COST",
      name: cost.name,
      description: "given by the host (broker, clearance or other cost)",
      computed: declaredAmount.amount,
      amount: declaredAmount.amount,
      collection: "service-provider",
      rule: { id: `input:${cost.id}`, authority: "host", source: `otherCosts[${index}]`, validFrom: context.date },
    };
    spread(perLine.fees, draft, converted.amount, context.shipment.ratios, currency);
    charges.push({ ...toCharge(draft, declaredAmount, converted, context), id: `OTHER_COST:${cost.id}` });
  });
  const cost = (kind: ShipmentCostKind): Decimal[] => {
    const given = context.shipment.costs[kind];
    if (!given || context.shipment.included.includes(kind)) return new Array<Decimal>(n).fill(ZERO);
    if (sameCurrency) return lines.map((line) => line[kind]);
    return splitOver(fx.convert(given, currency, ["input", kind]).amount, currency, context.shipment.ratios);
  };
  const freight = cost("freight");
  const insurance = cost("insurance");
  const onward = cost("onwardTransport");
  const cvTotal = fx.convert(money(sumDecimals(customsValues), context.declared), currency, ["input", "currency"]);
  const lineCustomsValues = sameCurrency ? customsValues : splitOver(cvTotal.amount, currency, cvRatios);
  const places = (minorUnitsOf(currency) ?? 2) + 2;
  const zero = money(ZERO, currency);
  // Money values are frozen, so every empty share of the result can be the same zero.
  const amountOf = (amount: Decimal): Money => (amount === ZERO ? zero : money(amount, currency));
  const result: LandedCostLine[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i] as WorkLine;
    const goods = context.goods[i] as Money;
    const lineFreight = freight[i] as Decimal;
    const lineInsurance = insurance[i] as Decimal;
    const lineOnward = onward[i] as Decimal;
    const duty = perLine.duty[i] as Decimal;
    const tax = perLine.tax[i] as Decimal;
    const fees = perLine.fees[i] as Decimal;
    // Same order of additions as Σ [goods, freight, insurance, onward, duty, tax, fees] from zero; adding the shared
    // zero is skipped (it would only copy the sum).
    let landed = addTo(ZERO, goods.amount);
    for (const part of [lineFreight, lineInsurance, lineOnward, duty, tax, fees]) landed = addTo(landed, part);
    result.push({
      id: line.id,
      quantity: line.quantity.toString(),
      customsValue: money(lineCustomsValues[i] as Decimal, currency),
      goods,
      freight: amountOf(lineFreight),
      insurance: amountOf(lineInsurance),
      onwardTransport: amountOf(lineOnward),
      duty: amountOf(duty),
      tax: amountOf(tax),
      fees: amountOf(fees),
      landedCost: money(landed, currency),
      unitLandedCost: money(landed.div(line.quantity).toDecimalPlaces(places, Dec.ROUND_HALF_UP), currency),
    });
  }
  return { charges, lines: result };
}

function spread(
  target: Decimal[],
  draft: DraftCharge,
  converted: Decimal,
  ratios: PreparedRatios | readonly Decimal[],
  currency: string,
): void {
  if (draft.lineIndex !== undefined) {
    target[draft.lineIndex] = addTo(target[draft.lineIndex] as Decimal, converted);
    return;
  }
  splitOver(converted, currency, ratios).forEach((share, index) => {
    target[index] = addTo(target[index] as Decimal, share);
  });
}

function toCharge(draft: DraftCharge, amount: Money, converted: Money, context: AssemblyContext): LandedCostCharge {
  const line = draft.lineIndex === undefined ? undefined : context.lines[draft.lineIndex];
  if (line && draft.base !== undefined && draft.rate !== undefined) {
    // The common per-line charge as one literal (same keys, same order) rather than spreads.
    return {
      id: `${draft.code}:${line.id}`,
      kind: draft.kind,
      code: draft.code,
      name: draft.name,
      lineId: line.id,
      base: money(draft.base, context.declared),
      rate: draft.rate,
      description: draft.description,
      computed: money(draft.computed, context.declared),
      amount,
      amountInCurrency: converted,
      collection: draft.collection,
      rule: draft.rule,
    };
  }
  return {
    id: line ? `${draft.code}:${line.id}` : draft.code,
    kind: draft.kind,
    code: draft.code,
    name: draft.name,
    ...(line ? { lineId: line.id } : {}),
    ...(draft.base === undefined ? {} : { base: money(draft.base, context.declared) }),
    ...(draft.rate === undefined ? {} : { rate: draft.rate }),
    description: draft.description,
    computed: money(draft.computed, context.declared),
    amount,
    amountInCurrency: converted,
    collection: draft.collection,
    rule: draft.rule,
  };
}
