import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  openReceivingLedger,
  type PurchaseOrderInput,
  purchaseOrderAmounts,
  purchaseOrderSchema,
  schedulePurchaseOrderPayments,
} from "../../../src/suppliers/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";
import { chargerPo } from "./fixtures.js";

/** The charger PO with line 10's unit price replaced. */
const withPrice = (amount: string, currency = "CNY"): PurchaseOrderInput => ({
  ...chargerPo,
  lines: chargerPo.lines.map((line, i) => (i === 0 ? { ...line, unitPrice: { amount, currency } } : line)),
});
const amountPath = ["po", "lines", 0, "unitPrice", "amount"];
const DECIMAL_WITHOUT_EXPONENT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

describe("purchaseOrderSchema: malformed unit prices", () => {
  it.each(["NaN", "abc", "Infinity", "-Infinity", "1e3", "", " 5", "1,5", "0x10"])(
    "refuses %j as INVALID_ARGUMENT at the amount, from every entry point",
    (amount) => {
      const po = withPrice(amount);
      expectOpsError(() => purchaseOrderAmounts(po), "INVALID_ARGUMENT", amountPath);
      expectOpsError(() => schedulePurchaseOrderPayments(po), "INVALID_ARGUMENT", amountPath);
      expectOpsError(() => openReceivingLedger(po), "INVALID_ARGUMENT", amountPath);
      try {
        purchaseOrderAmounts(po);
      } catch (error) {
        if (!isCrossborderOpsError(error)) throw error;
        // One readable issue, not a second "must not be negative" computed from the raw string.
        expect(error.issues).toEqual([{ path: amountPath, message: 'must be a decimal string such as "12.34"' }]);
      }
    },
  );

  it("safeParse returns success: false instead of throwing", () => {
    const parsed = purchaseOrderSchema.safeParse(withPrice("NaN"));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["lines", 0, "unitPrice", "amount"]]);
  });

  it("refuses an unknown currency at the currency, without crashing on the unparsed price", () => {
    expect(purchaseOrderSchema.safeParse(withPrice("18.50", "XXX")).success).toBe(false);
    expectOpsError(() => purchaseOrderAmounts(withPrice("18.50", "XXX")), "INVALID_ARGUMENT", [
      "po",
      "lines",
      0,
      "unitPrice",
      "currency",
    ]);
  });

  it("refuses a unit price in another known currency than the PO's", () => {
    expectOpsError(() => purchaseOrderAmounts(withPrice("18.50", "USD")), "INVALID_ARGUMENT", [
      "po",
      "lines",
      0,
      "unitPrice",
      "currency",
    ]);
  });

  it("still refuses a negative unit price at the unit price", () => {
    expectOpsError(() => purchaseOrderAmounts(withPrice("-0.01")), "INVALID_ARGUMENT", ["po", "lines", 0, "unitPrice"]);
  });

  it("never throws from safeParse, and accepts only plain decimal strings (property)", () => {
    const amount = fc.oneof(
      fc.string(),
      fc.constantFrom("NaN", "Infinity", "-Infinity", "1e3", "1E-2", "", " ", "+", ".", "-", "18.50", ".5", "5."),
    );
    fc.assert(
      fc.property(amount, fc.constantFrom("CNY", "USD", "XXX", ""), (value, currency) => {
        const parsed = purchaseOrderSchema.safeParse(withPrice(value, currency));
        if (parsed.success) {
          expect(DECIMAL_WITHOUT_EXPONENT.test(value)).toBe(true);
          expect(currency).toBe("CNY");
          expect(parsed.data.lines[0]?.unitPrice.amount.isNegative()).toBe(false);
        }
        if (!DECIMAL_WITHOUT_EXPONENT.test(value)) {
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues.some((i) => i.path.join(".") === "lines.0.unitPrice.amount")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
