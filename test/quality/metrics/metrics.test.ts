import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defectPareto,
  firstPassYield,
  inspectionPpm,
  lotAcceptanceRate,
  partsPerMillion,
  type QualityEvent,
} from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";
import { countEvents, counted, judged, lotEvents } from "./fixtures.js";

const show = (d: { toString(): string } | null) => (d === null ? null : d.toString());

describe("partsPerMillion", () => {
  it("is exact and rounded half-up to 2 places", () => {
    expect(partsPerMillion({ nonconforming: 3, inspected: 800 }).toString()).toBe("3750");
    expect(partsPerMillion({ nonconforming: 1, inspected: 3 }).toFixed(2)).toBe("333333.33");
    expect(partsPerMillion({ nonconforming: 2, inspected: 3 }).toFixed(2)).toBe("666666.67");
    expect(partsPerMillion({ nonconforming: 8, inspected: 405 }).toFixed(2)).toBe("19753.09");
    expect(partsPerMillion({ nonconforming: 1, inspected: 1 }).toString()).toBe("1000000");
  });

  it("property: zero nonconforming is 0 PPM for any sample", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (inspected) => {
        expect(partsPerMillion({ nonconforming: 0, inspected }).isZero()).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("property: PPM lies in [0, 1,000,000] and grows with the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (inspected, seed) => {
        const nonconforming = seed % inspected;
        const a = partsPerMillion({ nonconforming, inspected });
        const b = partsPerMillion({ nonconforming: nonconforming + 1, inspected });
        expect(a.gte(0) && b.lte(1_000_000) && b.gte(a)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses bad counts", () => {
    expectInvalid(() => partsPerMillion({ nonconforming: 1, inspected: 0 }), ["counts", "inspected"]);
    expectInvalid(() => partsPerMillion({ nonconforming: 81, inspected: 80 }), ["counts", "nonconforming"]);
    expectInvalid(() => partsPerMillion({ nonconforming: -1, inspected: 80 }), ["counts", "nonconforming"]);
    expectInvalid(() => partsPerMillion({ nonconforming: 1.5, inspected: 80 }), ["counts", "nonconforming"]);
    expectInvalid(() => partsPerMillion({ nonconforming: Number.NaN, inspected: 80 }), ["counts", "nonconforming"]);
  });
});

describe("inspectionPpm and firstPassYield", () => {
  it("sum the defects-counted events", () => {
    const ppm = inspectionPpm(countEvents);
    expect({ ...ppm, ppm: show(ppm.ppm) }).toEqual({ inspectedUnits: 405, nonconformingUnits: 8, ppm: "19753.09" });
    const fpy = firstPassYield(countEvents);
    // First passes only: (80 + 125) inspected, 3 nonconforming: 202 / 205 = 0.98536... -> 0.9854
    expect({ ...fpy, yield: show(fpy.yield) }).toEqual({ inspectedUnits: 205, passedUnits: 202, yield: "0.9854" });
  });

  it("give null, never NaN, without data", () => {
    expect(inspectionPpm([]).ppm).toBeNull();
    expect(firstPassYield(lotEvents).yield).toBeNull();
    expect(inspectionPpm(countEvents, { inspectionType: "OQC" })).toEqual({
      inspectedUnits: 0,
      nonconformingUnits: 0,
      ppm: null,
    });
  });
});

describe("lotAcceptanceRate", () => {
  it("counts every judgement, or first submissions only", () => {
    const all = lotAcceptanceRate(lotEvents);
    expect({ ...all, rate: show(all.rate) }).toEqual({ accepted: 4, rejected: 1, judged: 5, rate: "0.8" });
    const first = lotAcceptanceRate(lotEvents, { firstSubmissionOnly: true });
    expect({ ...first, rate: show(first.rate) }).toEqual({ accepted: 3, rejected: 1, judged: 4, rate: "0.75" });
    const sup7 = lotAcceptanceRate(lotEvents, { supplierId: "SUP-7" });
    expect(show(sup7.rate)).toBe("0.75");
    const early = lotAcceptanceRate(lotEvents, { to: "2026-03-03T00:00:00Z" });
    expect(early.judged).toBe(4);
    expect(lotAcceptanceRate([]).rate).toBeNull();
  });

  it("rounds 7 of 9 to 0.7778", () => {
    const events = Array.from({ length: 9 }, (_, i) =>
      judged(`L${i}#1`, i < 7 ? "lot-accepted" : "lot-rejected", "SUP-7"),
    );
    expect(show(lotAcceptanceRate(events).rate)).toBe("0.7778");
  });

  it("refuses invalid events with their path", () => {
    const bad = [lotEvents[0], { ...lotEvents[1], at: "not a date" }] as QualityEvent[];
    expectInvalid(() => lotAcceptanceRate(bad), ["events", 1, "at"]);
    expectInvalid(() => lotAcceptanceRate(lotEvents, { supplierId: "" }), ["filter", "supplierId"]);
  });
});

describe("defectPareto", () => {
  it("orders by count, then by code, with exact cumulative shares", () => {
    const rows = defectPareto(countEvents).map((r) => [
      r.code,
      r.classId,
      r.count,
      r.share.toString(),
      r.cumulativeShare.toString(),
    ]);
    expect(rows).toEqual([
      ["CRACK", "major", 4, "0.4", "0.4"],
      ["SCRATCH", "minor", 4, "0.4", "0.8"],
      ["LABEL_SKEW", "minor", 2, "0.2", "1"],
    ]);
    const byUnits = defectPareto(countEvents, { basis: "units" }).map((r) => [
      r.code,
      r.count,
      r.cumulativeShare.toString(),
    ]);
    expect(byUnits).toEqual([
      ["CRACK", 4, "0.5"],
      ["LABEL_SKEW", 2, "0.75"],
      ["SCRATCH", 2, "1"],
    ]);
    expect(defectPareto([])).toEqual([]);
  });
});

describe("metrics are invariant to event order and duplicates", () => {
  const all = [
    ...lotEvents,
    ...countEvents,
    counted("D4", 50, 2, [{ code: "DENT", classId: "minor", occurrences: 2, units: 2 }], 1, "OQC"),
  ];
  const snapshotOf = (events: QualityEvent[]) =>
    JSON.stringify([
      lotAcceptanceRate(events),
      lotAcceptanceRate(events, { firstSubmissionOnly: true }),
      inspectionPpm(events),
      firstPassYield(events),
      defectPareto(events),
      defectPareto(events, { basis: "units" }),
    ]);
  const expected = snapshotOf(all);

  it("property: shuffling and re-delivering events changes nothing", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
        fc.array(fc.constantFrom(...all), { maxLength: 5 }),
        (shuffled, repeats) => {
          expect(snapshotOf([...shuffled, ...repeats])).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
