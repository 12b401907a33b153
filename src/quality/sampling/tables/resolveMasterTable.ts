import { type PlanCodeLetter, SAMPLE_SIZE_CODE_LETTERS } from "../vocabulary.js";
import { type MasterTable, type MasterTableCell, parseMasterTableCell } from "./masterTable.js";

// Table rows in printed order: Table I's letters, then S (tightened inspection's extra row).
const ROW_ORDER: readonly PlanCodeLetter[] = [...SAMPLE_SIZE_CODE_LETTERS, "S"];

/**
 * Where following a master table's arrows led: a plan at some code letter, or the double tables' instruction to use
 * the single sampling plan instead.
 *
 * @example
 * ```ts
 * const found: ResolvedCell = { kind: "plan", codeLetter: "L", sampleSize: 200, numbers: [1, 2], arrowsFollowed: 1, reversed: false };
 * ```
 */
export type ResolvedCell =
  | {
      readonly kind: "plan";
      /** Letter of the row where the plan was found. */
      readonly codeLetter: PlanCodeLetter;
      /** That row's sample size (per stage for double sampling). */
      readonly sampleSize: number;
      /** Ac, Re (single) or Ac1, Re1, Ac2, Re2 (double). */
      readonly numbers: readonly number[];
      /** How many rows were stepped over. */
      readonly arrowsFollowed: number;
      /** True when the printed arrow pointed off the table and the search went the other way. */
      readonly reversed: boolean;
    }
  | { readonly kind: "use-single" };

const parsedRows = new WeakMap<MasterTable, ReadonlyMap<PlanCodeLetter, readonly MasterTableCell[]>>();

function rowsOf(table: MasterTable): ReadonlyMap<PlanCodeLetter, readonly MasterTableCell[]> {
  let rows = parsedRows.get(table);
  if (!rows) {
    const built = new Map<PlanCodeLetter, readonly MasterTableCell[]>();
    for (const letter of ROW_ORDER) {
      const text = table.rows[letter];
      if (text !== undefined) built.set(letter, text.split("|").map(parseMasterTableCell));
    }
    rows = built;
    parsedRows.set(table, rows);
  }
  return rows;
}

/**
 * The printed cell of a master table at a code letter and AQL column (`empty` when the row or column is absent).
 *
 * @example
 * ```ts
 * masterTableCell(SINGLE_NORMAL_TABLE, "K", 12); // { kind: "plan", numbers: [7, 8] }
 * ```
 */
export function masterTableCell(table: MasterTable, letter: PlanCodeLetter, column: number): MasterTableCell {
  return rowsOf(table).get(letter)?.[column] ?? { kind: "empty" };
}

/**
 * Follows the arrows of a master table from a code letter and AQL column to the first plan, the way an inspector
 * reads the printed table: "↓" means the first plan below, "↑" the first plan above.
 *
 * When an arrow points off the table (normal table row A at AQL 10 and row R at 0.015; tightened row R at 0.015
 * towards the empty row S) there is no plan in that direction; the search then goes the other way from the starting
 * row and takes the nearest plan there. The result is flagged `reversed`.
 *
 * @example
 * ```ts
 * resolveMasterTable(SINGLE_NORMAL_TABLE, "K", 7); // plan at "L": n = 200, Ac 1 Re 2 (AQL 0.25 is "↓" at K)
 * ```
 */
export function resolveMasterTable(table: MasterTable, letter: PlanCodeLetter, column: number): ResolvedCell {
  let memo = resolvedCells.get(table);
  if (!memo) {
    memo = [];
    resolvedCells.set(table, memo);
  }
  const key = ROW_ORDER.indexOf(letter) * 26 + column;
  const known = memo[key];
  if (known) return known;
  const found = Object.freeze(resolveUncached(table, letter, column));
  if (key >= 0 && column >= 0 && column < 26) memo[key] = found;
  return found;
}

const resolvedCells = new WeakMap<MasterTable, ResolvedCell[]>();

function resolveUncached(table: MasterTable, letter: PlanCodeLetter, column: number): ResolvedCell {
  const rows = rowsOf(table);
  const start = ROW_ORDER.indexOf(letter);
  const first = rows.get(letter)?.[column];
  if (first?.kind === "use-single") return { kind: "use-single" };
  if (first?.kind === "plan") return planAt(table, letter, first.numbers, 0, false);
  const step = first?.kind === "up" ? -1 : 1;
  for (let row = start + step; row >= 0 && row < ROW_ORDER.length; row += step) {
    const found = visit(table, rows, row, column, Math.abs(row - start), false);
    if (found === "stop") break;
    if (found !== undefined) return found;
  }
  for (let row = start - step; row >= 0 && row < ROW_ORDER.length; row -= step) {
    const found = visit(table, rows, row, column, Math.abs(row - start), true);
    if (found !== undefined && found !== "stop") return found;
  }
  return { kind: "use-single" };
}

function visit(
  table: MasterTable,
  rows: ReadonlyMap<PlanCodeLetter, readonly MasterTableCell[]>,
  row: number,
  column: number,
  distance: number,
  reversed: boolean,
): ResolvedCell | "stop" | undefined {
  const letter = ROW_ORDER[row] as PlanCodeLetter;
  const cell = rows.get(letter)?.[column];
  if (cell === undefined || cell.kind === "empty") return "stop";
  if (cell.kind === "use-single") return { kind: "use-single" };
  if (cell.kind === "plan") return planAt(table, letter, cell.numbers, distance, reversed);
  return undefined;
}

function planAt(
  table: MasterTable,
  letter: PlanCodeLetter,
  numbers: readonly number[],
  arrowsFollowed: number,
  reversed: boolean,
): ResolvedCell {
  return {
    kind: "plan",
    codeLetter: letter,
    sampleSize: table.sampleSizes[letter] ?? 0,
    numbers,
    arrowsFollowed,
    reversed,
  };
}
