import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money } from "../../../src/core/index.js";
import { decideReturnless } from "../../../src/service/index.js";

const rule = {
  recoveryRates: { defective: "0", "changed-mind": "0.8" },
  defaultRecoveryRate: "0.5",
  costToValueRatio: "1",
  maxRefund: money("60.00", "USD"),
};
const base = {
  rule,
  returnShippingCost: money("7.90", "USD"),
  handlingCost: money("1.50", "USD"),
  refund: money("20.91", "USD"),
};

describe("decideReturnless", () => {
  it("refunds a defective item without return: nothing to recover", () => {
    const d = decideReturnless({ ...base, reason: "defective", itemValue: money("6.20", "USD") });
    expect(d.returnless).toBe(true);
    expect(d.code).toBe("RETURNLESS_COST_EXCEEDS_VALUE");
    expect(d.returnCost.amount.toFixed(2)).toBe("9.40");
    expect(d.recoverableValue.amount.toFixed(2)).toBe("0.00");
  });
  it("compares cost with the recoverable share: 9.40 ≥ 0.8 × 6.20 = 4.96, but < 0.8 × 30.00 = 24.00", () => {
    expect(decideReturnless({ ...base, reason: "changed-mind", itemValue: money("6.20", "USD") }).returnless).toBe(
      true,
    );
    const keep = decideReturnless({ ...base, reason: "changed-mind", itemValue: money("30.00", "USD") });
    expect(keep.returnless).toBe(false);
    expect(keep.code).toBe("RETURN_WORTH_RECOVERING");
    expect(keep.recoverableValue.amount.toFixed(2)).toBe("24.00");
  });
  it("always asks for the item back above the ceiling", () => {
    const d = decideReturnless({
      ...base,
      reason: "defective",
      itemValue: money("6.20", "USD"),
      refund: money("80.00", "USD"),
    });
    expect(d.code).toBe("RETURN_REQUIRED_ABOVE_CEILING");
  });
  it("refuses mixed currencies", () => {
    try {
      decideReturnless({ ...base, reason: "defective", itemValue: money("45", "CNY") });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("CURRENCY_MISMATCH");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "returnShippingCost"]);
    }
  });
});
