import { describe, expect, it } from "vitest";
import {
  AQL_SERIES,
  DOUBLE_NORMAL_TABLE,
  DOUBLE_REDUCED_Z14_TABLE,
  DOUBLE_TIGHTENED_TABLE,
  type MasterTable,
  resolveMasterTable,
  SAMPLE_SIZE_CODE_LETTERS,
} from "../../../../src/quality/sampling/index.js";
import * as second from "../fixtures/aqlSchemesDouble.js";

/* The plans of each double table, in the order they appear along a row (ISO 2859-1 Tables 3-A, 3-B; Z1.4 III-C). */
const SEQUENCES: Record<string, readonly string[]> = {
  "double-normal": [
    "0 2 1 2",
    "0 3 3 4",
    "1 4 4 5",
    "2 5 6 7",
    "3 7 8 9",
    "5 9 12 13",
    "7 11 18 19",
    "11 16 26 27",
    "17 22 37 38",
    "25 31 56 57",
  ],
  "double-tightened": [
    "0 2 1 2",
    "0 3 3 4",
    "1 4 4 5",
    "2 5 6 7",
    "3 7 11 12",
    "6 10 15 16",
    "9 14 23 24",
    "15 20 34 35",
    "23 29 52 53",
  ],
  "double-reduced-z1.4": [
    "0 2 0 2",
    "0 3 0 4",
    "0 4 1 5",
    "0 4 3 6",
    "1 5 4 7",
    "2 7 6 9",
    "3 8 8 12",
    "5 10 12 16",
    "7 12 18 22",
    "11 17 26 30",
  ],
};

const cases: readonly [MasterTable, readonly (readonly number[])[]][] = [
  [DOUBLE_NORMAL_TABLE, second.DOUBLE_NORMAL_N],
  [DOUBLE_TIGHTENED_TABLE, second.DOUBLE_TIGHTENED_N],
  [DOUBLE_REDUCED_Z14_TABLE, second.DOUBLE_REDUCED_N],
];

describe("double sampling master tables", () => {
  for (const [table, sizes] of cases) {
    describe(table.id, () => {
      it("resolves every one of the 16 × 26 cells to the second source's per-stage sample size (0 = use single)", () => {
        const mismatches: string[] = [];
        SAMPLE_SIZE_CODE_LETTERS.forEach((letter, r) => {
          AQL_SERIES.forEach((aql, column) => {
            const found = resolveMasterTable(table, letter, column);
            const got = found.kind === "plan" ? found.sampleSize : 0;
            if (got !== sizes[r]?.[column]) mismatches.push(`${letter} @ ${aql}: ${got} ≠ ${sizes[r]?.[column]}`);
          });
        });
        expect(mismatches).toEqual([]);
      });
      it("prints the plans of each row in the standard's order, each as a prefix run of the sequence", () => {
        const sequence = SEQUENCES[table.id] ?? [];
        for (const row of Object.values(table.rows)) {
          const plans = (row ?? "").split("|").filter((c) => /\d/.test(c));
          if (plans.length === 0) continue;
          const start = sequence.indexOf(plans[0] as string);
          expect(start, `${table.id}: ${row}`).toBeGreaterThanOrEqual(0);
          expect(plans).toEqual(sequence.slice(start, start + plans.length));
        }
      });
    });
  }

  const byId: Record<string, MasterTable> = {
    normal: DOUBLE_NORMAL_TABLE,
    tightened: DOUBLE_TIGHTENED_TABLE,
    reduced: DOUBLE_REDUCED_Z14_TABLE,
  };
  // Row R (and S) read from the second source's acceptance and rejection arrays.
  it.each([
    ["normal", "R", "0.025", 1250, [0, 2, 1, 2]],
    ["normal", "R", "0.065", 1250, [1, 4, 4, 5]],
    ["normal", "R", "0.25", 1250, [5, 9, 12, 13]],
    ["normal", "R", "0.65", 1250, [11, 16, 26, 27]],
    ["normal", "B", "650", 2, [17, 22, 37, 38]],
    ["normal", "B", "1000", 2, [25, 31, 56, 57]],
    ["normal", "K", "2.5", 80, [3, 7, 8, 9]],
    ["tightened", "R", "0.025", 2000, [0, 2, 1, 2]],
    ["tightened", "R", "0.040", 1250, [0, 2, 1, 2]],
    ["tightened", "R", "0.15", 1250, [2, 5, 6, 7]],
    ["tightened", "R", "0.25", 1250, [3, 7, 11, 12]],
    ["tightened", "R", "0.40", 1250, [6, 10, 15, 16]],
    ["tightened", "Q", "0.65", 800, [6, 10, 15, 16]],
    ["tightened", "R", "0.65", 1250, [9, 14, 23, 24]],
    ["reduced", "R", "0.10", 500, [0, 4, 3, 6]],
    ["reduced", "R", "0.65", 500, [5, 10, 12, 16]],
    ["reduced", "E", "250", 3, [11, 17, 26, 30]],
  ] as const)("%s: %s at AQL %s → n %d, %j", (table, letter, aql, n, numbers) => {
    const found = resolveMasterTable(byId[table] as MasterTable, letter, AQL_SERIES.indexOf(aql));
    expect(found).toMatchObject({ kind: "plan", sampleSize: n, numbers });
  });
});
