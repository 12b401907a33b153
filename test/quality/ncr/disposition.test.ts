import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDispositions, type DispositionLine } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const zeros = {
  released: 0,
  awaitingSort: 0,
  "return-to-supplier": 0,
  replace: 0,
  rework: 0,
  repair: 0,
  concession: 0,
  downgrade: 0,
  scrap: 0,
};

describe("checkDispositions", () => {
  it("accounts for a sorted lot: 1,128 released, 72 failed and dispositioned", () => {
    const r = checkDispositions({
      quantity: 1200,
      lines: [
        { action: "sort", quantity: 1200, result: { passed: 1128, failed: 72 } },
        { action: "return-to-supplier", quantity: 50, from: 0 },
        { action: "rework", quantity: 12, from: 0 },
        { action: "concession", quantity: 6, from: 0 },
        { action: "scrap", quantity: 4, from: 0 },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: { ...zeros, released: 1128, "return-to-supplier": 50, rework: 12, concession: 6, scrap: 4 },
    });
  });

  it("splits a lot between direct actions and a sort still running", () => {
    const r = checkDispositions({
      quantity: 500,
      lines: [
        { action: "sort", quantity: 300 },
        { action: "downgrade", quantity: 150 },
        { action: "replace", quantity: 30 },
        { action: "repair", quantity: 20 },
      ],
    });
    expect(r).toEqual({ ok: true, value: { ...zeros, awaitingSort: 300, downgrade: 150, replace: 30, repair: 20 } });
  });

  it("reports where quantities fall short or exceed", () => {
    const short = checkDispositions({ quantity: 1200, lines: [{ action: "scrap", quantity: 1150 }] });
    expect(short).toEqual({
      ok: false,
      error: {
        code: "DISPOSITION_QUANTITY_MISMATCH",
        message: "lines without `from` must add up to the NCR quantity: expected 1200, got 1150",
        path: ["lines"],
        expected: 1200,
        actual: 1150,
      },
    });
    const over = checkDispositions({
      quantity: 100,
      lines: [
        { action: "sort", quantity: 100, result: { passed: 90, failed: 10 } },
        { action: "scrap", quantity: 11, from: 0 },
      ],
    });
    expect(over.ok ? undefined : over.error).toMatchObject({
      path: ["lines", 0, "result", "failed"],
      expected: 10,
      actual: 11,
    });
    const badSort = checkDispositions({
      quantity: 100,
      lines: [{ action: "sort", quantity: 100, result: { passed: 90, failed: 9 } }],
    });
    expect(badSort.ok ? undefined : badSort.error).toMatchObject({
      path: ["lines", 0, "result"],
      expected: 100,
      actual: 99,
    });
    const forward = checkDispositions({ quantity: 10, lines: [{ action: "scrap", quantity: 10, from: 1 }] });
    expect(forward.ok ? undefined : forward.error).toMatchObject({ path: ["lines", 0, "from"] });
    const resultOnScrap = checkDispositions({
      quantity: 10,
      lines: [{ action: "scrap", quantity: 10, result: { passed: 0, failed: 10 } }],
    });
    expect(resultOnScrap.ok ? undefined : resultOnScrap.error).toMatchObject({ path: ["lines", 0, "result"] });
  });

  it("refuses bad input", () => {
    expectInvalid(() => checkDispositions({ quantity: 0, lines: [] }), ["input", "quantity"]);
    expectInvalid(
      () => checkDispositions({ quantity: 10, lines: [{ action: "burn" as never, quantity: 10 }] }),
      ["input", "lines", 0, "action"],
    );
    expectInvalid(
      () => checkDispositions({ quantity: 10, lines: [{ action: "scrap", quantity: 2.5 }] }),
      ["input", "lines", 0, "quantity"],
    );
    expectInvalid(
      () => checkDispositions({ quantity: 10, lines: [{ action: "scrap", quantity: -1 }] }),
      ["input", "lines", 0, "quantity"],
    );
  });

  const actions = ["return-to-supplier", "replace", "rework", "repair", "concession", "downgrade", "scrap"] as const;

  /** A random partition of `total` into positive parts. */
  const partition = (total: number) =>
    fc.array(fc.integer({ min: 1, max: Math.max(1, total - 1) }), { maxLength: 4 }).map((cuts) => {
      const points = [...new Set(cuts.filter((c) => c < total))].sort((a, b) => a - b);
      return [...points, total].map((p, i) => p - (i === 0 ? 0 : (points[i - 1] as number)));
    });

  it("property: a balanced plan's summary adds up to the lot exactly", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 5000 })
          .chain((quantity) =>
            fc.tuple(
              fc.constant(quantity),
              fc.integer({ min: 1, max: quantity - 1 }),
              fc.integer({ min: 0, max: 1000 }),
              fc.array(fc.constantFrom(...actions), { minLength: 5, maxLength: 5 }),
            ),
          )
          .chain(([quantity, sorted, passedSeed, picks]) => {
            const passed = passedSeed % (sorted + 1);
            return fc.tuple(
              fc.constant({ quantity, sorted, passed, picks }),
              partition(quantity - sorted),
              partition(sorted - passed),
            );
          }),
        ([{ quantity, sorted, passed, picks }, direct, afterSort]) => {
          const lines: DispositionLine[] = [
            { action: "sort", quantity: sorted, result: { passed, failed: sorted - passed } },
            ...direct.map((q, i) => ({ action: picks[i % 5] ?? "scrap", quantity: q })),
            ...(sorted - passed > 0
              ? afterSort.map((q, i) => ({ action: picks[(i + 2) % 5] ?? "scrap", quantity: q, from: 0 }))
              : []),
          ];
          const r = checkDispositions({ quantity, lines });
          expect(r.ok).toBe(true);
          if (r.ok) expect(Object.values(r.value).reduce((a, b) => a + b, 0)).toBe(quantity);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("property: any plan off by some units is refused, never silently accepted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        fc.constantFrom(...actions),
        (quantity, delta, action) => {
          fc.pre(quantity + delta > 0);
          const r = checkDispositions({ quantity, lines: [{ action, quantity: quantity + delta }] });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error).toMatchObject({ expected: quantity, actual: quantity + delta });
        },
      ),
      { numRuns: 150 },
    );
  });
});
