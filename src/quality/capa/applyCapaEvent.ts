import type * as z from "zod";
import {
  type BusinessCalendar,
  type IllegalTransition,
  initialSnapshot,
  invalidArgument,
  type LocalDate,
  localDateSchema,
  parseInput,
  type Result,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { parseRecordSnapshot } from "../recordSnapshot.js";
import {
  type CapaDueDatePolicy,
  type CapaStep,
  capaDueDates,
  capaSteps,
  defaultCapaDueDatePolicy,
} from "./capaDueDates.js";
import { type CapaSnapshot, type CapaState, capaMachine } from "./capaMachine.js";
import { type CapaRecord, capaEventSchema, capaInputSchema, capaRecordSchema } from "./capaRecord.js";

/**
 * Opens a CAPA (8D) in state `team`, with the due date of every step computed in business days of `calendar`.
 *
 * @throws `INVALID_ARGUMENT` for an invalid input or policy; `CALENDAR_OUT_OF_RANGE` when a due date falls outside
 *   the calendar's data
 * @example
 * ```ts
 * const capa = openCapa(
 *   { id: "CAPA-000001", problem: "Cracked housings at IQC", openedOn: "2026-09-30", ncrIds: ["NCR-000001"] },
 *   createBusinessCalendar(CN_2026),
 * );
 * capa.context.due.containment; // "2026-10-08" (Golden Week skipped)
 * ```
 */
export function openCapa(
  input: z.input<typeof capaInputSchema>,
  calendar: BusinessCalendar,
  policy: CapaDueDatePolicy = defaultCapaDueDatePolicy,
): CapaSnapshot {
  const parsed = parseInput(capaInputSchema, input, ["input"]);
  const due = capaDueDates(calendar, parsed.openedOn, policy);
  return initialSnapshot(capaMachine, { ...parsed, calendarId: calendar.id, due, doneOn: {}, verifications: [] });
}

/**
 * Validates an event and applies it to a CAPA.
 *
 * @returns the next snapshot, or `ILLEGAL_TRANSITION` when the step is not the current one (or the closing
 *   approver is the team leader: `blockedBy: ["approverIsNotLeader"]`)
 * @throws `INVALID_ARGUMENT` for an invalid snapshot or event, or a step dated before the CAPA was opened
 * @example
 * ```ts
 * const r = applyCapaEvent(capa, { type: "FORM_TEAM", on: "2026-09-30", leader: "sqe.chen", members: ["qe.li"] });
 * if (r.ok) r.value.snapshot.state; // "containment"
 * ```
 */
export function applyCapaEvent(
  snapshot: CapaSnapshot,
  event: z.input<typeof capaEventSchema>,
  meta?: StepMeta,
): Result<Step<CapaState, CapaRecord>, IllegalTransition> {
  const current = parseRecordSnapshot(capaMachine, capaRecordSchema, snapshot);
  const parsed = parseInput(capaEventSchema, event, ["event"]);
  if (parsed.on < current.context.openedOn)
    throw invalidArgument(["event", "on"], `must not be before the CAPA was opened (${current.context.openedOn})`);
  return transition(capaMachine, current, parsed, meta);
}

/**
 * A step's timing: its due date and, once done, the date it was done.
 *
 * @example
 * ```ts
 * const t: CapaStepTiming = { step: "containment", due: "2026-10-08", doneOn: "2026-10-09" };
 * ```
 */
export interface CapaStepTiming {
  readonly step: CapaStep;
  readonly due: LocalDate;
  readonly doneOn?: LocalDate;
}

/**
 * Which steps of a CAPA are overdue on a date (not done and due before it) and which were done late. A closed or
 * cancelled CAPA has nothing overdue.
 *
 * @throws `INVALID_ARGUMENT` for an invalid snapshot or date
 * @example
 * ```ts
 * capaTimeliness(capa, "2026-10-09");
 * // { overdue: [{ step: "team", due: "2026-10-08" }, { step: "containment", due: "2026-10-08" }], late: [] }
 * ```
 */
export function capaTimeliness(
  snapshot: CapaSnapshot,
  today: LocalDate,
): { readonly overdue: CapaStepTiming[]; readonly late: CapaStepTiming[] } {
  const { state, context: record } = parseRecordSnapshot(capaMachine, capaRecordSchema, snapshot);
  const date = parseInput(localDateSchema, today, ["today"]);
  const active = !capaMachine.final.includes(state);
  const overdue: CapaStepTiming[] = [];
  const late: CapaStepTiming[] = [];
  for (const step of capaSteps) {
    const due = record.due[step];
    const doneOn = record.doneOn[step];
    if (doneOn === undefined) {
      if (active && due < date) overdue.push({ step, due });
    } else if (doneOn > due) late.push({ step, due, doneOn });
  }
  return { overdue, late };
}
