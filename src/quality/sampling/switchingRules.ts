import { invalidArgument } from "../../core/index.js";
import { judgeLot } from "./judgeLot.js";
import type { SamplingPlan } from "./samplingPlan.js";
import { masterTableCell } from "./tables/resolveMasterTable.js";
import { SINGLE_NORMAL_TABLE } from "./tables/singleSamplingTables.js";
import { AQL_SERIES, type SamplingEdition } from "./vocabulary.js";

/**
 * One lot as the switching rules remember it.
 *
 * @example
 * ```ts
 * const lot: SwitchingLotRecord = { accepted: true, nonconforming: 2, sampleUnits: 125 };
 * ```
 */
export interface SwitchingLotRecord {
  readonly accepted: boolean;
  /** Nonconforming units found in all samples inspected for the lot. */
  readonly nonconforming: number;
  /** Units inspected for the lot (both samples for a double plan that needed the second). */
  readonly sampleUnits: number;
}

/**
 * One row of the Z1.4 limit numbers for reduced inspection (Table VIII), for your AQL: when the preceding ten lots'
 * samples hold at least `minSampleUnits` units, their total nonconforming must not exceed `limit`.
 *
 * @example
 * ```ts
 * const row: LimitNumberRow = { minSampleUnits: 800, limit: 7 };
 * ```
 */
export interface LimitNumberRow {
  readonly minSampleUnits: number;
  readonly limit: number;
}

/**
 * What the switching machine remembers between lots. Plain JSON: store it with the supplier / part record.
 *
 * @example
 * ```ts
 * const context: SwitchingContext = createSwitchingContext({ edition: "iso", reducedApproved: true });
 * ```
 */
export interface SwitchingContext {
  readonly edition: SamplingEdition;
  /** Lots on normal inspection since it (re)started, most recent last; the last ten are kept. */
  readonly normalHistory: readonly SwitchingLotRecord[];
  /** ISO 2859-1:1999 switching score (9.3.3.2), counted on normal inspection. */
  readonly switchingScore: number;
  /** Production is at a steady rate and the responsible authority approves reduced inspection. */
  readonly reducedApproved: boolean;
  /** Z1.4 only: your AQL's column of Table VIII (limit numbers for reduced inspection). */
  readonly limitNumbers: readonly LimitNumberRow[];
  /** Consecutive lots accepted on tightened inspection. */
  readonly tightenedAcceptedInRow: number;
  /** Lots not accepted since tightened inspection began. */
  readonly tightenedNotAccepted: number;
}

/**
 * Options of {@link createSwitchingContext}.
 *
 * @example
 * ```ts
 * const options: SwitchingOptions = { edition: "z1.4", reducedApproved: true, limitNumbers: [{ minSampleUnits: 800, limit: 7 }] };
 * ```
 */
export interface SwitchingOptions {
  readonly edition?: SamplingEdition;
  readonly reducedApproved?: boolean;
  readonly limitNumbers?: readonly LimitNumberRow[];
}

/**
 * A fresh switching context: normal inspection, score 0, no history.
 *
 * @throws `INVALID_ARGUMENT` for an unknown edition or malformed limit numbers
 * @example
 * ```ts
 * createSwitchingContext({ edition: "iso", reducedApproved: true });
 * ```
 */
export function createSwitchingContext(options: SwitchingOptions = {}): SwitchingContext {
  const edition = options.edition ?? "iso";
  if (edition !== "iso" && edition !== "z1.4") throw invalidArgument(["options", "edition"], 'must be "iso" or "z1.4"');
  const limitNumbers = options.limitNumbers ?? [];
  limitNumbers.forEach((row, i) => {
    if (
      !Number.isSafeInteger(row?.minSampleUnits) ||
      !Number.isSafeInteger(row?.limit) ||
      row.limit < 0 ||
      row.minSampleUnits < 0
    )
      throw invalidArgument(["options", "limitNumbers", i], "must have whole minSampleUnits and limit, 0 or more");
  });
  return {
    edition,
    normalHistory: [],
    switchingScore: 0,
    reducedApproved: options.reducedApproved ?? false,
    limitNumbers: [...limitNumbers].sort((a, b) => a.minSampleUnits - b.minSampleUnits),
    tightenedAcceptedInRow: 0,
    tightenedNotAccepted: 0,
  };
}

/**
 * The decided outcome of an inspected lot, as the switching rules need it.
 *
 * @example
 * ```ts
 * const outcome: InspectedLotOutcome = { accepted: true, acceptedAtFirstStage: true, reinstateNormal: false, record: { accepted: true, nonconforming: 1, sampleUnits: 125 }, scoreIncrement: 3 };
 * ```
 */
export interface InspectedLotOutcome {
  readonly accepted: boolean;
  readonly acceptedAtFirstStage: boolean;
  /** Z1.4 reduced: accepted with a count between Ac and Re. */
  readonly reinstateNormal: boolean;
  readonly record: SwitchingLotRecord;
  /** What the lot adds to the ISO switching score; 0 means the score is reset. */
  readonly scoreIncrement: number;
}

/**
 * Judges an inspected lot for the switching rules and works out its ISO switching score increment: for single
 * sampling with Ac ≥ 2, +3 if the lot would also have been accepted at the AQL one step tighter (same code letter),
 * otherwise reset; with Ac 0 or 1, +2 if accepted; for double sampling, +3 if accepted on the first sample;
 * any lot not accepted resets the score.
 *
 * @throws `INVALID_ARGUMENT` (path `["event", "nonconforming"]`) when a double plan still needs its second sample
 * @example
 * ```ts
 * inspectedLotOutcome(samplingPlan({ lotSize: 1500, aql: 2.5 }), 5).scoreIncrement; // 3 (5 ≤ Ac 5 at AQL 1.5)
 * ```
 */
export function inspectedLotOutcome(
  plan: SamplingPlan,
  nonconforming: number | readonly number[],
): InspectedLotOutcome {
  const judged = judgeLot(plan, nonconforming);
  const decision = judged.ok ? judged.value : judged.error;
  if (decision.verdict === "second-sample-needed")
    throw invalidArgument(["event", "nonconforming"], "the lot is not decided yet: pass both sample counts");
  const counts = Array.isArray(nonconforming) ? nonconforming : [nonconforming as number];
  const found = counts.reduce((sum: number, d: number) => sum + d, 0);
  const sampleUnits =
    plan.scheme === "single"
      ? plan.sampleSize
      : counts.length === 2
        ? plan.stages[1].cumulativeSampleSize
        : plan.stages[0].sampleSize;
  const accepted = decision.verdict === "accept";
  const acceptedAtFirstStage = accepted && decision.stage === 1;
  return {
    accepted,
    acceptedAtFirstStage,
    reinstateNormal: decision.verdict === "accept" && decision.reinstateNormal,
    record: { accepted, nonconforming: found, sampleUnits },
    scoreIncrement: accepted ? scoreIncrement(plan, found, acceptedAtFirstStage) : 0,
  };
}

function scoreIncrement(plan: SamplingPlan, found: number, acceptedAtFirstStage: boolean): number {
  if (plan.scheme === "double") return acceptedAtFirstStage ? 3 : 0;
  if (plan.acceptanceNumber < 2) return 2;
  const column = (AQL_SERIES as readonly string[]).indexOf(plan.aql);
  const tighter = column > 0 ? masterTableCell(SINGLE_NORMAL_TABLE, plan.codeLetter, column - 1) : undefined;
  const tighterAc = tighter?.kind === "plan" ? (tighter.numbers[0] as number) : -1;
  return found <= tighterAc ? 3 : 0;
}

/**
 * Whether the lots on normal inspection satisfy the edition's condition for reduced inspection (besides the
 * responsible authority's approval): ISO — switching score of 30 or more; Z1.4 — the preceding ten lots all
 * accepted with their total nonconforming within the limit number for their total sample units.
 *
 * @example
 * ```ts
 * reducedConditionsMet({ ...createSwitchingContext(), switchingScore: 30 }); // true
 * ```
 */
export function reducedConditionsMet(context: SwitchingContext): boolean {
  if (context.edition === "iso") return context.switchingScore >= 30;
  const lots = context.normalHistory.slice(-10);
  if (lots.length < 10 || lots.some((lot) => !lot.accepted)) return false;
  const units = lots.reduce((sum, lot) => sum + lot.sampleUnits, 0);
  const found = lots.reduce((sum, lot) => sum + lot.nonconforming, 0);
  let limit: number | undefined;
  for (const row of context.limitNumbers) if (row.minSampleUnits <= units) limit = row.limit;
  return limit !== undefined && found <= limit;
}
