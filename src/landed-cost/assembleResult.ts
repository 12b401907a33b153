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

/** @internal converts charges, spreads declaration-level ones and builds the lines. */
export function assembleAmounts(context: AssemblyContext): AssembledAmounts {
  const { currency, fx, lines } = context;
  const n = lines.length;
  const perLine = {
    duty: lines.map(() => new Dec(0)),
    tax: lines.map(() => new Dec(0)),
    fees: lines.map(() => new Dec(0)),
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
    if (!given || context.shipment.included.includes(kind)) return lines.map(() => new Dec(0));
    if (sameCurrency) return lines.map((line) => line[kind]);
    return splitOver(fx.convert(given, currency, ["input", kind]).amount, currency, context.shipment.ratios);
  };
  const freight = cost("freight");
  const insurance = cost("insurance");
  const onward = cost("onwardTransport");
  const cvTotal = fx.convert(money(sumDecimals(customsValues), context.declared), currency, ["input", "currency"]);
  const lineCustomsValues = sameCurrency ? customsValues : splitOver(cvTotal.amount, currency, cvRatios);
  const places = (minorUnitsOf(currency) ?? 2) + 2;
  const result: LandedCostLine[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i] as WorkLine;
    const parts = [
      (context.goods[i] as Money).amount,
      freight[i] as Decimal,
      insurance[i] as Decimal,
      onward[i] as Decimal,
      perLine.duty[i] as Decimal,
      perLine.tax[i] as Decimal,
      perLine.fees[i] as Decimal,
    ];
    const landed = sumDecimals(parts);
    const m = (value: Decimal) => money(value, currency);
    result.push({
      id: line.id,
      quantity: line.quantity.toString(),
      customsValue: m(lineCustomsValues[i] as Decimal),
      goods: context.goods[i] as Money,
      freight: m(freight[i] as Decimal),
      insurance: m(insurance[i] as Decimal),
      onwardTransport: m(onward[i] as Decimal),
      duty: m(perLine.duty[i] as Decimal),
      tax: m(perLine.tax[i] as Decimal),
      fees: m(perLine.fees[i] as Decimal),
      landedCost: m(landed),
      unitLandedCost: m(landed.div(line.quantity).toDecimalPlaces(places, Dec.ROUND_HALF_UP)),
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
    target[draft.lineIndex] = (target[draft.lineIndex] as Decimal).plus(converted);
    return;
  }
  splitOver(converted, currency, ratios).forEach((share, index) => {
    target[index] = (target[index] as Decimal).plus(share);
  });
}

function toCharge(draft: DraftCharge, amount: Money, converted: Money, context: AssemblyContext): LandedCostCharge {
  const line = draft.lineIndex === undefined ? undefined : context.lines[draft.lineIndex];
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
