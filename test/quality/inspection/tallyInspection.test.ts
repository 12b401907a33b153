import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tallyInspection } from "../../../src/quality/index.js";
import { catalog, completeAt, expectInvalid, finding, iqc, run, single, start } from "../fixtures.js";

describe("tallyInspection", () => {
  it("counts a unit once per class however many defects of that class it shows", () => {
    const { snapshot } = run(iqc(), [
      start,
      finding(27, "CRACK"),
      finding(27, "NO_LIGHT"),
      finding(27, "CRACK", 3),
      finding(4, "SCRATCH", 5),
    ]);
    const tally = tallyInspection(snapshot.context);
    expect(tally.classes).toEqual([
      { classId: "critical", sampleUnits: 80, nonconformingUnits: 0, units: [] },
      { classId: "major", sampleUnits: 80, nonconformingUnits: 1, units: [27] },
      { classId: "minor", sampleUnits: 80, nonconformingUnits: 1, units: [4] },
    ]);
    expect(tally.defects).toEqual([
      { code: "SCRATCH", classId: "minor", occurrences: 5, units: 1 },
      { code: "CRACK", classId: "major", occurrences: 4, units: 1 },
      { code: "NO_LIGHT", classId: "major", occurrences: 1, units: 1 },
    ]);
    expect(tally.nonconformingUnits).toBe(2);
    expect(tally.inspectedUnits).toBe(80);
  });

  it("counts a unit in its most serious class only by default, in every class when asked", () => {
    const events = [
      start,
      finding(11, "NO_LIGHT"),
      finding(11, "SCRATCH"),
      finding(12, "EXPOSED_WIRE"),
      finding(12, "CRACK"),
    ];
    const mostSerious = tallyInspection(run(iqc(), events).snapshot.context);
    expect(mostSerious.classes.map((c) => c.units)).toEqual([[12], [11], []]);
    const everyClass = tallyInspection(run(iqc({ counting: "every-class" }), events).snapshot.context);
    expect(everyClass.classes.map((c) => c.units)).toEqual([[12], [11, 12], [11]]);
  });

  it("turns out-of-spec measurements into nonconformities of the item's defect (limits inclusive)", () => {
    const measure = (sampleUnit: number, value: string, unit = "mm") => ({
      type: "RECORD_MEASUREMENT" as const,
      measurement: { sampleUnit, checklistItemId: "DIM-01", value, unit },
    });
    const { snapshot } = run(iqc(), [
      start,
      measure(1, "150.5"),
      measure(2, "149.5"),
      measure(3, "150.51"),
      measure(4, "14.94", "cm"),
      measure(5, "5.91", "in"),
    ]);
    // 150.51 mm is out; 14.94 cm = 149.4 mm is out; 5.91 in = 150.114 mm is in.
    expect(tallyInspection(snapshot.context).classes[1]?.units).toEqual([3, 4]);
  });

  it("judges a class with a smaller sample on its first units only", () => {
    const plans = [
      { classId: "critical", aql: "0.65", plan: single(125, 2, 3) },
      { classId: "major", aql: "2.5", plan: single(80, 5) },
    ];
    const { snapshot } = run(iqc({ plans }), [start, finding(100, "CRACK"), finding(90, "EXPOSED_WIRE")]);
    const tally = tallyInspection(snapshot.context);
    expect(tally.inspectedUnits).toBe(125);
    expect(tally.classes).toEqual([
      { classId: "critical", sampleUnits: 125, nonconformingUnits: 1, units: [90] },
      { classId: "major", sampleUnits: 80, nonconformingUnits: 0, units: [] },
    ]);
  });

  it("caps the sample at the lot size when inspecting 100%", () => {
    const plans = [{ classId: "major", aql: "2.5", plan: { ...single(8, 0), hundredPercent: true } }];
    const snap = iqc({ plans, lot: { lotId: "L", sku: "S", lotSize: 5, supplierId: "SUP", purchaseOrderId: "PO" } });
    expect(tallyInspection(snap.context).inspectedUnits).toBe(5);
  });

  it("property: a class never counts more units than its sample or than units with findings", () => {
    const codes = catalog.defects.map((d) => d.code);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.integer({ min: 1, max: 80 }),
            code: fc.constantFrom(...codes),
            n: fc.integer({ min: 1, max: 4 }),
          }),
          {
            maxLength: 40,
          },
        ),
        fc.constantFrom("most-serious" as const, "every-class" as const),
        (hits, counting) => {
          const { snapshot } = run(iqc({ counting }), [start, ...hits.map((h) => finding(h.unit, h.code, h.n))]);
          const tally = tallyInspection(snapshot.context);
          const distinct = new Set(hits.map((h) => h.unit)).size;
          expect(tally.nonconformingUnits).toBe(distinct);
          const perClass = tally.classes.reduce((sum, c) => sum + c.nonconformingUnits, 0);
          if (counting === "most-serious") expect(perClass).toBe(distinct);
          else expect(perClass).toBeGreaterThanOrEqual(distinct);
          for (const c of tally.classes) expect(c.nonconformingUnits).toBeLessThanOrEqual(c.sampleUnits);
          const occurrences = tally.defects.reduce((sum, d) => sum + d.occurrences, 0);
          expect(occurrences).toBe(hits.reduce((sum, h) => sum + h.n, 0));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses a record that is not an inspection record", () => {
    const { snapshot } = run(iqc(), [start]);
    expectInvalid(() => tallyInspection({ ...snapshot.context, attempt: 0 }), ["record", "attempt"]);
    expectInvalid(
      () => tallyInspection({ ...snapshot.context, findings: [{ sampleUnit: Number.NaN }] } as never),
      ["record", "findings", 0, "sampleUnit"],
    );
  });

  it("completing does not change the tally", () => {
    const { snapshot } = run(iqc(), [start, finding(1, "CRACK"), completeAt]);
    expect(tallyInspection(snapshot.context).classes[1]?.units).toEqual([1]);
  });
});
