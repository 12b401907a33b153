import { describe, expect, it } from "vitest";
import {
  type MarketplaceFeeSchedule,
  resolveReferralFee,
  SAMPLE_AMAZON_DE_REFERRAL_FEES,
  SAMPLE_AMAZON_US_REFERRAL_FEES,
} from "../../../src/admission/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const next: MarketplaceFeeSchedule = {
  id: "host-amazon-us-2026-07",
  marketplace: "amazon.com",
  currency: "USD",
  validFrom: "2026-07-01",
  validTo: "2026-12-31",
  categories: [{ category: "electronics", rate: "0.07", minimum: { amount: "0.25", currency: "USD" } }],
};

describe("resolveReferralFee", () => {
  it("finds the category's rate and minimum in the schedule in force, marked as a sample", () => {
    const r = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES, SAMPLE_AMAZON_DE_REFERRAL_FEES], {
      marketplace: "amazon.de",
      category: "electronics",
      on: "2026-06-01",
    });
    expect(r.ok && { ...r.value, minimum: r.value.minimum?.amount.toFixed(2) }).toEqual({
      scheduleId: "sample-amazon-de-referral-2026",
      category: "electronics",
      rate: "0.07",
      minimum: "0.30",
      sample: true,
    });
  });
  it("falls back to the schedule's default for unlisted categories", () => {
    const r = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], {
      marketplace: "amazon.com",
      category: "pet-supplies",
      on: "2026-06-01",
    });
    expect(r.ok && [r.value.category, r.value.rate]).toEqual(["*", "0.15"]);
  });
  it("prefers the latest schedule in force and respects effective dates", () => {
    const schedules = [SAMPLE_AMAZON_US_REFERRAL_FEES, next];
    const q = (on: string, category = "electronics") =>
      resolveReferralFee(schedules, { marketplace: "amazon.com", category, on });
    const june = q("2026-06-30");
    expect(june.ok && june.value.rate).toBe("0.08");
    const july = q("2026-07-01");
    expect(july.ok && [july.value.scheduleId, july.value.rate, july.value.sample]).toEqual([
      "host-amazon-us-2026-07",
      "0.07",
      false,
    ]);
    // the July schedule lists no toys and has no fallback: the older schedule still answers
    const toys = q("2026-07-01", "toys-games");
    expect(toys.ok && toys.value.scheduleId).toBe("sample-amazon-us-referral-2026");
  });
  it("reports FEE_SCHEDULE_NOT_FOUND before any schedule applies or for another marketplace", () => {
    const early = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], {
      marketplace: "amazon.com",
      category: "electronics",
      on: "2026-01-14",
    });
    expect(!early.ok && early.error.code).toBe("FEE_SCHEDULE_NOT_FOUND");
    const other = resolveReferralFee([SAMPLE_AMAZON_US_REFERRAL_FEES], {
      marketplace: "walmart.com",
      category: "electronics",
      on: "2026-06-01",
    });
    expect(!other.ok && other.error.message).toContain("walmart.com");
  });
  it("refuses malformed schedules and queries", () => {
    expectOpsError(
      () =>
        resolveReferralFee([{ ...next, validTo: "2026-06-30" }], {
          marketplace: "amazon.com",
          category: "x",
          on: "2026-06-01",
        }),
      "INVALID_ARGUMENT",
      ["schedules", 0, "validTo"],
    );
    expectOpsError(
      () =>
        resolveReferralFee(
          [{ ...next, categories: [{ category: "x", rate: "0.1", minimum: { amount: "0.3", currency: "EUR" } }] }],
          {
            marketplace: "amazon.com",
            category: "x",
            on: "2026-07-02",
          },
        ),
      "INVALID_ARGUMENT",
      ["schedules", 0, "categories", 0, "minimum"],
    );
    expectOpsError(
      () => resolveReferralFee([next], { marketplace: "amazon.com", category: "x", on: "July" }),
      "INVALID_ARGUMENT",
      ["query", "on"],
    );
  });
});
