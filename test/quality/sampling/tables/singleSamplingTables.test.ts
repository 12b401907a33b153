import { describe, expect, it } from "vitest";
import {
  AQL_SERIES,
  resolveMasterTable,
  SAMPLE_SIZE_CODE_LETTERS,
  SINGLE_NORMAL_TABLE,
  SINGLE_REDUCED_Z14_TABLE,
  SINGLE_TIGHTENED_TABLE,
} from "../../../../src/quality/sampling/index.js";
import * as second from "../fixtures/aqlSchemesSingle.js";

const cases = [
  { table: SINGLE_NORMAL_TABLE, n: second.NORMAL_N, ac: second.NORMAL_AC, re: second.NORMAL_RE },
  { table: SINGLE_TIGHTENED_TABLE, n: second.TIGHTENED_N, ac: second.TIGHTENED_AC, re: second.TIGHTENED_RE },
  { table: SINGLE_REDUCED_Z14_TABLE, n: second.REDUCED_N, ac: second.REDUCED_AC, re: second.REDUCED_RE },
] as const;

describe("single sampling master tables: every cell against the second source", () => {
  for (const { table, n, ac, re } of cases) {
    describe(table.id, () => {
      it("has 26 cells in every row", () => {
        for (const row of Object.values(table.rows)) expect(row?.split("|")).toHaveLength(26);
      });
      it("resolves every one of the 16 × 26 cells to the second source's n, Ac, Re", () => {
        const mismatches: string[] = [];
        SAMPLE_SIZE_CODE_LETTERS.forEach((letter, r) => {
          AQL_SERIES.forEach((aql, column) => {
            const expected = [n[r]?.[column], ac[column]?.[r], re[column]?.[r]];
            const found = resolveMasterTable(table, letter, column);
            const got = found.kind === "plan" ? [found.sampleSize, found.numbers[0], found.numbers[1]] : [];
            if (got.join() !== expected.join()) mismatches.push(`${letter} @ ${aql}: ${got} ≠ ${expected}`);
          });
        });
        expect(mismatches).toEqual([]);
      });
    });
  }
});

describe("printed cells written from the standard", () => {
  const cell = (row: string | undefined, aql: string) => row?.split("|")[AQL_SERIES.indexOf(aql as never)];
  it.each([
    [SINGLE_NORMAL_TABLE.rows.A, "6.5", "0 1"],
    [SINGLE_NORMAL_TABLE.rows.A, "10", "↑"],
    [SINGLE_NORMAL_TABLE.rows.A, "15", "↓"],
    [SINGLE_NORMAL_TABLE.rows.A, "1000", "30 31"],
    [SINGLE_NORMAL_TABLE.rows.B, "1000", "44 45"],
    [SINGLE_NORMAL_TABLE.rows.K, "0.10", "0 1"],
    [SINGLE_NORMAL_TABLE.rows.K, "0.15", "↑"],
    [SINGLE_NORMAL_TABLE.rows.K, "0.25", "↓"],
    [SINGLE_NORMAL_TABLE.rows.K, "10", "21 22"],
    [SINGLE_NORMAL_TABLE.rows.K, "15", "↑"],
    [SINGLE_NORMAL_TABLE.rows.R, "0.010", "↑"],
    [SINGLE_NORMAL_TABLE.rows.R, "0.015", "↓"],
    [SINGLE_NORMAL_TABLE.rows.R, "0.025", "1 2"],
    [SINGLE_NORMAL_TABLE.rows.R, "0.65", "21 22"],
    [SINGLE_TIGHTENED_TABLE.rows.A, "40", "1 2"],
    [SINGLE_TIGHTENED_TABLE.rows.K, "0.15", "0 1"],
    [SINGLE_TIGHTENED_TABLE.rows.K, "1.0", "2 3"],
    [SINGLE_TIGHTENED_TABLE.rows.K, "6.5", "12 13"],
    [SINGLE_TIGHTENED_TABLE.rows.S, "0.025", "1 2"],
    [SINGLE_TIGHTENED_TABLE.rows.A, "1000", "27 28"],
    [SINGLE_REDUCED_Z14_TABLE.rows.K, "0.40", "0 2"],
    [SINGLE_REDUCED_Z14_TABLE.rows.K, "10", "10 13"],
    [SINGLE_REDUCED_Z14_TABLE.rows.E, "250", "21 24"],
  ])("%s at %s is %s", (row, aql, expected) => {
    expect(cell(row, aql)).toBe(expected);
  });

  it("acceptance numbers strictly grow along each row's printed plans", () => {
    for (const table of [SINGLE_NORMAL_TABLE, SINGLE_TIGHTENED_TABLE, SINGLE_REDUCED_Z14_TABLE]) {
      for (const row of Object.values(table.rows)) {
        const acs = (row ?? "")
          .split("|")
          .filter((c) => /\d/.test(c))
          .map((c) => Number(c.split(" ")[0]));
        for (let i = 1; i < acs.length; i++)
          expect((acs[i] as number) >= (acs[i - 1] as number), `${table.id}: ${row}`).toBe(true);
      }
    }
  });
});
