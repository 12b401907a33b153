import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../src/core/index.js";
import {
  chargeableWeight,
  chargeableWeightImperial,
  chargeableWeightOfPieces,
  seaFreightRevenueTons,
} from "../../../src/logistics/index.js";
import { expectThrows } from "./helpers.js";

describe("chargeableWeight (landed-cost-rules §7 constructed checks)", () => {
  it("50×40×30 cm, 9.3 kg: 12.0 kg at /5000 and 10.0 kg at /6000, by volume", () => {
    const express = chargeableWeight({ weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } });
    expect(express.volumetricKg.toString()).toBe("12");
    expect(express.chargeableKg.toString()).toBe("12");
    expect(express.basis).toBe("volumetric");
    expect(express.actualKg.toString()).toBe("9.3");
    const air = chargeableWeight({
      weightKg: "9.3",
      dimensionsCm: { length: 50, width: 40, height: 30 },
      divisor: 6000,
    });
    expect(air.volumetricKg.toString()).toBe("10");
    expect(air.chargeableKg.toString()).toBe("10");
  });

  it("41×33×27 cm (36,531 cm³), 4.2 kg: 7.3062 → 7.5 kg at /5000; 6.0885 → 6.5 kg at /6000", () => {
    const box = { weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } };
    const express = chargeableWeight(box);
    expect(express.volumetricKg.toString()).toBe("7.3062");
    expect(express.chargeableKg.toString()).toBe("7.5");
    const air = chargeableWeight({ ...box, divisor: "6000" });
    expect(air.volumetricKg.toString()).toBe("6.0885");
    expect(air.chargeableKg.toString()).toBe("6.5");
  });

  it("rounds the larger weight up to the next 0.5 kg; an exact half stays", () => {
    const small = { length: 10, width: 10, height: 10 };
    expect(chargeableWeight({ weightKg: "0.1", dimensionsCm: small }).chargeableKg.toString()).toBe("0.5");
    expect(chargeableWeight({ weightKg: "0.5", dimensionsCm: small }).chargeableKg.toString()).toBe("0.5");
    expect(chargeableWeight({ weightKg: "0.51", dimensionsCm: small }).chargeableKg.toString()).toBe("1");
    expect(chargeableWeight({ weightKg: "2.5", dimensionsCm: small }).chargeableKg.toString()).toBe("2.5");
    expect(chargeableWeight({ weightKg: "2.5", dimensionsCm: small, incrementKg: 1 }).chargeableKg.toString()).toBe(
      "3",
    );
  });

  it("bills actual weight on a tie", () => {
    const tie = chargeableWeight({ weightKg: 12, dimensionsCm: { length: 50, width: 40, height: 30 } });
    expect(tie.basis).toBe("actual");
    expect(tie.chargeableKg.toString()).toBe("12");
  });

  it("rounds dimensions when asked (IATA: 0.5 cm and above up)", () => {
    const box = { weightKg: 1, dimensionsCm: { length: "49.5", width: "40.4", height: 30 } };
    expect(chargeableWeight(box).volumetricKg.toString()).toBe("11.9988");
    expect(chargeableWeight({ ...box, dimensionRounding: "nearest" }).volumetricKg.toString()).toBe("12");
    expect(chargeableWeight({ ...box, dimensionRounding: "up" }).volumetricKg.toString()).toBe("12.3");
  });

  it("accepts Decimal inputs and never mutates them", () => {
    const weightKg = new Dec("4.2");
    const result = chargeableWeight({ weightKg, dimensionsCm: { length: new Dec(41), width: 33, height: 27 } });
    expect(result.chargeableKg.toString()).toBe("7.5");
    expect(weightKg.toString()).toBe("4.2");
  });

  it("chargeable is never below either weight and less than one increment above the larger (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 1, max: 1500 }),
        (grams, l, w, h) => {
          const r = chargeableWeight({
            weightKg: new Dec(grams).div(1000),
            dimensionsCm: { length: l / 10, width: w / 10, height: h / 10 },
          });
          const larger = Dec.max(r.actualKg, r.volumetricKg);
          return (
            r.chargeableKg.gte(larger) && r.chargeableKg.minus(larger).lt("0.5") && r.chargeableKg.mod("0.5").isZero()
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses bad input with the path", () => {
    expectThrows(
      () => chargeableWeight({ weightKg: "-1", dimensionsCm: { length: 1, width: 1, height: 1 } }),
      "INVALID_ARGUMENT",
      ["input", "weightKg"],
    );
    expectThrows(
      () => chargeableWeight({ weightKg: 1, dimensionsCm: { length: 1, width: 0, height: 1 } }),
      "INVALID_ARGUMENT",
      ["input", "dimensionsCm", "width"],
    );
    expectThrows(
      () => chargeableWeight({ weightKg: Number.NaN, dimensionsCm: { length: 1, width: 1, height: 1 } }),
      "INVALID_ARGUMENT",
      ["input", "weightKg"],
    );
    expectThrows(
      () => chargeableWeight({ weightKg: "abc", dimensionsCm: { length: 1, width: 1, height: 1 } }),
      "INVALID_ARGUMENT",
      ["input", "weightKg"],
    );
    expectThrows(
      () => chargeableWeight({ weightKg: 1, dimensionsCm: { length: 1, width: 1, height: 1 }, divisor: 0 }),
      "INVALID_ARGUMENT",
      ["input", "divisor"],
    );
    expectThrows(
      () => chargeableWeight({ weightKg: 1, dimensionsCm: { length: 1, width: 1, height: 1 }, incrementKg: "-0.5" }),
      "INVALID_ARGUMENT",
      ["input", "incrementKg"],
    );
    // @ts-expect-error dimensions are required
    expectThrows(() => chargeableWeight({ weightKg: 1 }), "INVALID_ARGUMENT", ["input", "dimensionsCm"]);
  });
});

describe("chargeableWeightImperial", () => {
  const box = { weightLb: 3, dimensionsIn: { length: 16, width: 12, height: 10 } };

  it("16×12×10 in = 1,920 in³: 13.81 → 14 lb at /139; 11.57 → 12 lb at /166", () => {
    const daily = chargeableWeightImperial(box);
    expect(daily.volumetricLb.toDecimalPlaces(2).toString()).toBe("13.81");
    expect(daily.chargeableLb.toString()).toBe("14");
    expect(daily.basis).toBe("volumetric");
    const usps = chargeableWeightImperial({ ...box, divisor: 166 });
    expect(usps.volumetricLb.toDecimalPlaces(2).toString()).toBe("11.57");
    expect(usps.chargeableLb.toString()).toBe("12");
  });

  it("rounds actual pounds up to the next whole pound", () => {
    const heavy = chargeableWeightImperial({ weightLb: "15.1", dimensionsIn: { length: 16, width: 12, height: 10 } });
    expect(heavy.chargeableLb.toString()).toBe("16");
    expect(heavy.basis).toBe("actual");
  });

  it("UPS-style dimension rounding changes the volume", () => {
    const odd = { weightLb: 1, dimensionsIn: { length: "15.4", width: "11.6", height: 10 } };
    expect(
      chargeableWeightImperial({ ...odd, dimensionRounding: "nearest" })
        .volumetricLb.times(139)
        .toString(),
    ).toBe("1800");
    expect(
      chargeableWeightImperial({ ...odd, dimensionRounding: "up" })
        .volumetricLb.times(139)
        .toString(),
    ).toBe("1920");
  });

  it("refuses a zero divisor", () => {
    expectThrows(() => chargeableWeightImperial({ ...box, divisor: 0 }), "INVALID_ARGUMENT", ["input", "divisor"]);
  });
});

describe("chargeableWeightOfPieces", () => {
  const pieces = [
    { weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } },
    { weightKg: "8", dimensionsCm: { length: 20, width: 20, height: 20 } },
  ];

  it("per piece: each piece rounded then summed (12 + 8 = 20 kg), basis mixed", () => {
    const result = chargeableWeightOfPieces({ pieces, per: "piece" });
    expect(result.chargeableKg.toString()).toBe("20");
    expect(result.basis).toBe("mixed");
    expect(result.pieces.map((piece) => piece.chargeableKg.toString())).toEqual(["12", "8"]);
  });

  it("per shipment: 17.3 kg actual against 13.6 kg volumetric → 17.5 kg", () => {
    const result = chargeableWeightOfPieces({ pieces, per: "shipment" });
    expect(result.actualKg.toString()).toBe("17.3");
    expect(result.volumetricKg.toString()).toBe("13.6");
    expect(result.chargeableKg.toString()).toBe("17.5");
    expect(result.basis).toBe("actual");
    expect(result.pieces).toEqual([]);
  });

  it("counts quantities: 3 × (4.2 kg, 41×33×27) per piece = 22.5 kg; per shipment 21.9186 → 22 kg", () => {
    const three = [{ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 }, quantity: 3 }];
    expect(chargeableWeightOfPieces({ pieces: three, per: "piece" }).chargeableKg.toString()).toBe("22.5");
    const whole = chargeableWeightOfPieces({ pieces: three, per: "shipment" });
    expect(whole.volumetricKg.toString()).toBe("21.9186");
    expect(whole.chargeableKg.toString()).toBe("22");
  });

  it("per piece is never below per shipment (property)", () => {
    const piece = fc.record({
      weightKg: fc.integer({ min: 0, max: 50_000 }).map((g) => new Dec(g).div(1000)),
      dimensionsCm: fc.record({
        length: fc.integer({ min: 1, max: 150 }),
        width: fc.integer({ min: 1, max: 150 }),
        height: fc.integer({ min: 1, max: 150 }),
      }),
    });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (list) =>
        chargeableWeightOfPieces({ pieces: list, per: "piece" }).chargeableKg.gte(
          chargeableWeightOfPieces({ pieces: list, per: "shipment" }).chargeableKg,
        ),
      ),
      { numRuns: 40 },
    );
  });

  it("refuses an empty list and a bad piece", () => {
    expectThrows(() => chargeableWeightOfPieces({ pieces: [], per: "piece" }), "INVALID_ARGUMENT", ["input", "pieces"]);
    expectThrows(
      () =>
        chargeableWeightOfPieces({
          pieces: [pieces[0] as (typeof pieces)[0], { ...pieces[1], quantity: 0 } as never],
          per: "piece",
        }),
      "INVALID_ARGUMENT",
      ["input", "pieces", 1, "quantity"],
    );
    // @ts-expect-error per must be piece or shipment
    expectThrows(() => chargeableWeightOfPieces({ pieces, per: "box" }), "INVALID_ARGUMENT", ["input", "per"]);
  });
});

describe("seaFreightRevenueTons (W/M)", () => {
  it("LCL 2.4 cbm / 800 kg → 2.4 RT by measure; 1.2 cbm / 1,500 kg → 1.5 RT by weight", () => {
    const measure = seaFreightRevenueTons({ weightKg: 800, volumeCbm: "2.4" });
    expect(measure.revenueTons.toString()).toBe("2.4");
    expect(measure.basis).toBe("volumetric");
    const weight = seaFreightRevenueTons({ weightKg: 1500, volumeCbm: "1.2" });
    expect(weight.revenueTons.toString()).toBe("1.5");
    expect(weight.basis).toBe("actual");
  });

  it("applies the 1 RT minimum unless told otherwise, and other ratios", () => {
    expect(seaFreightRevenueTons({ weightKg: 300, volumeCbm: "0.4" }).basis).toBe("minimum");
    expect(seaFreightRevenueTons({ weightKg: 300, volumeCbm: "0.4" }).revenueTons.toString()).toBe("1");
    expect(seaFreightRevenueTons({ weightKg: 300, volumeCbm: "0.4", minimumRt: 0 }).revenueTons.toString()).toBe("0.4");
    // 1 cbm = 500 kg: 2.4 cbm counts as 1.2 t, below 1.5 t of weight
    expect(seaFreightRevenueTons({ weightKg: 1500, volumeCbm: "2.4", kgPerCbm: 500 }).revenueTons.toString()).toBe(
      "1.5",
    );
    expect(seaFreightRevenueTons({ weightKg: 800, volumeCbm: "2.43", incrementRt: "0.1" }).revenueTons.toString()).toBe(
      "2.5",
    );
  });

  it("refuses negative volume", () => {
    expectThrows(() => seaFreightRevenueTons({ weightKg: 1, volumeCbm: -1 }), "INVALID_ARGUMENT", [
      "input",
      "volumeCbm",
    ]);
  });
});
