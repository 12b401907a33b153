import * as z from "zod";
import { Dec, type Decimal, invalidArgument, parseInput } from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * The criteria suppliers are screened on at admission (供应商筛选与评估), with what each looks at. The supplier
 * scoring engine (suppliers area) scores them; this list is what a scorecard for admission should cover.
 *
 * @example
 * ```ts
 * ADMISSION_SUPPLIER_CRITERIA.map((c) => c.id); // ["qualification", "capacity", "qcSystem", "rnd", "reputation", "price", "afterSales"]
 * ```
 */
export const ADMISSION_SUPPLIER_CRITERIA = [
  { id: "qualification", en: "Qualification (business licence, production permits)", zh: "资质审核" },
  { id: "capacity", en: "Production capacity (equipment, lines, workers)", zh: "生产能力" },
  { id: "qcSystem", en: "Quality control system (procedures, test equipment)", zh: "质量控制体系" },
  { id: "rnd", en: "R&D capability (team, equipment, cases)", zh: "研发能力" },
  { id: "reputation", en: "Reputation (credit record, customer references)", zh: "信誉口碑" },
  { id: "price", en: "Price and cost (quote terms, cost structure)", zh: "价格成本" },
  { id: "afterSales", en: "After-sales service (quality claims, returns, support)", zh: "售后服务" },
] as const;

/**
 * The seam with the supplier scoring engine: any function from a candidate's measurements to a total and a grade.
 * Wire the suppliers area's engine as `(m) => scoreSupplier(admissionScorecard, m)`; its result has `total` and
 * `grade` (and more, which is ignored here).
 *
 * @example
 * ```ts
 * const score: SupplierScorer<Record<string, number>> = (m) => {
 *   const total = Object.values(m).reduce((a, b) => a + b, 0) / 7;
 *   return { total, grade: total >= 80 ? "A" : total >= 60 ? "B" : "C" };
 * };
 * ```
 */
export type SupplierScorer<M> = (measurements: M) => { readonly total: number | Decimal; readonly grade: string };

/**
 * A candidate supplier with the measurements its scorer needs.
 *
 * @example
 * ```ts
 * const candidate: SupplierCandidate<Record<string, number>> = { supplierId: "SUP-SZ-001", name: "Shenzhen A", measurements: { price: 80 } };
 * ```
 */
export interface SupplierCandidate<M> {
  readonly supplierId: string;
  readonly name?: string;
  readonly measurements: M;
}

/**
 * A ranked candidate. Equal totals share a rank (1, 2, 2, 4) and are listed by supplier id.
 *
 * @example
 * ```ts
 * const row: RankedSupplierCandidate = { rank: 1, supplierId: "SUP-SZ-001", total: 86.5, grade: "A", shortlisted: true };
 * ```
 */
export interface RankedSupplierCandidate {
  readonly rank: number;
  readonly supplierId: string;
  readonly name?: string;
  readonly total: number;
  readonly grade: string;
  readonly shortlisted: boolean;
}

const optionsSchema = z
  .object({ shortlistSize: z.int().positive().optional(), minimumTotal: z.number().refine(Number.isFinite).optional() })
  .optional();

/**
 * Scores candidate suppliers with the given scorer, ranks them by total (highest first) and shortlists the best:
 * at most `shortlistSize` (default 3) whose total reaches `minimumTotal` (default: no minimum).
 *
 * @throws `INVALID_ARGUMENT` for no candidates, a repeated supplier id (path `["candidates", i, "supplierId"]`), a
 *   scorer that is not a function (path `["score"]`) or that returns a non-finite total or an empty grade (path
 *   `["candidates", i, "measurements"]`)
 * @example
 * ```ts
 * const ranking = rankSupplierCandidates(
 *   [{ supplierId: "A", measurements: 72 }, { supplierId: "B", measurements: 88 }],
 *   (m: number) => ({ total: m, grade: m >= 80 ? "A" : "B" }),
 *   { shortlistSize: 1 },
 * );
 * ranking.map((r) => [r.rank, r.supplierId, r.shortlisted]); // [[1, "B", true], [2, "A", false]]
 * ```
 */
export function rankSupplierCandidates<M>(
  candidates: readonly SupplierCandidate<M>[],
  score: SupplierScorer<M>,
  options?: { readonly shortlistSize?: number; readonly minimumTotal?: number },
): RankedSupplierCandidate[] {
  const list = parseInput(
    z.array(z.object({ supplierId: nonEmptySchema, name: z.string().optional(), measurements: z.unknown() })).min(1),
    candidates,
    ["candidates"],
  );
  if (typeof score !== "function")
    throw invalidArgument(["score"], "must be a function (measurements) => { total, grade }");
  const { shortlistSize = 3, minimumTotal } = parseInput(optionsSchema, options, ["options"]) ?? {};
  const seen = new Set<string>();
  const scored = list.map((candidate, i) => {
    if (seen.has(candidate.supplierId))
      throw invalidArgument(["candidates", i, "supplierId"], `repeats "${candidate.supplierId}"`);
    seen.add(candidate.supplierId);
    const result = score(candidates[i]?.measurements as M);
    // scoreSupplier returns its total as a Decimal; plain scorers return a number.
    const total = Dec.isDecimal(result?.total) ? (result.total as Decimal).toNumber() : result?.total;
    if (typeof total !== "number" || !Number.isFinite(total) || typeof result.grade !== "string" || result.grade === "")
      throw invalidArgument(["candidates", i, "measurements"], "the scorer must return a finite total and a grade");
    return { supplierId: candidate.supplierId, name: candidate.name, total, grade: result.grade };
  });
  scored.sort((a, b) => b.total - a.total || (a.supplierId < b.supplierId ? -1 : 1));
  let shortlisted = 0;
  let rank = 0;
  return scored.map((row, i) => {
    if (i === 0 || scored[i - 1]?.total !== row.total) rank = i + 1;
    const onShortlist = (minimumTotal === undefined || row.total >= minimumTotal) && shortlisted < shortlistSize;
    if (onShortlist) shortlisted++;
    const ranked = { rank, supplierId: row.supplierId, total: row.total, grade: row.grade, shortlisted: onShortlist };
    return row.name === undefined ? ranked : { ...ranked, name: row.name };
  });
}
