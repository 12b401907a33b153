import * as z from "zod";
import { err, type Failure, ok, parseInput, type Result } from "../../core/index.js";

/**
 * What can be done with nonconforming goods (不合格品处理):
 * `return-to-supplier` (退货), `replace` (换货), `sort` (挑选 / 100% screening), `rework` (返工), `repair` (返修),
 * `concession` (让步接收, use as is; needs an approver), `downgrade` (降级), `scrap` (报废).
 *
 * @example
 * ```ts
 * dispositionActions.includes("concession"); // true
 * ```
 */
export const dispositionActions = [
  "return-to-supplier",
  "replace",
  "sort",
  "rework",
  "repair",
  "concession",
  "downgrade",
  "scrap",
] as const;

/**
 * One disposition action, see {@link dispositionActions}.
 *
 * @example
 * ```ts
 * const action: DispositionAction = "rework";
 * ```
 */
export type DispositionAction = (typeof dispositionActions)[number];

/**
 * One line of a disposition: an action on a quantity. Lines without `from` share out the NCR's quantity; a line
 * with `from` takes units rejected by the sort line at that index (which must come earlier and have a result).
 * A `sort` line gets its `result` once screened: `passed` units are released as conforming, `failed` units go to
 * the lines that name it in `from`. A `concession` line is effective once `approvedBy` is set.
 *
 * @example
 * ```ts
 * dispositionLineSchema.parse({ action: "sort", quantity: 1200, result: { passed: 1150, failed: 50 } });
 * dispositionLineSchema.parse({ action: "return-to-supplier", quantity: 50, from: 0 });
 * ```
 */
export const dispositionLineSchema = z.object({
  action: z.enum(dispositionActions),
  quantity: z.number().int().positive(),
  from: z.number().int().nonnegative().optional(),
  result: z.object({ passed: z.number().int().nonnegative(), failed: z.number().int().nonnegative() }).optional(),
  approvedBy: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

/**
 * One disposition line, see {@link dispositionLineSchema}.
 *
 * @example
 * ```ts
 * const line: DispositionLine = { action: "scrap", quantity: 12 };
 * ```
 */
export type DispositionLine = z.infer<typeof dispositionLineSchema>;

/**
 * Where every unit of an NCR ends up: released after sorting, or through each final action; `awaitingSort` is
 * what is being screened without a result yet. The fields always add up to the NCR's quantity.
 *
 * @example
 * ```ts
 * const s: DispositionSummary = {
 *   released: 1150, awaitingSort: 0, "return-to-supplier": 40, replace: 0, rework: 0, repair: 0,
 *   concession: 0, downgrade: 0, scrap: 10,
 * };
 * ```
 */
export type DispositionSummary = { readonly released: number; readonly awaitingSort: number } & Readonly<
  Record<Exclude<DispositionAction, "sort">, number>
>;

/**
 * The outcome when disposition quantities do not add up: where (`path`), what was expected and what was given.
 *
 * @example
 * ```ts
 * const f: DispositionMismatch = { code: "DISPOSITION_QUANTITY_MISMATCH", message: "...", path: ["lines"], expected: 1200, actual: 1150 };
 * ```
 */
export interface DispositionMismatch extends Failure<"DISPOSITION_QUANTITY_MISMATCH"> {
  readonly path: ReadonlyArray<string | number>;
  readonly expected: number;
  readonly actual: number;
}

const inputSchema = z.object({ quantity: z.number().int().positive(), lines: z.array(dispositionLineSchema) });

/** @internal the balance check on validated lines. */
export function balanceDispositions(
  quantity: number,
  lines: readonly DispositionLine[],
): Result<DispositionSummary, DispositionMismatch> {
  const mismatch = (path: (string | number)[], expected: number, actual: number, what: string) =>
    err({
      code: "DISPOSITION_QUANTITY_MISMATCH" as const,
      message: `${what}: expected ${expected}, got ${actual}`,
      path,
      expected,
      actual,
    });
  const summary = {
    released: 0,
    awaitingSort: 0,
    "return-to-supplier": 0,
    replace: 0,
    rework: 0,
    repair: 0,
    concession: 0,
    downgrade: 0,
    scrap: 0,
  };
  const takenFrom = new Map<number | undefined, number>();
  for (const [i, line] of lines.entries()) {
    if (line.from !== undefined) {
      const source = lines[line.from];
      if (line.from >= i || source?.action !== "sort" || source.result === undefined)
        return mismatch(
          ["lines", i, "from"],
          0,
          line.quantity,
          `line ${i} must take units from an earlier sort line with a result`,
        );
    }
    if (line.action !== "sort" && line.result !== undefined)
      return mismatch(["lines", i, "result"], 0, line.quantity, `only a sort line has a result`);
    takenFrom.set(line.from, (takenFrom.get(line.from) ?? 0) + line.quantity);
    if (line.action === "sort") {
      if (line.result === undefined) summary.awaitingSort += line.quantity;
      else {
        const screened = line.result.passed + line.result.failed;
        if (screened !== line.quantity)
          return mismatch(["lines", i, "result"], line.quantity, screened, `sort line ${i}: passed + failed`);
        summary.released += line.result.passed;
      }
    } else summary[line.action] += line.quantity;
  }
  const top = takenFrom.get(undefined) ?? 0;
  if (top !== quantity)
    return mismatch(["lines"], quantity, top, "lines without `from` must add up to the NCR quantity");
  for (const [i, line] of lines.entries()) {
    if (line.action !== "sort" || line.result === undefined) continue;
    const taken = takenFrom.get(i) ?? 0;
    if (taken !== line.result.failed)
      return mismatch(
        ["lines", i, "result", "failed"],
        line.result.failed,
        taken,
        `units failed by sort line ${i} and dispositioned`,
      );
  }
  return ok(summary);
}

/**
 * Checks that a disposition accounts for every unit exactly once, and says where each unit ends up. Lines
 * without `from` must add up to `quantity`; each sort result must add up to its line (`passed + failed`); the
 * units a sort rejects must be dispositioned exactly by the lines that name it. Sort lines still being screened
 * count as `awaitingSort`.
 *
 * @returns the summary, whose fields add up to `quantity`, or `DISPOSITION_QUANTITY_MISMATCH` with the path of the
 *   line that does not add up
 * @throws `INVALID_ARGUMENT` for a non-positive or fractional quantity or an unknown action
 * @example
 * ```ts
 * checkDispositions({
 *   quantity: 1200,
 *   lines: [
 *     { action: "sort", quantity: 1200, result: { passed: 1150, failed: 50 } },
 *     { action: "return-to-supplier", quantity: 40, from: 0 },
 *     { action: "scrap", quantity: 10, from: 0 },
 *   ],
 * });
 * // ok({ released: 1150, "return-to-supplier": 40, scrap: 10, ...zeros })
 * ```
 */
export function checkDispositions(input: z.input<typeof inputSchema>): Result<DispositionSummary, DispositionMismatch> {
  const { quantity, lines } = parseInput(inputSchema, input, ["input"]);
  return balanceDispositions(quantity, lines);
}
