import * as z from "zod";
import {
  addBusinessDays,
  type BusinessCalendar,
  businessDaysBetween,
  invalidArgument,
  localDateSchema,
  nextBusinessDay,
  parseInput,
} from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * A development plan: a start date and tasks with owners, durations in business days and finish-to-start
 * dependencies; optionally the baseline finish of each task and of the project, to measure slippage.
 *
 * @example
 * ```ts
 * const plan = developmentPlanSchema.parse({
 *   start: "2026-06-15",
 *   tasks: [
 *     { id: "prd", name: "Requirements", owner: "pm.wang", durationDays: 5 },
 *     { id: "design", name: "Design", owner: "rd.sun", durationDays: 10, dependsOn: ["prd"], baselineFinish: "2026-07-03" },
 *   ],
 * });
 * ```
 */
export const developmentPlanSchema = z.object({
  start: localDateSchema,
  tasks: z
    .array(
      z.object({
        id: nonEmptySchema,
        name: nonEmptySchema,
        owner: nonEmptySchema,
        /** Business days of work; 0 for a milestone. */
        durationDays: z.int().nonnegative(),
        dependsOn: z.array(nonEmptySchema).default([]),
        baselineFinish: localDateSchema.optional(),
        /** When the task was actually finished: it is then done, and its successors follow from this date. */
        actualFinish: localDateSchema.optional(),
      }),
    )
    .min(1, { message: "a plan needs at least one task" }),
  baselineFinish: localDateSchema.optional(),
  /** Progress date: work not done yet starts no earlier than the first business day after it. */
  statusDate: localDateSchema.optional(),
});

/**
 * A development plan as accepted.
 *
 * @example
 * ```ts
 * const plan: DevelopmentPlan = { start: "2026-06-15", tasks: [{ id: "prd", name: "Requirements", owner: "pm.wang", durationDays: 5 }] };
 * ```
 */
export type DevelopmentPlan = z.input<typeof developmentPlanSchema>;

/**
 * One scheduled task. Day numbers count business days from the plan's first business day (day 0); a task occupies
 * days `earlyStart` to `earlyFinish - 1`. `slack` is how many business days it can slip without moving the project
 * finish; critical tasks have none. `slippageDays` compares the forecast finish with the baseline (positive: late).
 *
 * @example
 * ```ts
 * const task: ScheduledTask = { id: "prd", name: "Requirements", owner: "pm.wang", durationDays: 5, dependsOn: [],
 *   earlyStart: 0, earlyFinish: 5, lateStart: 0, lateFinish: 5, slack: 0, critical: true,
 *   startDate: "2026-06-15", finishDate: "2026-06-19" };
 * ```
 */
export interface ScheduledTask {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly durationDays: number;
  readonly dependsOn: readonly string[];
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  readonly slack: number;
  readonly critical: boolean;
  readonly startDate: string;
  /** Last business day of work (for a milestone, the day it is reached). */
  readonly finishDate: string;
  readonly baselineFinish?: string;
  readonly slippageDays?: number;
  /** True when the task has an `actualFinish`. */
  readonly done: boolean;
}

/**
 * A scheduled plan: every task with its dates and slack, the critical path, the forecast finish and the slippage.
 *
 * @example
 * ```ts
 * const schedule: DevelopmentSchedule = scheduleDevelopmentPlan(calendar, plan);
 * schedule.forecastFinish; // "2026-07-31"
 * ```
 */
export interface DevelopmentSchedule {
  readonly startDate: string;
  readonly forecastFinish: string;
  readonly durationDays: number;
  /** Tasks without slack, in the order they start (ties in plan order). */
  readonly criticalPath: readonly string[];
  readonly tasks: readonly ScheduledTask[];
  readonly baselineFinish?: string;
  readonly slippageDays?: number;
}

type ParsedTask = z.output<typeof developmentPlanSchema>["tasks"][number];

function topologicalOrder(tasks: readonly ParsedTask[]): number[] {
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (index.has(t.id)) throw invalidArgument(["plan", "tasks", i, "id"], `repeats the task id "${t.id}"`);
    index.set(t.id, i);
  });
  const indegree = tasks.map(() => 0);
  const successors: number[][] = tasks.map(() => []);
  tasks.forEach((t, i) => {
    t.dependsOn.forEach((dep, j) => {
      const d = index.get(dep);
      if (d === undefined)
        throw invalidArgument(["plan", "tasks", i, "dependsOn", j], `"${dep}" is not a task of the plan`);
      if (d === i) throw invalidArgument(["plan", "tasks", i, "dependsOn", j], "a task cannot depend on itself");
      successors[d]?.push(i);
      indegree[i] = (indegree[i] ?? 0) + 1;
    });
  });
  const queue = indegree.flatMap((n, i) => (n === 0 ? [i] : []));
  const order: number[] = [];
  while (queue.length > 0) {
    const i = queue.shift() as number;
    order.push(i);
    for (const s of successors[i] ?? []) {
      indegree[s] = (indegree[s] ?? 0) - 1;
      if (indegree[s] === 0) queue.push(s);
    }
  }
  if (order.length < tasks.length) {
    const stuck = indegree.findIndex((n) => n > 0);
    const ids = tasks.filter((_, i) => (indegree[i] ?? 0) > 0).map((t) => t.id);
    throw invalidArgument(["plan", "tasks", stuck, "dependsOn"], `dependencies form a cycle among ${ids.join(", ")}`);
  }
  return order;
}

/**
 * Schedules a development plan over business days with the critical path method (CPM): forward pass for the
 * earliest dates, backward pass for the latest, slack per task, the critical path, the forecast finish date and the
 * slippage against the baseline (in business days, positive when late). Dependencies are finish-to-start; work
 * starts on the first business day on or after `start`. For a forecast during the project, give tasks their
 * `actualFinish` and the plan a `statusDate`: finished tasks keep their actual finish (their start shown is that finish less the duration), and work not done yet starts no
 * earlier than the first business day after the status date.
 *
 * @param calendar - the business calendar work follows (e.g. `createBusinessCalendar(CN_2026)` for a Chinese factory)
 * @param plan - see {@link developmentPlanSchema}
 * @throws `INVALID_ARGUMENT` for a malformed plan, a repeated id, an unknown dependency (path
 *   `["plan", "tasks", i, "dependsOn", j]`) or a cycle; `CALENDAR_OUT_OF_RANGE` when the plan runs past the calendar
 * @example
 * ```ts
 * const cn = createBusinessCalendar(CN_2026);
 * const s = scheduleDevelopmentPlan(cn, {
 *   start: "2026-09-28",
 *   tasks: [
 *     { id: "tooling", name: "Mould making", owner: "factory", durationDays: 5 },
 *     { id: "t1", name: "T1 samples", owner: "factory", durationDays: 2, dependsOn: ["tooling"] },
 *   ],
 * });
 * s.forecastFinish; // "2026-10-12": Golden Week is skipped, the make-up Saturday 10 October counts
 * ```
 */
export function scheduleDevelopmentPlan(calendar: BusinessCalendar, plan: DevelopmentPlan): DevelopmentSchedule {
  if (typeof calendar?.isBusinessDay !== "function") throw invalidArgument(["calendar"], "must be a BusinessCalendar");
  const parsed = parseInput(developmentPlanSchema, plan, ["plan"]);
  const { tasks } = parsed;
  const order = topologicalOrder(tasks);
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const first = nextBusinessDay(calendar, parsed.start, { inclusive: true });
  const offset = (date: string) => businessDaysBetween(calendar, first, date);
  const earliestOpen = parsed.statusDate === undefined ? 0 : Math.max(0, offset(parsed.statusDate) + 1);
  const es = tasks.map(() => 0);
  const ef = tasks.map(() => 0);
  for (const i of order) {
    const task = tasks[i] as ParsedTask;
    const ready = Math.max(0, ...task.dependsOn.map((d) => ef[index.get(d) as number] as number));
    if (task.actualFinish !== undefined) {
      ef[i] = Math.max(0, offset(task.actualFinish) + 1);
      es[i] = Math.max(0, (ef[i] as number) - task.durationDays);
    } else {
      es[i] = Math.max(ready, earliestOpen);
      ef[i] = (es[i] as number) + task.durationDays;
    }
  }
  const projectEnd = Math.max(...ef);
  const lf = tasks.map(() => projectEnd);
  const ls = tasks.map(() => projectEnd);
  for (const i of [...order].reverse()) {
    ls[i] = (lf[i] as number) - (tasks[i] as ParsedTask).durationDays;
    for (const d of (tasks[i] as ParsedTask).dependsOn) {
      const p = index.get(d) as number;
      lf[p] = Math.min(lf[p] as number, ls[i] as number);
    }
  }
  const day = (n: number) => addBusinessDays(calendar, first, Math.max(0, n));
  const scheduled: ScheduledTask[] = tasks.map((task, i) => {
    const start = es[i] as number;
    const finish = ef[i] as number;
    const slack = (ls[i] as number) - start;
    const finishDate = task.actualFinish ?? (task.durationDays === 0 ? day(start - 1) : day(finish - 1));
    const base = {
      id: task.id,
      name: task.name,
      owner: task.owner,
      durationDays: task.durationDays,
      dependsOn: task.dependsOn,
      earlyStart: start,
      earlyFinish: finish,
      lateStart: ls[i] as number,
      lateFinish: lf[i] as number,
      slack,
      critical: task.actualFinish === undefined && slack === 0,
      startDate: task.durationDays === 0 ? finishDate : day(start),
      finishDate,
      done: task.actualFinish !== undefined,
    };
    return task.baselineFinish === undefined
      ? base
      : {
          ...base,
          baselineFinish: task.baselineFinish,
          slippageDays: businessDaysBetween(calendar, task.baselineFinish, finishDate),
        };
  });
  const criticalPath = scheduled
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.critical)
    .sort((a, b) => a.t.earlyStart - b.t.earlyStart || a.t.earlyFinish - b.t.earlyFinish || a.i - b.i)
    .map(({ t }) => t.id);
  const forecastFinish = day(projectEnd - 1);
  const schedule: DevelopmentSchedule = {
    startDate: first,
    forecastFinish,
    durationDays: projectEnd,
    criticalPath,
    tasks: scheduled,
  };
  return parsed.baselineFinish === undefined
    ? schedule
    : {
        ...schedule,
        baselineFinish: parsed.baselineFinish,
        slippageDays: businessDaysBetween(calendar, parsed.baselineFinish, forecastFinish),
      };
}
