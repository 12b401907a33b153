import { describe, expect, it } from "vitest";
import * as z from "zod";
import { instantSchema, isMoney, moneySchema, toJsonSchema } from "../../../src/core/index.js";

describe("toJsonSchema", () => {
  it("describes money as its JSON form, with the currency's pattern", () => {
    expect(toJsonSchema(moneySchema)).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: {
        amount: { type: "string", pattern: "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$" },
        currency: { type: "string", pattern: "^[A-Z]{3}$" },
      },
      required: ["amount", "currency"],
    });
  });

  it("keeps only the JSON alternatives of a field that also takes values only code can pass", () => {
    const schema = z.object({
      price: z.union([z.custom((value) => isMoney(value)), z.object({ amount: z.string(), currency: z.string() })]),
      weight: z.union([z.string(), z.number(), z.custom((value) => value instanceof Date)]),
      at: instantSchema,
      port: z.custom((value) => typeof value === "object"),
    });
    const json = toJsonSchema(schema) as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties.price).toEqual({
      type: "object",
      properties: { amount: { type: "string" }, currency: { type: "string" } },
      required: ["amount", "currency"],
    });
    expect(json.properties.weight).toEqual({ anyOf: [{ type: "string" }, { type: "number" }] });
    expect((json.properties.at as { anyOf: { format: string }[] }).anyOf.map((branch) => branch.format)).toEqual([
      "date-time",
      "date",
    ]);
    // Only code can pass a port: unconstrained, and no internal mark leaks out.
    expect(json.properties.port).toEqual({});
    expect(JSON.stringify(json)).not.toContain("runtime-only");
  });
});
