import { Dec, type Decimal, type Money, opsError, roundMoney } from "../core/index.js";
import { type AllocationBasis, type PreparedRatios, prepareRatios, splitOver } from "./allocation.js";
import { asMoney } from "./asMoney.js";
import { toMinor } from "./authorityRounding.js";
import type { FxLedger } from "./fxLedger.js";
import { normalizeHsCode } from "./hsCode.js";
import { costsIncludedInPrice, type ShipmentCostKind } from "./incoterms.js";
import type { ParsedLandedCostInput } from "./landedCostInput.js";
import type { LowValueRegime, ValuationRule } from "./marketRules.js";
import type { WorkLine } from "./workLine.js";

/** @internal the shipment valued in the declaration currency, before any regime is chosen. */
export interface ValuedShipment {
  readonly lines: WorkLine[];
  readonly ratios: PreparedRatios;
  readonly included: readonly ShipmentCostKind[];
  readonly costs: Readonly<Record<ShipmentCostKind, Money | undefined>>;
  /** Each line's price (unit price × quantity, half-up to minor units) in its own currency. */
  readonly prices: readonly Money[];
}

const COSTS: readonly ShipmentCostKind[] = ["freight", "insurance", "onwardTransport"];

/** @internal prices, allocated shipment costs, intrinsic and customs values per line. */
export function valueShipment(
  input: ParsedLandedCostInput,
  valuation: ValuationRule,
  currency: string,
  fx: FxLedger,
): ValuedShipment {
  const prices = input.lines.map((line) =>
    asMoney(toMinor(line.unitPrice.amount.times(line.quantity), line.unitPrice.currency), line.unitPrice.currency),
  );
  const goods = prices.map(
    (price, index) => fx.convert(price, currency, ["input", "lines", index, "unitPrice"]).amount,
  );
  const ratios = prepareRatios(allocationRatios(input, goods));
  const costs = {} as Record<ShipmentCostKind, Money | undefined>;
  const shares = {} as Record<ShipmentCostKind, Decimal[]>;
  for (const kind of COSTS) {
    const given = input[kind];
    costs[kind] = given ? roundMoney(given) : undefined;
    const declared = given ? fx.convert(roundMoney(given), currency, ["input", kind]).amount : new Dec(0);
    shares[kind] = splitOver(declared, currency, ratios);
  }
  const included = costsIncludedInPrice(input.incoterm);
  const onwardInValue = valuation.onwardTransportIncludedForModes?.includes(input.mode) ?? false;
  const lines = input.lines.map((line, index): WorkLine => {
    const share = (kind: ShipmentCostKind) => shares[kind][index] as Decimal;
    const lineGoods = goods[index] as Decimal;
    let intrinsicValue = lineGoods;
    for (const kind of included) intrinsicValue = intrinsicValue.minus(share(kind));
    if (intrinsicValue.isNegative()) {
      throw opsError("INCLUDED_COSTS_EXCEED_PRICE", [
        {
          path: ["input", "lines", index, "unitPrice"],
          message: `under ${input.incoterm} the price includes ${included.join(", ")}, but the line's share of them exceeds its price`,
        },
      ]);
    }
    let customsValue = intrinsicValue;
    if (valuation.basis === "CIF") customsValue = customsValue.plus(share("freight")).plus(share("insurance"));
    if (onwardInValue) customsValue = customsValue.plus(share("onwardTransport"));
    return {
      index,
      id: line.id,
      hsCode: normalizeHsCode(line.hsCode, ["input", "lines", index, "hsCode"]),
      originCountry: line.originCountry,
      quantity: new Dec(line.quantity),
      weightKg: optional(line.weightKg),
      volumeM3: optional(line.volumeM3),
      litres: optional(line.litres),
      pairs: optional(line.pairs),
      taxCategory: line.taxCategory,
      duty: line.duty,
      goods: lineGoods,
      freight: share("freight"),
      insurance: share("insurance"),
      onwardTransport: share("onwardTransport"),
      intrinsicValue,
      customsValue: toMinor(customsValue, currency),
      coveredByRegime: false,
    };
  });
  return { lines, ratios, included, costs, prices };
}

/** @internal marks the lines a regime covers (all but its tariff exceptions). */
export function markCoverage(lines: readonly WorkLine[], regime: LowValueRegime | undefined): WorkLine[] {
  // valueShipment builds every line with coveredByRegime false: without a regime there is nothing to mark.
  if (regime === undefined && lines.every((line) => !line.coveredByRegime)) return [...lines];
  return lines.map((line) => ({
    ...line,
    coveredByRegime: regime !== undefined && !(regime.exceptHs ?? []).some((p) => line.hsCode.startsWith(p)),
  }));
}

function allocationRatios(input: ParsedLandedCostInput, goods: readonly Decimal[]): Decimal[] {
  const basis: AllocationBasis = input.allocation;
  if (basis === "value") return [...goods];
  return input.lines.map((line, index) => {
    const field = basis === "weight" ? "weightKg" : basis === "volume" ? "volumeM3" : "quantity";
    const value = line[field];
    if (value === undefined) {
      throw opsError("MISSING_LINE_MEASURE", [
        { path: ["input", "lines", index, field], message: `allocation by ${basis} needs ${field} on every line` },
      ]);
    }
    return new Dec(value);
  });
}

function optional(value: string | number | undefined): Decimal | undefined {
  return value === undefined ? undefined : new Dec(value);
}
