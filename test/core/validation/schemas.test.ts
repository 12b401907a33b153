import { describe, expect, it } from "vitest";
import {
  countryCodeSchema,
  decimalInputSchema,
  instantSchema,
  isDecimalString,
  localDateSchema,
} from "../../../src/core/validation/schemas.js";
import { toJsonSchema } from "../../../src/core/validation/toJsonSchema.js";

describe("shared schemas", () => {
  it("accept good values", () => {
    expect(localDateSchema.parse("2026-10-01")).toBe("2026-10-01");
    expect(instantSchema.parse("2026-03-15T10:00:00+08:00").toISOString()).toBe("2026-03-15T02:00:00.000Z");
    expect(countryCodeSchema.parse("DE")).toBe("DE");
    expect(decimalInputSchema.parse("1e-3")).toBe("1e-3");
  });

  it("refuse bad values", () => {
    expect(localDateSchema.safeParse("2026-02-30").success).toBe(false);
    expect(localDateSchema.safeParse("2026-2-3").success).toBe(false);
    expect(instantSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(countryCodeSchema.safeParse("de").success).toBe(false);
    expect(decimalInputSchema.safeParse(Number.NaN).success).toBe(false);
    expect(decimalInputSchema.safeParse("1,5").success).toBe(false);
  });

  it("export as JSON Schema", () => {
    expect(toJsonSchema(countryCodeSchema)).toMatchObject({ type: "string", pattern: "^[A-Z]{2}$" });
    expect(toJsonSchema(localDateSchema)).toMatchObject({ type: "string", format: "date" });
  });
});

describe("isDecimalString", () => {
  it.each(["12.34", "-0.5", "+7", ".25", "1e-3", "2.", "0"])("accepts %s", (value) => {
    expect(isDecimalString(value)).toBe(true);
  });
  it.each(["12,34", " 1", "NaN", "Infinity", "", "-", "1e", "0x10", "1 000"])("refuses %j", (value) => {
    expect(isDecimalString(value)).toBe(false);
  });
});
