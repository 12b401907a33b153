import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistSchema, judgeMeasurement, specLimitsSchema } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const spec = { lsl: "49.5", usl: "50.5", unit: "mm" };
const view = (v: ReturnType<typeof judgeMeasurement>) => ({
  ...v,
  excess: v.excess.toString(),
  valueInSpecUnit: v.valueInSpecUnit.toString(),
});

describe("judgeMeasurement", () => {
  it("treats the limits as inclusive", () => {
    expect(judgeMeasurement(spec, { value: "50.5", unit: "mm" }).conforming).toBe(true);
    expect(judgeMeasurement(spec, { value: "49.5", unit: "mm" }).conforming).toBe(true);
  });

  it("says which side and by how much, exactly", () => {
    expect(view(judgeMeasurement(spec, { value: "50.62", unit: "mm" }))).toEqual({
      conforming: false,
      side: "above-usl",
      excess: "0.12",
      valueInSpecUnit: "50.62",
    });
    expect(view(judgeMeasurement(spec, { value: 49.4, unit: "mm" }))).toEqual({
      conforming: false,
      side: "below-lsl",
      excess: "0.1",
      valueInSpecUnit: "49.4",
    });
  });

  it("converts length and weight units exactly, and supports one-sided limits and negative values", () => {
    expect(view(judgeMeasurement({ usl: "2", unit: "in" }, { value: "50.8", unit: "mm" }))).toEqual({
      conforming: true,
      excess: "0",
      valueInSpecUnit: "2",
    });
    expect(judgeMeasurement({ lsl: "500", unit: "g" }, { value: "0.4995", unit: "kg" })).toMatchObject({
      side: "below-lsl",
    });
    expect(judgeMeasurement({ lsl: "-40", usl: "85", unit: "°C" }, { value: "-41", unit: "°C" })).toMatchObject({
      side: "below-lsl",
    });
    expect(judgeMeasurement({ lsl: "-1", unit: "mm" }, { value: "-0.05", unit: "cm" }).conforming).toBe(true);
  });

  it("property: conforming exactly when LSL <= x <= USL", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (hundredths) => {
        const value = (hundredths / 100).toFixed(2);
        const inside = hundredths >= 4950 && hundredths <= 5050;
        expect(judgeMeasurement(spec, { value, unit: "mm" }).conforming).toBe(inside);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses bad limits, values and units", () => {
    expectInvalid(() => judgeMeasurement({ unit: "mm" }, { value: 1, unit: "mm" }), ["spec", "usl"]);
    expectInvalid(
      () => judgeMeasurement({ lsl: "2", usl: "1", unit: "mm" }, { value: 1, unit: "mm" }),
      ["spec", "lsl"],
    );
    expectInvalid(() => judgeMeasurement(spec, { value: Number.NaN, unit: "mm" }), ["measured", "value"]);
    expectInvalid(() => judgeMeasurement(spec, { value: Number.POSITIVE_INFINITY, unit: "mm" }), ["measured", "value"]);
    expectInvalid(() => judgeMeasurement(spec, { value: "1,5", unit: "mm" }), ["measured", "value"]);
    expectInvalid(() => judgeMeasurement(spec, { value: "50", unit: "g" }), ["measured", "unit"]);
  });
});

describe("checklist schemas", () => {
  it("accepts the five kinds and refuses repeated ids or a dimensional item without a spec", () => {
    const items = [
      { id: "V", kind: "visual", description: "x", defectCode: "A" },
      { id: "D", kind: "dimensional", description: "x", defectCode: "A", spec },
      { id: "F", kind: "functional", description: "x", defectCode: "A" },
      { id: "P", kind: "packaging", description: "x", defectCode: "A" },
      { id: "M", kind: "marking", description: "x", defectCode: "A", expected: "6901234567892" },
    ];
    expect(checklistSchema.parse(items)).toHaveLength(5);
    expect(checklistSchema.safeParse([...items, items[0]]).success).toBe(false);
    expect(
      checklistSchema.safeParse([{ id: "D", kind: "dimensional", description: "x", defectCode: "A" }]).success,
    ).toBe(false);
    expect(specLimitsSchema.safeParse({ lsl: "1", unit: "" }).success).toBe(false);
  });
});
