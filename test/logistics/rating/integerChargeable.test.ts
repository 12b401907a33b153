import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInput } from "../../../src/core/index.js";
import { defineRateCard, type ShipmentInput, shipmentSchema } from "../../../src/logistics/index.js";
import { chargeableOnCard } from "../../../src/logistics/rating/cardChargeable.js";
import { chargeableInIntegers } from "../../../src/logistics/rating/integerChargeable.js";
import { shipmentFacts } from "../../../src/logistics/rating/shipmentFacts.js";
import { everySurchargeCardInput } from "./helpers.js";

/** A positive decimal string with up to `places` decimals, below 10^digits. */
const decimalText = (digits: number, places: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 10 ** digits - 1 }), fc.integer({ min: 0, max: places }))
    .map(([units, scale]) => (scale === 0 ? String(units) : (units / 10 ** scale).toFixed(scale)));

const rule = fc.oneof(
  fc.record(
    {
      method: fc.constant("dimensional" as const),
      divisor: fc.constantFrom(5000, 6000, "5000.5", 139, "166.6"),
      incrementKg: fc.constantFrom("0.5", "0.1", "0.001", "1", "0.25"),
      per: fc.constantFrom("piece" as const, "shipment" as const),
      dimensionRounding: fc.constantFrom("none" as const, "nearest" as const, "up" as const),
    },
    { requiredKeys: ["method", "per"] },
  ),
  fc.record(
    { method: fc.constant("actual" as const), incrementKg: fc.constantFrom("0.001", "0.01", "0.5", "0.3") },
    {
      requiredKeys: ["method"],
    },
  ),
);

const shipment = fc
  .array(
    fc.record({
      weightKg: decimalText(3, 3),
      length: decimalText(3, 2),
      width: decimalText(2, 2),
      height: decimalText(2, 1),
      quantity: fc.constantFrom(1, 1, 1, 2, 5),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map(
    (pieces): ShipmentInput => ({
      destination: { country: "US" },
      pieces: pieces.map(({ weightKg, length, width, height, quantity }) => ({
        weightKg,
        dimensionsCm: { length, width, height },
        quantity,
      })),
    }),
  );

describe("integer chargeable quantity agrees with the decimal one", () => {
  it("same value, unit, basis and actual weight for metric rules (property)", () => {
    let integerAnswers = 0;
    fc.assert(
      fc.property(rule, shipment, (chargeable, input) => {
        const card = defineRateCard({ ...everySurchargeCardInput(), chargeable });
        const parsed = parseInput(shipmentSchema, input, ["shipment"]);
        const integer = chargeableInIntegers(card.chargeable, shipmentFacts(parsed));
        if (!integer) return;
        integerAnswers++;
        const reference = chargeableOnCard(card, parsed);
        expect(integer.quoted.value.toString()).toBe(reference.value.toString());
        expect([integer.quoted.unit, integer.quoted.basis]).toEqual([reference.unit, reference.basis]);
        expect(integer.quoted.actualKg.toString()).toBe(reference.actualKg.toString());
        expect(integer.quoted.value.times(10 ** integer.unitScale).toNumber()).toBe(integer.scaledUnits);
      }),
      { numRuns: 300, seed: 20260302 },
    );
    expect(integerAnswers).toBeGreaterThan(200);
  });

  it("leaves several pieces per shipment, imperial and revenue-ton rules to decimals", () => {
    const parsed = parseInput(
      shipmentSchema,
      {
        destination: { country: "US" },
        pieces: [{ weightKg: "0.1", dimensionsCm: { length: 20, width: 20, height: 10 }, quantity: 3 }],
      },
      ["shipment"],
    );
    const facts = shipmentFacts(parsed);
    expect(chargeableInIntegers({ method: "dimensional", per: "shipment" } as never, facts)).toBeUndefined();
    expect(chargeableInIntegers({ method: "revenue-ton" } as never, facts)).toBeUndefined();
    expect(chargeableInIntegers({ method: "dimensional-imperial", per: "piece" } as never, facts)).toBeUndefined();
    // Per piece it does: 20 × 20 × 10 ÷ 5000 = 0.8 kg > 0.1 kg, up to 1 kg in 0.5 kg steps, × 3 pieces.
    const perPiece = chargeableInIntegers({ method: "dimensional", per: "piece" } as never, facts);
    expect([perPiece?.quoted.value.toString(), perPiece?.quoted.basis]).toEqual(["3", "volumetric"]);
  });

  it("a tie between actual and volumetric weight bills the actual weight, as the decimal rule says", () => {
    const parsed = parseInput(
      shipmentSchema,
      {
        destination: { country: "US" },
        pieces: [{ weightKg: "0.80", dimensionsCm: { length: 20, width: 20, height: 10 } }],
      },
      ["shipment"],
    );
    for (const per of ["piece", "shipment"] as const) {
      const tie = chargeableInIntegers({ method: "dimensional", per } as never, shipmentFacts(parsed));
      expect([tie?.quoted.value.toString(), tie?.quoted.basis]).toEqual(["1", "actual"]);
    }
  });
});
