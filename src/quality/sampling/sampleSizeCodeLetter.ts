import { invalidArgument } from "../../core/index.js";
import { CODE_LETTER_TABLE } from "./tables/codeLetterTable.js";
import { INSPECTION_LEVELS, type InspectionLevel, type SampleSizeCodeLetter } from "./vocabulary.js";

/**
 * Checks a lot size: a positive safe integer.
 *
 * @throws `INVALID_ARGUMENT` at `path` otherwise (0, negative, fractional, NaN, Infinity, not a number)
 * @example
 * ```ts
 * assertLotSize(1200, ["lotSize"]); // passes
 * ```
 */
export function assertLotSize(lotSize: unknown, path: ReadonlyArray<string | number>): asserts lotSize is number {
  if (typeof lotSize !== "number" || !Number.isSafeInteger(lotSize) || lotSize < 1) {
    throw invalidArgument(path, `must be a whole number of units, 1 or more; got ${String(lotSize)}`);
  }
}

/**
 * Checks an inspection level.
 *
 * @throws `INVALID_ARGUMENT` at `path` when it is not one of S-1, S-2, S-3, S-4, I, II, III
 * @example
 * ```ts
 * assertInspectionLevel("II", ["level"]); // passes
 * ```
 */
export function assertInspectionLevel(
  level: unknown,
  path: ReadonlyArray<string | number>,
): asserts level is InspectionLevel {
  if (typeof level !== "string" || !(INSPECTION_LEVELS as readonly string[]).includes(level)) {
    throw invalidArgument(
      path,
      `must be one of the inspection levels ${INSPECTION_LEVELS.join(", ")}; got ${String(level)}`,
    );
  }
}

/**
 * The sample size code letter for a lot size and inspection level (Table I of ISO 2859-1 / Z1.4). A lot of 1 unit
 * is read from the first row (2 to 8).
 *
 * @param lotSize - number of units in the lot, a positive integer
 * @param level - inspection level, `"II"` by default
 * @throws `INVALID_ARGUMENT` for a lot size that is not a positive integer (path `["lotSize"]`) or an unknown level
 *   (path `["level"]`)
 * @example
 * ```ts
 * sampleSizeCodeLetter(1200, "II"); // "J"
 * sampleSizeCodeLetter(500, "S-3"); // "D"
 * ```
 */
export function sampleSizeCodeLetter(lotSize: number, level: InspectionLevel = "II"): SampleSizeCodeLetter {
  assertLotSize(lotSize, ["lotSize"]);
  assertInspectionLevel(level, ["level"]);
  return codeLetterFor(lotSize, INSPECTION_LEVELS.indexOf(level));
}

/**
 * Table I lookup without validation (for callers that validated already).
 *
 * @example
 * ```ts
 * codeLetterFor(1201, 5); // "K"
 * ```
 */
export function codeLetterFor(lotSize: number, levelIndex: number): SampleSizeCodeLetter {
  for (const [, max, letters] of CODE_LETTER_TABLE) {
    if (max === null || lotSize <= max) return letters[levelIndex * 2] as SampleSizeCodeLetter;
  }
  /* c8 ignore next */
  return "R";
}
