import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import {
  AQL_SERIES,
  INSPECTION_LEVELS,
  type SamplingPlan,
  type SamplingPlanRequest,
  samplingPlan,
} from "../../../src/quality/sampling/index.js";

const brief = (plan: SamplingPlan) =>
  plan.scheme === "single"
    ? [
        plan.lotCodeLetter,
        plan.codeLetter,
        plan.sampleSize,
        plan.acceptanceNumber,
        plan.rejectionNumber,
        plan.hundredPercent,
      ]
    : [
        plan.lotCodeLetter,
        plan.codeLetter,
        plan.stages.map((s) => [s.sampleSize, s.cumulativeSampleSize, s.acceptanceNumber, s.rejectionNumber]),
        plan.hundredPercent,
      ];

describe("samplingPlan: resolved plans written from the printed tables", () => {
  // [request, Table I letter, plan letter, n, Ac, Re, 100 %]
  it.each<[SamplingPlanRequest, ...unknown[]]>([
    [{ lotSize: 1500, aql: 2.5 }, "K", "K", 125, 7, 8, false],
    [{ lotSize: 1201, aql: "2.5" }, "K", "K", 125, 7, 8, false],
    [{ lotSize: 1200, aql: 2.5 }, "J", "J", 80, 5, 6, false],
    [{ lotSize: 500, aql: "4.0", level: "S-3" }, "D", "E", 13, 1, 2, false],
    [{ lotSize: 10000, aql: 0.65 }, "L", "L", 200, 3, 4, false],
    [{ lotSize: 50, aql: 1 }, "D", "E", 13, 0, 1, false],
    [{ lotSize: 8, aql: 6.5 }, "A", "A", 2, 0, 1, false],
    [{ lotSize: 3, aql: 0.65 }, "A", "F", 3, 0, 1, true],
    [{ lotSize: 8, aql: 10 }, "A", "C", 5, 1, 2, false],
    [{ lotSize: 1_000_000, aql: 0.01, level: "III" }, "R", "Q", 1250, 0, 1, false],
    [{ lotSize: 600_000, aql: 0.015, level: "III" }, "R", "P", 800, 0, 1, false],
    [{ lotSize: 2000, aql: 4, level: "I" }, "H", "H", 50, 5, 6, false],
    [{ lotSize: 280, aql: 1.5, level: "S-4" }, "E", "D", 8, 0, 1, false],
    [{ lotSize: 35001, aql: 0.4 }, "N", "N", 500, 5, 6, false],
    [{ lotSize: 150, aql: 25, level: "S-1" }, "B", "B", 3, 2, 3, false],
    [{ lotSize: 20, aql: 400 }, "C", "C", 5, 30, 31, false],
    [{ lotSize: 20, aql: 1000 }, "C", "B", 3, 44, 45, false],
    [{ lotSize: 100, aql: 100 }, "F", "E", 13, 21, 22, false],
    [{ lotSize: 1500, aql: 2.5, severity: "tightened" }, "K", "K", 125, 5, 6, false],
    [{ lotSize: 600_000, aql: 0.015, level: "III", severity: "tightened" }, "R", "Q", 1250, 0, 1, false],
    [{ lotSize: 600_000, aql: 0.025, level: "III", severity: "tightened" }, "R", "S", 3150, 1, 2, false],
    [{ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "z1.4" }, "K", "K", 50, 3, 6, false],
    [{ lotSize: 1500, aql: 0.4, severity: "reduced", edition: "z1.4" }, "K", "K", 50, 0, 2, false],
  ])("%j → Table I %s, plan %s: n %d, Ac %d, Re %d, 100 %% %s", (request, ...expected) => {
    expect(brief(samplingPlan(request))).toEqual(expected);
  });

  it.each<[SamplingPlanRequest, ...unknown[]]>([
    [
      { lotSize: 1500, aql: 2.5, scheme: "double" },
      "K",
      "K",
      [
        [80, 80, 3, 7],
        [80, 160, 8, 9],
      ],
      false,
    ],
    [
      { lotSize: 1500, aql: 2.5, scheme: "double", severity: "tightened" },
      "K",
      "K",
      [
        [80, 80, 2, 5],
        [80, 160, 6, 7],
      ],
      false,
    ],
    [
      { lotSize: 1500, aql: 2.5, scheme: "double", severity: "reduced", edition: "z1.4" },
      "K",
      "K",
      [
        [32, 32, 1, 5],
        [32, 64, 4, 7],
      ],
      false,
    ],
    [
      { lotSize: 100, aql: 1.5, scheme: "double" },
      "F",
      "G",
      [
        [20, 20, 0, 2],
        [20, 40, 1, 2],
      ],
      false,
    ],
    [
      { lotSize: 10, aql: 10, scheme: "double" },
      "B",
      "C",
      [
        [3, 3, 0, 2],
        [3, 6, 1, 2],
      ],
      false,
    ],
    [
      { lotSize: 4, aql: 10, scheme: "double", level: "III" },
      "B",
      "C",
      [
        [3, 3, 0, 2],
        [1, 4, 1, 2],
      ],
      false,
    ],
  ])("double %j → %s / %s: stages %j", (request, ...expected) => {
    expect(brief(samplingPlan(request))).toEqual(expected);
  });

  it("textbook illustration of MIL-STD-105E: lot 2000, level II, AQL 0.65 % (K) under the three severities", () => {
    const at = (severity: "normal" | "tightened" | "reduced") =>
      brief(samplingPlan({ lotSize: 2000, aql: 0.65, severity, edition: "z1.4" }));
    expect(at("normal")).toEqual(["K", "K", 125, 2, 3, false]);
    expect(at("tightened")).toEqual(["K", "K", 125, 1, 2, false]);
    expect(at("reduced")).toEqual(["K", "K", 50, 1, 3, false]);
  });

  it("Table II-C letter G at AQL 4.0 is Ac 1 / Re 4 (as quoted in a public ISO 2859-1 discussion)", () => {
    // level III: lot 91–150 is G (n 13 reduced), lot 151–280 is H (n 20)
    expect(brief(samplingPlan({ lotSize: 200, aql: 4, level: "III", severity: "reduced", edition: "z1.4" }))).toEqual([
      "H",
      "H",
      20,
      2,
      5,
      false,
    ]);
    expect(brief(samplingPlan({ lotSize: 100, aql: 4, level: "III", severity: "reduced", edition: "z1.4" }))).toEqual([
      "G",
      "G",
      13,
      1,
      4,
      false,
    ]);
  });

  it("returns the single plan where the double table says to use single sampling", () => {
    const plan = samplingPlan({ lotSize: 1500, aql: 0.1, scheme: "double" });
    expect(plan).toMatchObject({
      scheme: "single",
      requestedScheme: "double",
      codeLetter: "K",
      sampleSize: 125,
      acceptanceNumber: 0,
      rejectionNumber: 1,
    });
    expect(samplingPlan({ lotSize: 10, aql: 6.5, scheme: "double" })).toMatchObject({
      scheme: "single",
      codeLetter: "A",
      sampleSize: 2,
    });
    expect(samplingPlan({ lotSize: 5, aql: 10, scheme: "double" })).toMatchObject({
      scheme: "single",
      codeLetter: "C",
      sampleSize: 5,
      tableSampleSize: 5,
      hundredPercent: true,
    });
  });

  it("keeps the request's settings on the plan", () => {
    expect(samplingPlan({ lotSize: 1500, aql: "2.50" })).toMatchObject({
      lotSize: 1500,
      aql: "2.5",
      level: "II",
      severity: "normal",
      edition: "iso",
      tableSampleSize: 125,
    });
  });

  it("refuses ISO reduced double sampling until its table (3-C) is shipped", () => {
    try {
      samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", scheme: "double" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e, "SAMPLING_TABLE_UNAVAILABLE")).toBe(true);
      if (isCrossborderOpsError(e)) expect(e.issues[0]?.path).toEqual(["severity"]);
    }
  });
});

describe("samplingPlan: ISO 2859-1:1999 reduced inspection (Table 2-C, the default edition)", () => {
  // [request, Table I letter, plan letter, n, Ac, Re, 100 %] — values of GB/T 2828.1-2012 / ISO 2859-1:1999 Table 2-C
  it.each<[SamplingPlanRequest, ...unknown[]]>([
    [{ lotSize: 1500, aql: 2.5, severity: "reduced" }, "K", "K", 50, 5, 6, false],
    [{ lotSize: 3000, aql: "1.0", severity: "reduced" }, "K", "K", 50, 2, 3, false],
    [{ lotSize: 1500, aql: 0.4, severity: "reduced" }, "K", "L", 80, 1, 2, false],
    [{ lotSize: 1000, aql: 1, severity: "reduced" }, "J", "J", 32, 1, 2, false],
    [{ lotSize: 20000, aql: 6.5, severity: "reduced" }, "M", "L", 80, 10, 11, false],
    [{ lotSize: 5, aql: 2.5, severity: "reduced" }, "A", "C", 2, 0, 1, false],
    [{ lotSize: 2000, aql: 0.65, severity: "reduced" }, "K", "K", 50, 1, 2, false],
    [{ lotSize: 8, aql: 10, severity: "reduced" }, "A", "D", 3, 1, 2, false],
    [{ lotSize: 600_000, aql: 0.025, level: "III", severity: "reduced" }, "R", "N", 200, 0, 1, false],
    [{ lotSize: 20, aql: 1000, severity: "reduced" }, "C", "B", 2, 30, 31, false],
    [{ lotSize: 40, aql: 0.1, severity: "reduced" }, "D", "K", 40, 0, 1, true],
  ])("%j → Table I %s, plan %s: n %d, Ac %d, Re %d, 100 %% %s", (request, ...expected) => {
    expect(brief(samplingPlan(request))).toEqual(expected);
  });

  it("has no gap, so a count between the Z1.4 Ac and Re is simply accepted or rejected", () => {
    const iso = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "iso" });
    const z14 = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "z1.4" });
    expect(iso.scheme === "single" && [iso.edition, iso.acceptanceNumber, iso.rejectionNumber]).toEqual(["iso", 5, 6]);
    expect(z14.scheme === "single" && [z14.edition, z14.acceptanceNumber, z14.rejectionNumber]).toEqual(["z1.4", 3, 6]);
  });
});

describe("samplingPlan: bad input", () => {
  const failsAt = (request: unknown, path: (string | number)[], text?: string) => {
    try {
      samplingPlan(request as SamplingPlanRequest);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e)).toBe(true);
      if (!isCrossborderOpsError(e)) return;
      expect(e.code).toBe("INVALID_ARGUMENT");
      expect(e.issues[0]?.path).toEqual(path);
      if (text) expect(e.issues[0]?.message).toContain(text);
    }
  };
  it.each([0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "100", null])("lot size %s", (lotSize) => {
    failsAt({ lotSize, aql: 2.5 }, ["lotSize"]);
  });
  it.each([3, "3", 0, "abc", "", Number.NaN, -2.5, 2000])("AQL %s lists the allowed values", (aql) => {
    failsAt(
      { lotSize: 100, aql },
      ["aql"],
      "0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10, 15, 25, 40, 65, 100, 150, 250, 400, 650, 1000",
    );
  });
  it("unknown level, severity, scheme, edition", () => {
    failsAt({ lotSize: 100, aql: 2.5, level: "IV" }, ["level"]);
    failsAt({ lotSize: 100, aql: 2.5, severity: "strict" }, ["severity"]);
    failsAt({ lotSize: 100, aql: 2.5, scheme: "triple" }, ["scheme"]);
    failsAt({ lotSize: 100, aql: 2.5, edition: "mil-std-105e" }, ["edition"]);
    failsAt(null, []);
  });
});

describe("samplingPlan: properties", () => {
  const tables = [
    { severity: "normal", edition: "iso" },
    { severity: "tightened", edition: "iso" },
    { severity: "reduced", edition: "z1.4" },
  ] as const;
  const letterLots = [2, 9, 16, 26, 51, 91, 151, 281, 501, 1201, 3201, 10001, 35001, 150001, 500001];

  it("for a fixed code letter, Ac never decreases as the AQL grows (every letter, table and scheme)", () => {
    for (const setting of tables)
      for (const scheme of ["single", "double"] as const)
        for (const lotSize of letterLots) {
          let previous = -1;
          for (const aql of AQL_SERIES) {
            const plan = samplingPlan({ lotSize: lotSize * 1000, aql, level: "S-1", ...setting, scheme });
            const ac = plan.scheme === "single" ? plan.acceptanceNumber : plan.stages[1].acceptanceNumber;
            if (plan.scheme === scheme) {
              expect(ac, `${setting.severity} ${scheme} ${lotSize} ${aql}`).toBeGreaterThanOrEqual(previous);
              previous = ac;
            }
          }
        }
  });

  it("at a fixed level and AQL the sample size never decreases as the lot grows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(...INSPECTION_LEVELS),
        fc.constantFrom(...AQL_SERIES),
        fc.constantFrom(...tables),
        (a, b, level, aql, setting) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const n = (lotSize: number) => {
            const plan = samplingPlan({ lotSize, aql, level, ...setting });
            return plan.scheme === "single" ? plan.sampleSize : 0;
          };
          expect(n(large)).toBeGreaterThanOrEqual(n(small));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never asks for more units than the lot holds, and flags 100 % inspection exactly then", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(...AQL_SERIES),
        fc.constantFrom(...INSPECTION_LEVELS),
        (lotSize, aql, level) => {
          const plan = samplingPlan({ lotSize, aql, level });
          if (plan.scheme !== "single") return;
          expect(plan.sampleSize).toBeLessThanOrEqual(lotSize);
          expect(plan.hundredPercent).toBe(plan.tableSampleSize >= lotSize);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/*
 * Worked examples published with the AQL Inspector's Rule (a slide rule for ANSI/ASQ Z1.4 and ISO 2859-1): its
 * manual's examples 1–3 (https://es.scribd.com/document/322222519/AQL-Inspection-Manual) and its notes on the cells
 * whose arrows point off the tables (https://www.aqlinspectorsrule.com/below). An outside check of the edge cells.
 */
describe("samplingPlan agrees with the AQL Inspector's Rule examples", () => {
  const single = (input: Parameters<typeof samplingPlan>[0]) => {
    const plan = samplingPlan(input);
    if (plan.scheme !== "single") throw new Error("expected a single plan");
    return [plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber];
  };

  it.each([
    ["example 1: lot 1000, AQL 1.5, level II, normal", { lotSize: 1000, aql: "1.5" }, ["J", 80, 3, 4]],
    ["example 2: lot 20, AQL 1.5, level I, arrows B → C → D", { lotSize: 20, aql: "1.5", level: "I" }, ["D", 8, 0, 1]],
    [
      "example 3, ISO: lot 125, AQL 1.0, level III, reduced, arrows G → H → J",
      { lotSize: 125, aql: "1.0", level: "III", severity: "reduced" },
      ["J", 32, 1, 2],
    ],
    [
      "example 3, ANSI: same lot, Z1.4 reduced, G → H with its gap",
      { lotSize: 125, aql: "1.0", level: "III", severity: "reduced", edition: "z1.4" },
      ["H", 20, 0, 2],
    ],
    ["normal, AQL 0.015, letter R moves to P", { lotSize: 600_000, aql: "0.015", level: "III" }, ["P", 800, 0, 1]],
    [
      "reduced, AQL 0.015, letter R moves to P",
      { lotSize: 600_000, aql: "0.015", level: "III", severity: "reduced" },
      ["P", 315, 0, 1],
    ],
    [
      "tightened, AQL 0.025, letter R uses 3150, Ac 1 Re 2",
      { lotSize: 600_000, aql: "0.025", level: "III", severity: "tightened" },
      ["S", 3150, 1, 2],
    ],
    [
      "tightened, AQL 0.025, letter Q uses 3150, Ac 1 Re 2",
      { lotSize: 600_000, aql: "0.025", severity: "tightened" },
      ["S", 3150, 1, 2],
    ],
    [
      "double, AQL 0.010: the single plan of Q",
      { lotSize: 600_000, aql: "0.010", scheme: "double" },
      ["Q", 1250, 0, 1],
    ],
    ["double, AQL 0.015: the single plan of P", { lotSize: 600_000, aql: "0.015", scheme: "double" }, ["P", 800, 0, 1]],
  ] as const)("%s", (_, input, expected) => {
    expect(single(input as Parameters<typeof samplingPlan>[0])).toEqual(expected);
  });

  it("double, tightened, AQL 0.025, letters Q and R: 2000 + 2000, Ac/Re 0/2 then 1/2", () => {
    for (const level of ["II", "III"] as const) {
      const plan = samplingPlan({ lotSize: 600_000, aql: "0.025", level, severity: "tightened", scheme: "double" });
      expect(plan.scheme === "double" ? plan.stages : plan).toEqual([
        { sampleSize: 2000, cumulativeSampleSize: 2000, acceptanceNumber: 0, rejectionNumber: 2 },
        { sampleSize: 2000, cumulativeSampleSize: 4000, acceptanceNumber: 1, rejectionNumber: 2 },
      ]);
    }
  });
});
