import * as z from "zod";
import { instantSchema, parseInput } from "../../core/index.js";

/**
 * One planned IPQC patrol round (巡检): its number and when it is due.
 *
 * @example
 * ```ts
 * const round: PatrolRound = { round: 1, dueAt: "2026-03-02T02:00:00.000Z" };
 * ```
 */
export interface PatrolRound {
  readonly round: number;
  /** ISO 8601 instant. */
  readonly dueAt: string;
}

const patrolPlanSchema = z
  .object({
    /** Start of the run or shift (the first article is inspected here). */
    from: instantSchema,
    /** End of the run or shift. */
    to: instantSchema,
    /** Minutes between rounds, e.g. 120 for every two hours. */
    everyMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
  })
  .refine((p) => p.to.getTime() > p.from.getTime(), { message: "must be after from", path: ["to"] });

/**
 * Plans the patrol rounds of a production run at a set frequency: round k is due `k × everyMinutes` after the
 * start, up to and including the end (the first article, inspected at the start, is not a patrol round).
 *
 * @throws `INVALID_ARGUMENT` when `to` is not after `from` or the frequency is outside 5..1440 minutes
 * @example
 * ```ts
 * planPatrolRounds({ from: "2026-03-02T08:00:00+08:00", to: "2026-03-02T12:00:00+08:00", everyMinutes: 120 });
 * // [{ round: 1, dueAt: "2026-03-02T02:00:00.000Z" }, { round: 2, dueAt: "2026-03-02T04:00:00.000Z" }]
 * ```
 */
export function planPatrolRounds(plan: z.input<typeof patrolPlanSchema>): PatrolRound[] {
  const { from, to, everyMinutes } = parseInput(patrolPlanSchema, plan, ["plan"]);
  const step = everyMinutes * 60_000;
  const rounds: PatrolRound[] = [];
  for (let t = from.getTime() + step, round = 1; t <= to.getTime(); t += step, round += 1) {
    rounds.push({ round, dueAt: new Date(t).toISOString() });
  }
  return rounds;
}

const overdueInputSchema = z.object({
  rounds: z.array(z.object({ round: z.number().int().positive(), dueAt: instantSchema })),
  completedRounds: z.array(z.number().int().positive()),
  now: instantSchema,
  graceMinutes: z.number().int().nonnegative().default(15),
});

/**
 * The patrol rounds that are due (past `dueAt` plus the grace period) and not yet done: what the line QC should
 * walk to now, and what a supervisor's dashboard flags.
 *
 * @throws `INVALID_ARGUMENT` for invalid rounds, instants or a negative grace period
 * @example
 * ```ts
 * overduePatrolRounds({ rounds, completedRounds: [1], now: "2026-03-02T04:30:00Z" }); // [{ round: 2, dueAt: "2026-03-02T04:00:00.000Z" }]
 * ```
 */
export function overduePatrolRounds(input: z.input<typeof overdueInputSchema>): PatrolRound[] {
  const { rounds, completedRounds, now, graceMinutes } = parseInput(overdueInputSchema, input, ["input"]);
  const done = new Set(completedRounds);
  const limit = now.getTime() - graceMinutes * 60_000;
  return rounds
    .filter((r) => !done.has(r.round) && r.dueAt.getTime() <= limit)
    .map((r) => ({ round: r.round, dueAt: r.dueAt.toISOString() }));
}
