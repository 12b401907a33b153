import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInMemoryFxRates, Dec, type Decimal, isCrossborderOpsError } from "../../../src/core/index.js";
import { buildSettlementStatement, computeLateDeliveryPenalty } from "../../../src/suppliers/index.js";

const fx = createInMemoryFxRates([
  { from: "USD", to: "CNY", rate: "7.1234", asOf: "2026-04-01", source: "PBOC central parity" },
]);
const cny = (amount: string) => ({ amount, currency: "CNY" });

describe("buildSettlementStatement", () => {
  it("converts, subtracts deposits and deductions, and sums to the cent", () => {
    const s = buildSettlementStatement(
      {
        supplierId: "SUP-1",
        period: { from: "2026-04-01", to: "2026-04-30" },
        currency: "CNY",
        invoices: [
          { reference: "INV-1", date: "2026-04-25", amount: cny("11100.00") },
          { reference: "INV-2", date: "2026-04-20", amount: { amount: "1000.00", currency: "USD" } },
          { reference: "INV-3", date: "2026-04-21", amount: { amount: "333.33", currency: "USD" } },
        ],
        prepayments: [{ reference: "DEP-1", date: "2026-03-03", amount: cny("7894.77") }],
        deductions: [
          { reference: "CB-1", kind: "defect-chargeback", date: "2026-04-26", amount: cny("280.00") },
          { reference: "LP-1", kind: "late-delivery-penalty", date: "2026-04-30", amount: cny("148.00") },
        ],
      },
      fx,
    );
    // 1000.00 × 7.1234 = 7123.40; 333.33 × 7.1234 = 2374.442922 → 2374.44
    expect(s.invoices.map((l) => l.converted.amount.toFixed(2))).toEqual(["11100.00", "7123.40", "2374.44"]);
    expect(s.invoices[1]?.rate.source).toBe("PBOC central parity");
    expect(s.invoicesTotal.amount.toFixed(2)).toBe("20597.84");
    expect(s.prepaymentsTotal.amount.toFixed(2)).toBe("7894.77");
    expect(s.deductionsTotal.amount.toFixed(2)).toBe("428.00");
    // 20597.84 − 7894.77 − 428.00
    expect(s.amountDue.amount.toFixed(2)).toBe("12275.07");
    expect(s.deductions.map((d) => d.kind)).toEqual(["defect-chargeback", "late-delivery-penalty"]);
  });

  it("reports a missing rate with FX_RATE_MISSING", () => {
    try {
      buildSettlementStatement(
        {
          supplierId: "SUP-1",
          period: { from: "2026-04-01", to: "2026-04-30" },
          currency: "CNY",
          invoices: [{ reference: "INV-1", date: "2026-04-25", amount: { amount: "10.00", currency: "EUR" } }],
        },
        fx,
      );
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("FX_RATE_MISSING");
    }
  });

  it("refuses negative amounts and inverted periods", () => {
    const attempt = (input: Parameters<typeof buildSettlementStatement>[0]) => {
      try {
        buildSettlementStatement(input, fx);
      } catch (e) {
        return isCrossborderOpsError(e) ? e.issues[0]?.path : e;
      }
    };
    expect(
      attempt({
        supplierId: "S",
        period: { from: "2026-04-01", to: "2026-04-30" },
        currency: "CNY",
        invoices: [{ reference: "x", date: "2026-04-02", amount: cny("-1.00") }],
      }),
    ).toEqual(["input", "invoices", 0, "amount"]);
    expect(
      attempt({ supplierId: "S", period: { from: "2026-04-30", to: "2026-04-01" }, currency: "CNY", invoices: [] }),
    ).toEqual(["input", "period", "to"]);
  });

  it("always sums exactly (property)", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Dec(n).div(100).toFixed(2));
    const item = fc.record({ amount: cents, usd: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 8 }),
        fc.array(item, { maxLength: 4 }),
        fc.array(item, { maxLength: 4 }),
        (inv, pre, ded) => {
          const toEntry = (x: { amount: string; usd: boolean }, i: number) => ({
            reference: `R${i}`,
            date: "2026-04-15",
            amount: { amount: x.amount, currency: x.usd ? "USD" : "CNY" },
          });
          const s = buildSettlementStatement(
            {
              supplierId: "S",
              period: { from: "2026-04-01", to: "2026-04-30" },
              currency: "CNY",
              invoices: inv.map(toEntry),
              prepayments: pre.map(toEntry),
              deductions: ded.map((x, i) => ({ ...toEntry(x, i), kind: "other" as const })),
            },
            fx,
          );
          const sum = (lines: readonly { converted: { amount: Decimal } }[]) =>
            lines.reduce((acc, l) => acc.plus(l.converted.amount), new Dec(0));
          expect(s.invoicesTotal.amount.equals(sum(s.invoices))).toBe(true);
          expect(s.prepaymentsTotal.amount.equals(sum(s.prepayments))).toBe(true);
          expect(s.deductionsTotal.amount.equals(sum(s.deductions))).toBe(true);
          expect(
            s.amountDue.amount
              .plus(s.prepaymentsTotal.amount)
              .plus(s.deductionsTotal.amount)
              .equals(s.invoicesTotal.amount),
          ).toBe(true);
          for (const line of [...s.invoices, ...s.prepayments, ...s.deductions])
            expect(line.converted.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("computeLateDeliveryPenalty", () => {
  const clause = { value: cny("7400.00"), graceDays: 2, percentPerDay: "0.5", capPercent: 10 };
  it("charges per day after grace, capped", () => {
    expect(computeLateDeliveryPenalty({ ...clause, daysLate: 6 }).amount.toFixed(2)).toBe("148.00");
    expect(computeLateDeliveryPenalty({ ...clause, daysLate: 40 }).amount.toFixed(2)).toBe("740.00");
    expect(computeLateDeliveryPenalty({ ...clause, daysLate: 1 }).amount.toFixed(2)).toBe("0.00");
    expect(computeLateDeliveryPenalty({ ...clause, value: cny("333.33"), daysLate: 3 }).amount.toFixed(2)).toBe("1.67");
  });
  it("refuses a negative delay", () => {
    try {
      computeLateDeliveryPenalty({ ...clause, daysLate: -1 });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "daysLate"]);
    }
  });
});
