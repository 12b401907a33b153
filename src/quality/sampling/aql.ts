import { invalidArgument } from "../../core/index.js";
import { AQL_SERIES, type AqlValue } from "./vocabulary.js";

const AQL_INDEX_BY_VALUE: ReadonlyMap<number, number> = new Map(
  AQL_SERIES.map((value, index) => [Number(value), index]),
);
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/**
 * Finds an AQL in the preferred series, given as a number (`2.5`) or a string (`"2.5"`, `"2.50"`, `"0.01"`).
 *
 * @param aql - the AQL to look up
 * @param path - issue path for the error, `["aql"]` by default
 * @returns its column index in the master tables, 0 (0.010) to 25 (1000)
 * @throws `INVALID_ARGUMENT` when the value is not one of the 26 preferred values; the message lists them
 * @example
 * ```ts
 * aqlIndex("2.5"); // 12
 * aqlIndex(0.01); // 0
 * ```
 */
export function aqlIndex(aql: unknown, path: ReadonlyArray<string | number> = ["aql"]): number {
  let value: number | undefined;
  if (typeof aql === "number") value = aql;
  else if (typeof aql === "string" && DECIMAL.test(aql)) value = Number(aql);
  const index = value === undefined ? undefined : AQL_INDEX_BY_VALUE.get(value);
  if (index === undefined) {
    throw invalidArgument(
      path,
      `must be an AQL of the preferred series (${AQL_SERIES.join(", ")}), got ${describe(aql)}`,
    );
  }
  return index;
}

/**
 * The printed spelling of an AQL of the preferred series.
 *
 * @throws `INVALID_ARGUMENT` as {@link aqlIndex}
 * @example
 * ```ts
 * normalizeAql(4); // "4.0"
 * ```
 */
export function normalizeAql(aql: number | string): AqlValue {
  return AQL_SERIES[aqlIndex(aql)] as AqlValue;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined)
    return String(value);
  return typeof value;
}
