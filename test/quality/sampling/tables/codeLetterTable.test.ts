import { describe, expect, it } from "vitest";
import { INSPECTION_LEVELS, sampleSizeCodeLetter } from "../../../../src/quality/sampling/index.js";

/* Table I written per inspection level (columns of the printed table), with the lot size bounds of each row. */
const BOUNDS: readonly [number, number][] = [
  [2, 8],
  [9, 15],
  [16, 25],
  [26, 50],
  [51, 90],
  [91, 150],
  [151, 280],
  [281, 500],
  [501, 1200],
  [1201, 3200],
  [3201, 10000],
  [10001, 35000],
  [35001, 150000],
  [150001, 500000],
  [500001, 10_000_000],
];
const COLUMNS: Record<string, string> = {
  "S-1": "AAAABBBBCCCCDDD",
  "S-2": "AAABBBCCCDDDEEE",
  "S-3": "AABBCCDDEEFFGGH",
  "S-4": "AABCCDEEFGGHJJK",
  I: "AABCCDEFGHJKLMN",
  II: "ABCDEFGHJKLMNPQ",
  III: "BCDEFGHJKLMNPQR",
};

describe("Table I: sample size code letters", () => {
  const cases = INSPECTION_LEVELS.flatMap((level) =>
    BOUNDS.flatMap(([low, high], row) => [
      { level, lotSize: low, letter: COLUMNS[level]?.[row] },
      { level, lotSize: high, letter: COLUMNS[level]?.[row] },
    ]),
  );
  it.each(cases)("lot $lotSize at level $level → $letter", ({ level, lotSize, letter }) => {
    expect(sampleSizeCodeLetter(lotSize, level)).toBe(letter);
  });
  it("reads a lot of 1 from the first row and defaults to level II", () => {
    expect(sampleSizeCodeLetter(1)).toBe("A");
    expect(sampleSizeCodeLetter(1200)).toBe("J");
    expect(sampleSizeCodeLetter(1201)).toBe("K");
  });
});
