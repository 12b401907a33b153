import { money } from "../../src/core/index.js";
import type { LandedCostInput, LandedCostLineInput } from "../../src/landed-cost/index.js";

/** A one-line shipment with an inline ad valorem duty; every field can be overridden. */
export function oneLine(
  overrides: Partial<LandedCostInput> & {
    price: string;
    currency: string;
    rate?: string;
    hsCode?: string;
    origin?: string;
  },
): LandedCostInput {
  const { price, currency, rate = "0.12", hsCode = "6205.20", origin = "CN", ...rest } = overrides;
  const line: LandedCostLineInput = {
    id: "L1",
    hsCode,
    originCountry: origin,
    quantity: 1,
    unitPrice: money(price, currency),
    duty: [{ kind: "ad-valorem", rate }],
  };
  return {
    destination: "DE",
    date: "2026-03-15",
    currency,
    incoterm: "FOB",
    mode: "air",
    lines: [line],
    ...rest,
  };
}

/** Amount of a Money as a fixed string with the given decimals. */
export function fixed(value: { amount: { toFixed(places: number): string } } | undefined, places = 2): string {
  if (!value) throw new Error("missing amount");
  return value.amount.toFixed(places);
}
