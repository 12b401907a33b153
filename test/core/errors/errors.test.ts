import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CrossborderOpsError, formatPath } from "../../../src/core/errors/CrossborderOpsError.js";
import { fromZodError } from "../../../src/core/errors/fromZodError.js";
import { invalidArgument, opsError } from "../../../src/core/errors/invalidArgument.js";
import { isCrossborderOpsError } from "../../../src/core/errors/isCrossborderOpsError.js";
import { coreMessages, describeCode, mergeMessageCatalogs } from "../../../src/core/errors/messages.js";
import { parseInput } from "../../../src/core/validation/parseInput.js";

describe("CrossborderOpsError", () => {
  it("carries name, code, issues and a readable message", () => {
    const error = invalidArgument(["lines", 2, "quantity"], "must be a positive integer");
    expect(error.name).toBe("CrossborderOpsError");
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues).toEqual([{ path: ["lines", 2, "quantity"], message: "must be a positive integer" }]);
    expect(error.message).toBe("INVALID_ARGUMENT: lines[2].quantity: must be a positive integer");
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  it("is recognised by the guard, also as a plain object from another bundle", () => {
    expect(isCrossborderOpsError(opsError("CURRENCY_MISMATCH", []))).toBe(true);
    expect(isCrossborderOpsError(opsError("CURRENCY_MISMATCH", []), "CURRENCY_MISMATCH")).toBe(true);
    expect(isCrossborderOpsError(opsError("CURRENCY_MISMATCH", []), "INVALID_ARGUMENT")).toBe(false);
    const foreign = { name: "CrossborderOpsError", brand: "crossborder-ops/error", code: "X", issues: [], message: "" };
    expect(isCrossborderOpsError(foreign)).toBe(true);
    expect(isCrossborderOpsError(new Error("x"))).toBe(false);
    expect(isCrossborderOpsError({ code: "X", issues: [] })).toBe(false);
    expect(isCrossborderOpsError(undefined)).toBe(false);
  });

  it("formats paths like code", () => {
    expect(formatPath(["lines", 0, "unitPrice", "amount"])).toBe("lines[0].unitPrice.amount");
    expect(formatPath([])).toBe("");
    expect(new CrossborderOpsError("X", [{ path: [], message: "whole value" }]).message).toBe("X: whole value");
  });
});

describe("fromZodError and parseInput", () => {
  const schema = z.object({ lotSize: z.number().int().positive(), lines: z.array(z.object({ sku: z.string() })) });

  it("keeps every zod issue with the argument's name prefixed", () => {
    const parsed = schema.safeParse({ lotSize: -1, lines: [{ sku: 1 }] });
    if (parsed.success) throw new Error("should fail");
    const error = fromZodError(parsed.error, ["input"]);
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["input", "lotSize"],
      ["input", "lines", 0, "sku"],
    ]);
  });

  it("names the alternatives of a union no branch accepted", () => {
    const weight = z.union([z.string(), z.number(), z.custom(() => false, { message: "must be a decimal" })]);
    const money = z.union([z.custom(() => false), z.object({ amount: z.string() })]);
    const parsed = z.object({ weight, money }).safeParse({ weight: Number.NaN, money: 12 });
    if (parsed.success) throw new Error("should fail");
    expect(fromZodError(parsed.error, ["input"]).issues).toEqual([
      { path: ["input", "weight"], message: "must be a string, or a number, or a decimal (received NaN)" },
      { path: ["input", "money"], message: "must be an object (received number)" },
    ]);
    // A union whose alternatives say nothing more keeps zod's message.
    const bare = z.union([z.custom(() => false), z.custom(() => false)]).safeParse(1);
    if (bare.success) throw new Error("should fail");
    expect(fromZodError(bare.error).issues[0]?.message).toBe("Invalid input");
  });

  it("parseInput returns parsed data or throws", () => {
    expect(parseInput(schema, { lotSize: 5, lines: [] })).toEqual({ lotSize: 5, lines: [] });
    expect(() => parseInput(schema, null, ["plan"])).toThrowError(/INVALID_ARGUMENT: plan/);
  });
});

describe("message catalogs", () => {
  it("has every core code in English and Chinese", () => {
    for (const [code, text] of Object.entries(coreMessages)) {
      expect(text.en.length, code).toBeGreaterThan(0);
      expect(text["zh-CN"].length, code).toBeGreaterThan(0);
      expect(text["zh-CN"]).not.toBe(text.en);
    }
  });

  it("describes codes with fallbacks and merges catalogs", () => {
    expect(describeCode("CURRENCY_MISMATCH", "zh-CN")).toBe("币种不一致");
    expect(describeCode("SOMETHING_NEW", "zh-CN")).toBe("SOMETHING_NEW");
    const merged = mergeMessageCatalogs(coreMessages, {
      LOT_REJECTED: { en: "Lot rejected", "zh-CN": "批次判定不合格" },
    });
    expect(describeCode("LOT_REJECTED", "zh-CN", merged)).toBe("批次判定不合格");
    expect(describeCode("NOT_FOUND", "en", merged)).toBe("Record not found");
  });
});
