import { describe, expect, it } from "vitest";
import {
  AQL_SERIES,
  resolveMasterTable,
  SAMPLE_SIZE_CODE_LETTERS,
  SINGLE_NORMAL_TABLE,
  SINGLE_REDUCED_ISO_TABLE,
  SINGLE_REDUCED_Z14_TABLE,
  SINGLE_TIGHTENED_TABLE,
} from "../../../../src/quality/sampling/index.js";
import * as second from "../fixtures/aqlSchemesSingle.js";
import { SOURCE_A_REDUCED, SOURCE_B_REDUCED_COLUMNS } from "../fixtures/gbt2828ReducedSingle.js";

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

describe("ISO 2859-1:1999 Table 2-C (single, reduced)", () => {
  const table = SINGLE_REDUCED_ISO_TABLE;
  const printed = (letter: (typeof SAMPLE_SIZE_CODE_LETTERS)[number], column: number) =>
    table.rows[letter]?.split("|")[column];

  it("has 16 rows of 26 cells and the reduced sample sizes (A, B, C: 2 … R: 800)", () => {
    expect(Object.keys(table.rows)).toEqual([...SAMPLE_SIZE_CODE_LETTERS]);
    for (const row of Object.values(table.rows)) expect(row?.split("|")).toHaveLength(26);
    expect(SAMPLE_SIZE_CODE_LETTERS.map((letter) => table.sampleSizes[letter])).toEqual([
      2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800,
    ]);
  });

  it("resolves every one of the 16 × 26 cells to source A's plan (letter, n, Ac; Re = Ac + 1)", () => {
    const mismatches: string[] = [];
    SAMPLE_SIZE_CODE_LETTERS.forEach((letter) => {
      const expected = (SOURCE_A_REDUCED[letter] ?? []).join(" ").split(" ");
      expect(expected, letter).toHaveLength(26);
      AQL_SERIES.forEach((aql, column) => {
        const [code, n, ac] = (expected[column] ?? "").split("/");
        const want = `${code} ${n} ${ac} ${Number(ac) + 1}`;
        const found = resolveMasterTable(table, letter, column);
        const got =
          found.kind === "plan" ? `${found.codeLetter} ${found.sampleSize} ${found.numbers.join(" ")}` : "none";
        if (got !== want) mismatches.push(`${letter} @ ${aql}: ${got} ≠ ${want}`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it.each(Object.entries(SOURCE_B_REDUCED_COLUMNS))(
    "prints the AQL %s column cell for cell as source B",
    (aql, cells) => {
      const column = AQL_SERIES.indexOf(aql as never);
      const expected = cells.split(" ").map((c) => (c === "v" ? "↓" : c === "^" ? "↑" : c.replace("/", " ")));
      expect(SAMPLE_SIZE_CODE_LETTERS.map((letter) => printed(letter, column))).toEqual(expected);
    },
  );

  it("has no gap: Re = Ac + 1 in every printed plan, and only the 2859-1:1999 reduced plans appear", () => {
    const allowed = ["0 1", "1 2", "2 3", "3 4", "5 6", "6 7", "7 8", "8 9", "10 11", "14 15", "21 22", "30 31"];
    for (const row of Object.values(table.rows))
      for (const cell of (row ?? "").split("|").filter((c) => /\d/.test(c))) {
        const [ac, re] = cell.split(" ").map(Number);
        expect(re, cell).toBe((ac as number) + 1);
        expect(allowed, cell).toContain(cell);
      }
  });

  it("keeps Table II-C's layout: plans where II-C has plans (arrows where II-C has 0 2), arrows where II-C has arrows", () => {
    // Z1.4 plan → ISO plan in the same cell, rows C..R; rows A, B (n 2) follow the normal table's sequence.
    const rowsCtoR: Record<string, string> = {
      "1 3": "1 2",
      "1 4": "2 3",
      "2 5": "3 4",
      "3 6": "5 6",
      "5 8": "6 7",
      "7 10": "8 9",
      "10 13": "10 11",
      "14 17": "14 15",
      "21 24": "21 22",
    };
    const rowB: Record<string, string> = { "1 3": "1 2", "2 4": "2 3", "3 5": "3 4" };
    const differences: string[] = [];
    for (const letter of SAMPLE_SIZE_CODE_LETTERS)
      AQL_SERIES.forEach((aql, column) => {
        const z14 = SINGLE_REDUCED_Z14_TABLE.rows[letter]?.split("|")[column] ?? "";
        const iso = printed(letter, column);
        const map = letter === "A" ? {} : letter === "B" ? rowB : rowsCtoR;
        const expected = z14 === "0 2" ? "↓" : (map[z14] ?? z14);
        if (iso !== expected) differences.push(`${letter} @ ${aql}: ${z14} → ${iso}`);
      });
    // the one documented change of layout: the long up arrow over P, Q, R at AQL 0.025
    expect(differences).toEqual(["Q @ 0.025: ↓ → ↑", "R @ 0.025: 0 2 → ↑"]);
  });

  it.each([
    ["K", "2.5", "K", 50, 5, 6],
    ["K", "1.0", "K", 50, 2, 3],
    ["K", "0.40", "L", 80, 1, 2],
    ["M", "6.5", "L", 80, 10, 11],
    ["J", "1.0", "J", 32, 1, 2],
    ["A", "1000", "A", 2, 30, 31],
    ["A", "10", "D", 3, 1, 2],
    ["R", "0.025", "N", 200, 0, 1],
    ["R", "0.015", "P", 315, 0, 1],
    ["C", "1000", "B", 2, 30, 31],
  ] as const)("%s at AQL %s → %s: n %d, Ac %d, Re %d", (letter, aql, code, n, ac, re) => {
    const found = resolveMasterTable(table, letter, AQL_SERIES.indexOf(aql));
    expect(found).toMatchObject({ kind: "plan", codeLetter: code, sampleSize: n, numbers: [ac, re] });
  });

  it("acceptance numbers never decrease along a row; where both editions use the same letter, ISO's Ac and Re lie within Z1.4's [Ac, Re]", () => {
    let sameLetter = 0;
    for (const letter of SAMPLE_SIZE_CODE_LETTERS) {
      let last = -1;
      AQL_SERIES.forEach((aql, column) => {
        const iso = resolveMasterTable(table, letter, column);
        const z14 = resolveMasterTable(SINGLE_REDUCED_Z14_TABLE, letter, column);
        if (iso.kind !== "plan" || z14.kind !== "plan") throw new Error(`${letter} @ ${aql} has no plan`);
        const [ac, re] = iso.numbers as [number, number];
        expect(ac, `${letter} @ ${aql}`).toBeGreaterThanOrEqual(last);
        last = ac;
        if (iso.codeLetter !== z14.codeLetter) return;
        sameLetter++;
        const [zAc, zRe] = z14.numbers as [number, number];
        expect(zAc <= ac && re <= zRe, `${letter} @ ${aql}: ${ac} ${re} within ${zAc} ${zRe}`).toBe(true);
      });
    }
    expect(sameLetter).toBeGreaterThan(300);
  });
});
