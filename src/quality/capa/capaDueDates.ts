import * as z from "zod";
import {
  addBusinessDays,
  type BusinessCalendar,
  type LocalDate,
  localDateSchema,
  parseInput,
} from "../../core/index.js";

/**
 * The 8D steps that carry a due date, in order: D1 team, D3 containment, D4 root cause, D5/D6 corrective action,
 * verification of its effect, D7 prevention, D8 closure.
 *
 * @example
 * ```ts
 * capaSteps[0]; // "team"
 * ```
 */
export const capaSteps = [
  "team",
  "containment",
  "rootCause",
  "correctiveAction",
  "verification",
  "prevention",
  "closure",
] as const;

/**
 * One 8D step, see {@link capaSteps}.
 *
 * @example
 * ```ts
 * const step: CapaStep = "rootCause";
 * ```
 */
export type CapaStep = (typeof capaSteps)[number];

/**
 * How many business days after opening each step is due (cumulative, not per step). The defaults follow common
 * supplier-quality practice (containment within one working day, root cause within a week, closure within six
 * weeks); they are a policy, not a standard: pass your own.
 *
 * @example
 * ```ts
 * capaDueDatePolicySchema.parse({ team: 1, containment: 1, rootCause: 5, correctiveAction: 10, verification: 20, prevention: 25, closure: 30 });
 * ```
 */
export const capaDueDatePolicySchema = z
  .object(
    Object.fromEntries(capaSteps.map((step) => [step, z.number().int().nonnegative().max(250)])) as Record<
      CapaStep,
      z.ZodNumber
    >,
  )
  .superRefine((policy, ctx) => {
    capaSteps.forEach((step, i) => {
      const previous = capaSteps[i - 1];
      if (previous !== undefined && policy[step] < policy[previous])
        ctx.addIssue({
          code: "custom",
          path: [step],
          message: `must not be earlier than ${previous} (${policy[previous]})`,
        });
    });
  });

/**
 * Business days after opening for each step, see {@link capaDueDatePolicySchema}.
 *
 * @example
 * ```ts
 * const fast: CapaDueDatePolicy = { ...defaultCapaDueDatePolicy, closure: 20 };
 * ```
 */
export type CapaDueDatePolicy = Readonly<Record<CapaStep, number>>;

/**
 * The default policy: team and containment 1, root cause 5, corrective action 10, verification 20, prevention 25,
 * closure 30 business days after opening.
 *
 * @example
 * ```ts
 * defaultCapaDueDatePolicy.closure; // 30
 * ```
 */
export const defaultCapaDueDatePolicy: CapaDueDatePolicy = Object.freeze({
  team: 1,
  containment: 1,
  rootCause: 5,
  correctiveAction: 10,
  verification: 20,
  prevention: 25,
  closure: 30,
});

/**
 * Due date of every 8D step, counted in business days of a calendar from the opening date (the opening day itself
 * is day 0, so "1 business day" is the next working day). With the CN calendar, the Golden Week and the Spring
 * Festival are skipped and the make-up Saturdays count.
 *
 * @throws `INVALID_ARGUMENT` for an invalid date or policy; `CALENDAR_OUT_OF_RANGE` when a due date falls outside
 *   the calendar's data
 * @example
 * ```ts
 * capaDueDates(createBusinessCalendar(CN_2026), "2026-09-30").containment; // "2026-10-08"
 * ```
 */
export function capaDueDates(
  calendar: BusinessCalendar,
  openedOn: LocalDate,
  policy: CapaDueDatePolicy = defaultCapaDueDatePolicy,
): Record<CapaStep, LocalDate> {
  const opened = parseInput(localDateSchema, openedOn, ["openedOn"]);
  const days = parseInput(capaDueDatePolicySchema, policy, ["policy"]);
  return Object.fromEntries(capaSteps.map((step) => [step, addBusinessDays(calendar, opened, days[step])])) as Record<
    CapaStep,
    LocalDate
  >;
}
