import * as z from "zod";
import {
  addBusinessDays,
  type BusinessCalendar,
  businessDaysBetween,
  invalidArgument,
  localDateSchema,
  parseInput,
} from "../../core/index.js";

/**
 * The milestones of an outsourced procurement plan, in order: deposit paid, materials ready, production done,
 * inspected, shipped, received.
 *
 * @example
 * ```ts
 * const m: ProcurementMilestoneKind = "inspected";
 * ```
 */
export type ProcurementMilestoneKind = z.infer<typeof procurementMilestoneKindSchema>;

/**
 * Schema of {@link ProcurementMilestoneKind}; its options are the milestones in plan order.
 *
 * @example
 * ```ts
 * procurementMilestoneKindSchema.options; // ["deposit-paid", "materials-ready", "production-done", "inspected", "shipped", "received"]
 * ```
 */
export const procurementMilestoneKindSchema = z.enum([
  "deposit-paid",
  "materials-ready",
  "production-done",
  "inspected",
  "shipped",
  "received",
]);

const PROCUREMENT_MILESTONES = procurementMilestoneKindSchema.options;

/**
 * Schema of a procurement plan: per milestone its planned date and, once done, the date it was done.
 *
 * @example
 * ```ts
 * procurementPlanSchema.parse({ planId: "P-1", milestones: [{ kind: "deposit-paid", plannedOn: "2026-04-08", doneOn: "2026-04-08" }] });
 * ```
 */
export const procurementPlanSchema = z.object({
  planId: z.string().min(1),
  milestones: z
    .array(
      z.object({
        kind: procurementMilestoneKindSchema,
        plannedOn: localDateSchema,
        doneOn: localDateSchema.optional(),
      }),
    )
    .min(1),
});

/**
 * A procurement plan as accepted.
 *
 * @example
 * ```ts
 * const plan: ProcurementPlan = { planId: "P-1", milestones: [{ kind: "shipped", plannedOn: "2026-05-20" }] };
 * ```
 */
export type ProcurementPlan = z.input<typeof procurementPlanSchema>;

/**
 * Schema of {@link ProcurementPlanDurations}.
 *
 * @example
 * ```ts
 * procurementPlanDurationsSchema.parse(input);
 * ```
 */
export const procurementPlanDurationsSchema = z.object({
  planId: z.string().min(1),
  startOn: localDateSchema,
  /** Business days from the previous milestone (from `startOn` for the first). */
  businessDays: z.object(
    Object.fromEntries(PROCUREMENT_MILESTONES.map((kind) => [kind, z.number().int().nonnegative()])) as Record<
      ProcurementMilestoneKind,
      z.ZodNumber
    >,
  ),
});

/**
 * What {@link planProcurementMilestones} needs: the start date and business days between milestones.
 *
 * @example
 * ```ts
 * const input: ProcurementPlanDurations = { planId: "P-1", startOn: "2026-04-07", businessDays: { "deposit-paid": 1, "materials-ready": 10, "production-done": 15, inspected: 2, shipped: 2, received: 20 } };
 * ```
 */
export type ProcurementPlanDurations = z.input<typeof procurementPlanDurationsSchema>;

/**
 * Lays out a plan's milestone dates in business days on a calendar (e.g. the supplier's CN calendar, so the Labour
 * Day and National Day holidays and make-up working days are respected).
 *
 * @throws `INVALID_ARGUMENT` for malformed input; `CALENDAR_OUT_OF_RANGE` beyond the calendar's data
 * @example
 * ```ts
 * planProcurementMilestones(input, createBusinessCalendar(CN_2026)).milestones[0]; // { kind: "deposit-paid", plannedOn: "2026-04-08" }
 * ```
 */
export function planProcurementMilestones(
  input: ProcurementPlanDurations,
  calendar: BusinessCalendar,
): { planId: string; milestones: { kind: ProcurementMilestoneKind; plannedOn: string }[] } {
  const parsed = parseInput(procurementPlanDurationsSchema, input, ["input"]);
  let date = parsed.startOn;
  const milestones = PROCUREMENT_MILESTONES.map((kind) => {
    date = addBusinessDays(calendar, date, parsed.businessDays[kind]);
    return { kind, plannedOn: date };
  });
  return { planId: parsed.planId, milestones };
}

/**
 * Where a milestone stands: done on time or late, overdue (not done and past its date), due today, or upcoming;
 * `slipBusinessDays` is how many business days late it was done, or is already overdue.
 *
 * @example
 * ```ts
 * const s: MilestoneStatus = { kind: "shipped", plannedOn: "2026-05-20", status: "overdue", slipBusinessDays: 3 };
 * ```
 */
export interface MilestoneStatus {
  readonly kind: ProcurementMilestoneKind;
  readonly plannedOn: string;
  readonly doneOn?: string;
  readonly status: "done-on-time" | "done-late" | "overdue" | "due" | "upcoming";
  readonly slipBusinessDays: number;
}

/**
 * Tracks a plan against its dates in business days as of a date: each milestone's status and slip, whether the
 * plan is on track, the largest slip, and the next open milestone.
 *
 * @throws `INVALID_ARGUMENT` for a malformed plan; `CALENDAR_OUT_OF_RANGE` beyond the calendar's data
 * @example
 * ```ts
 * const t = trackProcurementPlan(plan, createBusinessCalendar(CN_2026), "2026-05-06");
 * t.onTrack; // false
 * t.next?.kind; // "production-done"
 * ```
 */
export function trackProcurementPlan(
  plan: ProcurementPlan,
  calendar: BusinessCalendar,
  asOf: string,
): { milestones: MilestoneStatus[]; onTrack: boolean; maxSlipBusinessDays: number; next: MilestoneStatus | undefined } {
  const parsed = parseInput(procurementPlanSchema, plan, ["plan"]);
  const today = parseInput(localDateSchema, asOf, ["asOf"]);
  if (typeof calendar?.isBusinessDay !== "function") throw invalidArgument(["calendar"], "must be a BusinessCalendar");
  const milestones = parsed.milestones.map((milestone): MilestoneStatus => {
    if (milestone.doneOn !== undefined) {
      const slip = Math.max(0, businessDaysBetween(calendar, milestone.plannedOn, milestone.doneOn));
      return {
        kind: milestone.kind,
        plannedOn: milestone.plannedOn,
        doneOn: milestone.doneOn,
        status: slip > 0 ? "done-late" : "done-on-time",
        slipBusinessDays: slip,
      };
    }
    const slip = Math.max(0, businessDaysBetween(calendar, milestone.plannedOn, today));
    const status =
      slip > 0 ? "overdue" : today === milestone.plannedOn || today > milestone.plannedOn ? "due" : "upcoming";
    return { kind: milestone.kind, plannedOn: milestone.plannedOn, status, slipBusinessDays: slip };
  });
  const maxSlipBusinessDays = milestones.reduce(
    (max, m) => Math.max(max, m.status === "done-on-time" ? 0 : m.slipBusinessDays),
    0,
  );
  return {
    milestones,
    onTrack: !milestones.some((m) => m.status === "overdue"),
    maxSlipBusinessDays,
    next: milestones.find((m) => m.doneOn === undefined),
  };
}
