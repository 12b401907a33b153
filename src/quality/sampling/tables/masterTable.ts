import type { PlanCodeLetter } from "../vocabulary.js";

/**
 * A master table as printed: the sample size of each code letter and one row string per letter (26 cells separated
 * by `|`, one per AQL column).
 *
 * @example
 * ```ts
 * const table: MasterTable = { id: "x", title: "x", sampleSizes: { A: 2 }, rows: { A: "0 1|↑|..." } };
 * ```
 */
export interface MasterTable {
  /** Stable identifier, e.g. `"single-normal"`. */
  readonly id: string;
  /** The table's title with the standard's table numbers. */
  readonly title: string;
  /** Sample size (per stage for double sampling) of each code letter that has plans. */
  readonly sampleSizes: Partial<Readonly<Record<PlanCodeLetter, number>>>;
  /** One row string per code letter. */
  readonly rows: Partial<Readonly<Record<PlanCodeLetter, string>>>;
}

/**
 * A cell of a master table once read: a plan (acceptance and rejection numbers, one pair per stage), an arrow, the
 * double tables' "use the single plan" mark, or an empty cell.
 *
 * @example
 * ```ts
 * const cell: MasterTableCell = { kind: "plan", numbers: [7, 8] };
 * ```
 */
export type MasterTableCell =
  | { readonly kind: "plan"; readonly numbers: readonly number[] }
  | { readonly kind: "down" }
  | { readonly kind: "up" }
  | { readonly kind: "use-single" }
  | { readonly kind: "empty" };

const DOWN: MasterTableCell = { kind: "down" };
const UP: MasterTableCell = { kind: "up" };
const USE_SINGLE: MasterTableCell = { kind: "use-single" };
const EMPTY: MasterTableCell = { kind: "empty" };

/**
 * Reads one printed cell.
 *
 * @example
 * ```ts
 * parseMasterTableCell("3 7 8 9"); // { kind: "plan", numbers: [3, 7, 8, 9] }
 * parseMasterTableCell("↓"); // { kind: "down" }
 * ```
 */
export function parseMasterTableCell(text: string): MasterTableCell {
  switch (text) {
    case "↓":
      return DOWN;
    case "↑":
      return UP;
    case "*":
      return USE_SINGLE;
    case "-":
      return EMPTY;
    default:
      return { kind: "plan", numbers: text.split(" ").map(Number) };
  }
}
