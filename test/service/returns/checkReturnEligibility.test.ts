import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  checkReturnEligibility,
  defaultReturnPolicy,
  type ReturnPolicy,
  returnReasonFault,
  selectReturnPolicy,
} from "../../../src/service/index.js";

const remorse = {
  category: "apparel",
  reason: "wrong-size" as const,
  deliveredOn: "2026-03-02",
  requestedOn: "2026-03-20",
  opened: true,
  conditionsMet: ["unused", "original-packaging"],
};

describe("checkReturnEligibility", () => {
  it("counts the window in calendar days from delivery: delivered 2 March, last day 1 April", () => {
    const onLastDay = checkReturnEligibility(defaultReturnPolicy, {
      ...remorse,
      reason: "defective",
      requestedOn: "2026-04-01",
    });
    expect(onLastDay.ok && onLastDay.value.deadline).toBe("2026-04-01");
    const late = checkReturnEligibility(defaultReturnPolicy, {
      ...remorse,
      reason: "defective",
      requestedOn: "2026-04-02",
    });
    expect(!late.ok && late.error.code).toBe("RETURN_WINDOW_CLOSED");
  });
  it("gives seller-fault terms: free return, shipping refunded, no fee", () => {
    const r = checkReturnEligibility(defaultReturnPolicy, { ...remorse, reason: "damaged-in-transit" });
    expect(r.ok && r.value).toEqual({
      policyId: "default-2026",
      reason: "damaged-in-transit",
      fault: "seller",
      deadline: "2026-04-01",
      returnShippingPaidBy: "seller",
      refundOriginalShipping: true,
      restockingFeeRate: "0",
    });
  });
  it("charges remorse a restocking fee only when opened, capped per marketplace", () => {
    const opened = checkReturnEligibility(defaultReturnPolicy, { ...remorse, marketplace: "amazon-us" });
    expect(
      opened.ok && [opened.value.fault, opened.value.returnShippingPaidBy, opened.value.restockingFeeRate],
    ).toEqual(["buyer", "buyer", "0.15"]);
    const sealed = checkReturnEligibility(defaultReturnPolicy, { ...remorse, opened: false });
    expect(sealed.ok && sealed.value.restockingFeeRate).toBe("0");
    const steep: ReturnPolicy = {
      ...defaultReturnPolicy,
      reasons: {
        ...defaultReturnPolicy.reasons,
        "wrong-size": { returnShippingPaidBy: "buyer", refundOriginalShipping: false, restockingFeeRate: "0.25" },
      },
    };
    const capped = checkReturnEligibility(steep, { ...remorse, marketplace: "amazon-us" });
    expect(capped.ok && capped.value.restockingFeeRate).toBe("0.2");
    const eu = checkReturnEligibility(steep, { ...remorse, marketplace: "amazon-de" });
    expect(
      eu.ok && [eu.value.restockingFeeRate, eu.value.refundOriginalShipping, eu.value.returnShippingPaidBy],
    ).toEqual(["0", true, "buyer"]);
  });
  it("refuses remorse on non-returnable categories and unmet conditions, but not a defect", () => {
    const underwear = checkReturnEligibility(defaultReturnPolicy, { ...remorse, category: "underwear" });
    expect(!underwear.ok && underwear.error.code).toBe("NON_RETURNABLE_CATEGORY");
    const defect = checkReturnEligibility(defaultReturnPolicy, {
      ...remorse,
      category: "underwear",
      reason: "defective",
      conditionsMet: [],
    });
    expect(defect.ok).toBe(true);
    const unpacked = checkReturnEligibility(defaultReturnPolicy, { ...remorse, conditionsMet: ["unused"] });
    expect(!unpacked.ok && unpacked.error).toMatchObject({
      code: "RETURN_CONDITIONS_NOT_MET",
      missing: ["original-packaging"],
    });
  });
  it("applies a marketplace's longer window and refuses reasons the policy does not list", () => {
    const longer: ReturnPolicy = {
      ...defaultReturnPolicy,
      marketplaceOverrides: [{ marketplace: "amazon-us", windowDays: 45 }],
      reasons: { defective: { returnShippingPaidBy: "seller", refundOriginalShipping: true, restockingFeeRate: "0" } },
    };
    const r = checkReturnEligibility(longer, {
      ...remorse,
      marketplace: "amazon-us",
      reason: "defective",
      requestedOn: "2026-04-10",
    });
    expect(r.ok && r.value.deadline).toBe("2026-04-16");
    const style = checkReturnEligibility(longer, { ...remorse, reason: "style" });
    expect(!style.ok && style.error.code).toBe("RETURN_REASON_NOT_ACCEPTED");
  });
  it("refuses a malformed request with the path", () => {
    try {
      checkReturnEligibility(defaultReturnPolicy, { ...remorse, deliveredOn: "2026-02-30" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["request", "deliveredOn"]);
    }
  });
});

describe("selectReturnPolicy and reasons", () => {
  const next: ReturnPolicy = { ...defaultReturnPolicy, id: "2027", validFrom: "2027-01-01" };
  const old: ReturnPolicy = { ...defaultReturnPolicy, id: "2026", validTo: "2026-12-31" };
  it("picks the policy in force on the order date", () => {
    const a = selectReturnPolicy([old, next], "2026-12-31");
    expect(a.ok && a.value.id).toBe("2026");
    const b = selectReturnPolicy([old, next], "2027-01-01");
    expect(b.ok && b.value.id).toBe("2027");
    const none = selectReturnPolicy([old, next], "2025-06-01");
    expect(!none.ok && none.error.code).toBe("RETURN_POLICY_NOT_FOUND");
  });
  it("splits reasons into seller fault and buyer remorse", () => {
    expect(
      ["defective", "wrong-item", "not-as-described", "damaged-in-transit"].map((r) => returnReasonFault(r as never)),
    ).toEqual(["seller", "seller", "seller", "seller"]);
    expect(["changed-mind", "wrong-size", "style"].map((r) => returnReasonFault(r as never))).toEqual([
      "buyer",
      "buyer",
      "buyer",
    ]);
  });
});
