import { describe, expect, it } from "vitest";
import { money } from "../../src/core/index.js";
import { landedCost } from "../../src/landed-cost/index.js";

describe("computeDuties — a lone ad-valorem measure and other measures side by side", () => {
  const result = landedCost({
    destination: "US",
    date: "2026-03-15",
    currency: "USD",
    incoterm: "FOB",
    mode: "ocean",
    lines: [
      {
        id: "a",
        hsCode: "6110.20.20",
        originCountry: "VN",
        quantity: 1,
        unitPrice: money("1000.00", "USD"),
        duty: [{ kind: "ad-valorem", rate: "0.165" }],
      },
      {
        id: "b",
        hsCode: "6110.20.20",
        originCountry: "VN",
        quantity: 100,
        unitPrice: money("10.00", "USD"),
        duty: [
          {
            kind: "compound",
            parts: [
              { kind: "ad-valorem", rate: "0.05" },
              { kind: "specific", amount: money("1.00", "USD"), per: "unit" },
            ],
          },
        ],
      },
      {
        id: "c",
        hsCode: "6205.20.20",
        originCountry: "VN",
        quantity: 4,
        unitPrice: money("250.00", "USD"),
        duty: [{ kind: "ad-valorem", rate: "0.165" }],
      },
    ],
  });
  const duties = result.charges.filter((charge) => charge.code === "CUSTOMS_DUTY");

  it("gives the lone ad-valorem lines their rate and percentage, and the compound line its parts", () => {
    expect(duties.map((charge) => charge.lineId)).toEqual(["a", "b", "c"]);
    expect(duties.map((charge) => charge.rate)).toEqual(["0.165", undefined, "0.165"]);
    expect("rate" in (duties[1] as object)).toBe(false);
    expect(duties.map((charge) => charge.description)).toEqual(["16.5%", "5% + 1.00 USD/unit", "16.5%"]);
    expect(duties.map((charge) => charge.base?.amount.toFixed(2))).toEqual(["1000.00", "1000.00", "1000.00"]);
    expect(duties.map((charge) => charge.amount.amount.toFixed(2))).toEqual(["165.00", "150.00", "165.00"]);
  });

  it("keeps the keys of a per-line charge in order", () => {
    expect(Object.keys(duties[0] as object)).toEqual([
      "id",
      "kind",
      "code",
      "name",
      "lineId",
      "base",
      "rate",
      "description",
      "computed",
      "amount",
      "amountInCurrency",
      "collection",
      "rule",
    ]);
  });
});
