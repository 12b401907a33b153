import { describe, expect, it } from "vitest";
import {
  ADMISSION_SUPPLIER_CRITERIA,
  rankSupplierCandidates,
  type SupplierScorer,
} from "../../../src/admission/index.js";
import { Dec } from "../../../src/core/index.js";
import { admissionScreeningScorecard, scoreSupplier } from "../../../src/suppliers/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

type Measures = Record<(typeof ADMISSION_SUPPLIER_CRITERIA)[number]["id"], number>;
const average: SupplierScorer<Measures> = (m) => {
  const values = Object.values(m);
  const total = values.reduce((a, b) => a + b, 0) / values.length;
  return { total, grade: total >= 80 ? "A" : total >= 60 ? "B" : "C" };
};
const all = (n: number): Measures => ({
  qualification: n,
  capacity: n,
  qcSystem: n,
  rnd: n,
  reputation: n,
  price: n,
  afterSales: n,
});

describe("rankSupplierCandidates", () => {
  it("covers the seven admission criteria", () => {
    expect(ADMISSION_SUPPLIER_CRITERIA.map((c) => c.id)).toEqual([
      "qualification",
      "capacity",
      "qcSystem",
      "rnd",
      "reputation",
      "price",
      "afterSales",
    ]);
  });
  it("ranks by total with shared ranks for ties and shortlists the best above the minimum", () => {
    const ranked = rankSupplierCandidates(
      [
        { supplierId: "SUP-C", measurements: all(70) },
        { supplierId: "SUP-A", name: "Shenzhen A", measurements: all(90) },
        { supplierId: "SUP-D", measurements: all(50) },
        { supplierId: "SUP-B", measurements: all(70) },
      ],
      average,
      { shortlistSize: 3, minimumTotal: 60 },
    );
    expect(ranked).toEqual([
      { rank: 1, supplierId: "SUP-A", name: "Shenzhen A", total: 90, grade: "A", shortlisted: true },
      { rank: 2, supplierId: "SUP-B", total: 70, grade: "B", shortlisted: true },
      { rank: 2, supplierId: "SUP-C", total: 70, grade: "B", shortlisted: true },
      { rank: 4, supplierId: "SUP-D", total: 50, grade: "C", shortlisted: false },
    ]);
  });
  it("shortlists three by default", () => {
    const ranked = rankSupplierCandidates(
      [1, 2, 3, 4].map((n) => ({ supplierId: `S${n}`, measurements: n })),
      (m: number) => ({ total: m, grade: "-" }),
    );
    expect(ranked.filter((r) => r.shortlisted).map((r) => r.supplierId)).toEqual(["S4", "S3", "S2"]);
  });
  it("refuses bad candidates and bad scorers", () => {
    expectOpsError(() => rankSupplierCandidates([], average), "INVALID_ARGUMENT", ["candidates"]);
    expectOpsError(
      () =>
        rankSupplierCandidates(
          [
            { supplierId: "A", measurements: all(1) },
            { supplierId: "A", measurements: all(2) },
          ],
          average,
        ),
      "INVALID_ARGUMENT",
      ["candidates", 1, "supplierId"],
    );
    expectOpsError(
      () => rankSupplierCandidates([{ supplierId: "A", measurements: 1 }], () => ({ total: Number.NaN, grade: "A" })),
      "INVALID_ARGUMENT",
      ["candidates", 0, "measurements"],
    );
  });
});

describe("rankSupplierCandidates wired to the suppliers area's scoring engine", () => {
  it("accepts scoreSupplier's Decimal total as the seam documents", () => {
    const scorecard = admissionScreeningScorecard();
    const poor = { qualification: 60, capacity: 100, qcSystem: 50, rnd: 40, reputation: 1, price: 115, afterSales: 50 };
    const strong = {
      qualification: 95,
      capacity: 200,
      qcSystem: 90,
      rnd: 85,
      reputation: 5,
      price: 95,
      afterSales: 90,
    };
    const ranked = rankSupplierCandidates(
      [
        { supplierId: "SUP-LOW", measurements: poor },
        { supplierId: "SUP-HIGH", measurements: strong },
      ],
      (m: Record<string, number>) => scoreSupplier(scorecard, m),
    );
    expect(ranked.map((row) => [row.supplierId, row.rank])).toEqual([
      ["SUP-HIGH", 1],
      ["SUP-LOW", 2],
    ]);
    expect(ranked[0]?.total).toBe(100);
    expect(ranked[0]?.grade).toBe("A");
  });

  it("refuses a non-finite Decimal total", () => {
    expectOpsError(
      () =>
        rankSupplierCandidates([{ supplierId: "A", measurements: 1 }], () => ({
          total: new Dec(Number.NaN),
          grade: "A",
        })),
      "INVALID_ARGUMENT",
      ["candidates", 0, "measurements"],
    );
  });
});
