import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money, moneyFromMinor } from "../../../src/core/index.js";
import { calculateRefund } from "../../../src/service/index.js";

const order = {
  currency: "USD",
  lines: [
    { lineId: "A", sku: "LAMP-01", unitPrice: money("19.99", "USD"), quantity: 2 },
    { lineId: "B", sku: "SHADE-02", unitPrice: money("25.00", "USD"), quantity: 1 },
  ],
  orderDiscount: money("5.00", "USD"),
  shipping: money("7.99", "USD"),
};
const fixed = (m: { amount: { toFixed(n: number): string } }) => m.amount.toFixed(2);

describe("calculateRefund: worked example", () => {
  // Order discount 5.00 over net 39.98 : 25.00 → A 3.08, B 1.92 (largest remainder gives A the last cent).
  // Shipping 7.99 over 36.90 : 23.08 → A 4.92, B 3.07. Per unit of A: discount 1.54, shipping 2.46.
  it("refunds one defective lamp with its share of discount and shipping", () => {
    const r = calculateRefund({ order, returnLines: [{ lineId: "A", quantity: 1 }], refundOriginalShipping: true });
    const line = r.lines[0];
    expect(
      line && [fixed(line.itemAmount), fixed(line.discount), fixed(line.shipping), fixed(line.restockingFee)],
    ).toEqual(["19.99", "1.54", "2.46", "0.00"]);
    expect(fixed(r.total)).toBe("20.91");
    expect(r.currency).toBe("USD");
  });
  it("charges a remorse return a 15% restocking fee and the return label", () => {
    const r = calculateRefund({
      order,
      returnLines: [{ lineId: "B", quantity: 1 }],
      refundOriginalShipping: false,
      restockingFeeRate: "0.15",
      returnShippingDeduction: money("5.50", "USD"),
    });
    // net 25.00 − 1.92 = 23.08; fee 3.462 → 3.46; line 19.62; minus label 5.50
    expect(r.lines[0] && fixed(r.lines[0].restockingFee)).toBe("3.46");
    expect(r.lines[0] && fixed(r.lines[0].refund)).toBe("19.62");
    expect(fixed(r.returnShippingDeduction)).toBe("5.50");
    expect(fixed(r.total)).toBe("14.12");
  });
  it("partial refunds across returns add up to exactly what the buyer paid (67.97)", () => {
    const first = calculateRefund({ order, returnLines: [{ lineId: "A", quantity: 1 }], refundOriginalShipping: true });
    const second = calculateRefund({
      order,
      returnLines: [
        { lineId: "A", quantity: 1 },
        { lineId: "B", quantity: 1 },
      ],
      alreadyRefunded: [{ lineId: "A", quantity: 1 }],
      refundOriginalShipping: true,
    });
    expect(fixed(second.total)).toBe("47.06"); // 20.91 + 26.15
    expect(first.total.amount.plus(second.total.amount).toFixed(2)).toBe("67.97");
  });
  it("spreads a line discount over units by largest remainder", () => {
    const o = {
      currency: "EUR",
      lines: [
        { lineId: "C", sku: "MUG", unitPrice: money("10.00", "EUR"), quantity: 3, lineDiscount: money("1.00", "EUR") },
      ],
    };
    const one = calculateRefund({
      order: o,
      returnLines: [{ lineId: "C", quantity: 1 }],
      refundOriginalShipping: false,
    });
    expect(fixed(one.total)).toBe("9.66");
    const rest = calculateRefund({
      order: o,
      returnLines: [{ lineId: "C", quantity: 2 }],
      alreadyRefunded: [{ lineId: "C", quantity: 1 }],
      refundOriginalShipping: false,
    });
    expect(fixed(rest.total)).toBe("19.34");
  });
  it("works in yen and rounds fees half-up", () => {
    const yen = calculateRefund({
      order: {
        currency: "JPY",
        lines: [{ lineId: "1", sku: "CASE", unitPrice: money("1980", "JPY"), quantity: 2 }],
        shipping: money("500", "JPY"),
      },
      returnLines: [{ lineId: "1", quantity: 1 }],
      refundOriginalShipping: true,
    });
    expect(yen.total.amount.toString()).toBe("2230");
    const fee = calculateRefund({
      order: { currency: "USD", lines: [{ lineId: "1", sku: "X", unitPrice: money("10.10", "USD"), quantity: 1 }] },
      returnLines: [{ lineId: "1", quantity: 1 }],
      refundOriginalShipping: false,
      restockingFeeRate: "0.15",
    });
    expect(fee.lines[0] && fixed(fee.lines[0].restockingFee)).toBe("1.52"); // 1.515 half-up
  });
  it("caps the label deduction so the refund never goes negative", () => {
    const r = calculateRefund({
      order: { currency: "USD", lines: [{ lineId: "1", sku: "X", unitPrice: money("3.00", "USD"), quantity: 1 }] },
      returnLines: [{ lineId: "1", quantity: 1 }],
      refundOriginalShipping: false,
      returnShippingDeduction: money("5.50", "USD"),
    });
    expect(fixed(r.total)).toBe("0.00");
    expect(fixed(r.returnShippingDeduction)).toBe("3.00");
  });
});

describe("calculateRefund bad input", () => {
  const expectError = (fn: () => unknown, code: string, path: unknown[]) => {
    try {
      fn();
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe(code);
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(path);
    }
  };
  it("refuses a deduction in another currency than the payment", () => {
    expectError(
      () =>
        calculateRefund({
          order,
          returnLines: [{ lineId: "A", quantity: 1 }],
          refundOriginalShipping: false,
          returnShippingDeduction: money("40", "CNY"),
        }),
      "CURRENCY_MISMATCH",
      ["input", "returnShippingDeduction"],
    );
  });
  it("refuses an order currency that is not an ISO 4217 code, at its own path", () => {
    for (const currency of ["usd", "XXX1", "ABC"]) {
      expectError(
        () =>
          calculateRefund({
            order: { ...order, currency },
            returnLines: [{ lineId: "A", quantity: 1 }],
            refundOriginalShipping: false,
          }),
        "INVALID_ARGUMENT",
        ["input", "order", "currency"],
      );
    }
  });
  it("refuses refunding more units than are left", () => {
    expectError(
      () =>
        calculateRefund({
          order,
          returnLines: [{ lineId: "A", quantity: 2 }],
          alreadyRefunded: [{ lineId: "A", quantity: 1 }],
          refundOriginalShipping: false,
        }),
      "INVALID_ARGUMENT",
      ["input", "returnLines", 0, "quantity"],
    );
  });
  it("refuses an unknown line, a zero quantity and a fee rate above 1", () => {
    expectError(
      () => calculateRefund({ order, returnLines: [{ lineId: "Z", quantity: 1 }], refundOriginalShipping: false }),
      "INVALID_ARGUMENT",
      ["input", "returnLines", 0, "lineId"],
    );
    expectError(
      () => calculateRefund({ order, returnLines: [{ lineId: "A", quantity: 0 }], refundOriginalShipping: false }),
      "INVALID_ARGUMENT",
      ["input", "returnLines", 0, "quantity"],
    );
    expectError(
      () =>
        calculateRefund({
          order,
          returnLines: [{ lineId: "A", quantity: 1 }],
          refundOriginalShipping: false,
          restockingFeeRate: "1.5",
        }),
      "INVALID_ARGUMENT",
      ["input", "restockingFeeRate"],
    );
  });
});

describe("calculateRefund properties", () => {
  const orderArb = fc
    .array(
      fc.record({
        cents: fc.integer({ min: 1, max: 100_000 }),
        quantity: fc.integer({ min: 1, max: 4 }),
        off: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .chain((lines) =>
      fc.record({
        lines: fc.constant(lines),
        orderOff: fc.double({ min: 0, max: 1, noNaN: true }),
        shipping: fc.integer({ min: 0, max: 5_000 }),
        cuts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 6 }),
      }),
    );
  it("all partial refunds of every unit sum exactly to the amount paid, and none is negative", () => {
    fc.assert(
      fc.property(orderArb, ({ lines, orderOff, shipping, cuts }) => {
        const orderLines = lines.map((line, i) => ({
          lineId: `L${i}`,
          sku: `SKU${i}`,
          unitPrice: moneyFromMinor(line.cents, "USD"),
          quantity: line.quantity,
          lineDiscount: moneyFromMinor(Math.floor(line.cents * line.quantity * line.off), "USD"),
        }));
        const netCents = lines.reduce((s, l) => s + l.cents * l.quantity - Math.floor(l.cents * l.quantity * l.off), 0);
        const orderDiscountCents = Math.floor(netCents * orderOff);
        const o = {
          currency: "USD",
          lines: orderLines,
          orderDiscount: moneyFromMinor(orderDiscountCents, "USD"),
          shipping: moneyFromMinor(shipping, "USD"),
        };
        const units = orderLines.flatMap((line) => new Array(line.quantity).fill(line.lineId) as string[]);
        const done: { lineId: string; quantity: number }[] = [];
        let total = 0;
        let cursor = 0;
        let c = 0;
        while (cursor < units.length) {
          const size = Math.min(cuts[c++ % cuts.length] as number, units.length - cursor);
          const chunk = units.slice(cursor, cursor + size);
          cursor += size;
          const returnLines = [...new Set(chunk)].map((lineId) => ({
            lineId,
            quantity: chunk.filter((u) => u === lineId).length,
          }));
          const r = calculateRefund({
            order: o,
            returnLines,
            alreadyRefunded: [...done],
            refundOriginalShipping: true,
          });
          expect(r.total.amount.isNegative()).toBe(false);
          total += Number(r.total.amount.times(100).toFixed(0));
          done.push(...returnLines);
        }
        expect(total).toBe(netCents - orderDiscountCents + shipping);
      }),
      { numRuns: 80 },
    );
  });
});
