import { defineMachine, type Machine } from "../../core/index.js";
import type { SamplingPlan } from "./samplingPlan.js";
import { inspectedLotOutcome, reducedConditionsMet, type SwitchingContext } from "./switchingRules.js";

/**
 * The states of the switching rules: the inspection severity in force, or discontinued.
 *
 * @example
 * ```ts
 * const state: SwitchingState = "tightened";
 * ```
 */
export type SwitchingState = "normal" | "tightened" | "reduced" | "discontinued";

/**
 * Events of the switching machine: an inspected (decided) lot, production becoming irregular, other conditions
 * requiring normal inspection, the responsible authority's approval of reduced inspection changing, and inspection
 * resuming after the supplier's corrective action.
 *
 * @example
 * ```ts
 * const event: SwitchingEvent = { type: "LOT_INSPECTED", plan: samplingPlan({ lotSize: 1500, aql: 2.5 }), nonconforming: 3 };
 * ```
 */
export type SwitchingEvent =
  | { readonly type: "LOT_INSPECTED"; readonly plan: SamplingPlan; readonly nonconforming: number | readonly number[] }
  | { readonly type: "PRODUCTION_IRREGULAR" }
  | { readonly type: "NORMAL_INSPECTION_REQUIRED" }
  | { readonly type: "REDUCED_APPROVAL_CHANGED"; readonly approved: boolean }
  | { readonly type: "INSPECTION_RESUMED" };

type Ctx = SwitchingContext;
type Ev = SwitchingEvent;

const lotOf = (event: Ev) => {
  if (event.type !== "LOT_INSPECTED") return undefined;
  return inspectedLotOutcome(event.plan, event.nonconforming);
};

function recordNormal(context: Ctx, event: Ev): Ctx {
  const lot = lotOf(event);
  if (!lot) return context;
  return {
    ...context,
    normalHistory: [...context.normalHistory, lot.record].slice(-10),
    switchingScore: lot.scoreIncrement === 0 ? 0 : context.switchingScore + lot.scoreIncrement,
  };
}

/** Every switch starts the counts afresh: history and score for normal, the two tightened counters. */
const resetCounters = (context: Ctx): Ctx => ({
  ...context,
  normalHistory: [],
  switchingScore: 0,
  tightenedAcceptedInRow: 0,
  tightenedNotAccepted: 0,
});

const setApproval = (context: Ctx, event: Ev): Ctx =>
  event.type === "REDUCED_APPROVAL_CHANGED" ? { ...context, reducedApproved: event.approved } : context;

function recordTightened(context: Ctx, event: Ev): Ctx {
  const lot = lotOf(event);
  if (!lot) return context;
  return lot.accepted
    ? { ...context, tightenedAcceptedInRow: context.tightenedAcceptedInRow + 1 }
    : { ...context, tightenedAcceptedInRow: 0, tightenedNotAccepted: context.tightenedNotAccepted + 1 };
}

const changed = (from: SwitchingState, to: SwitchingState, reason: string) => [
  { type: "INSPECTION_SEVERITY_CHANGED", from, to, reason },
];

/**
 * The switching rules of ISO 2859-1:1999 (clause 9) and ANSI/ASQ Z1.4-2008 as a machine; the edition in the context
 * picks the normal-to-reduced rule.
 *
 * - normal → tightened: 2 of 5 or fewer consecutive lots not accepted on original inspection;
 * - tightened → normal: 5 consecutive lots accepted;
 * - tightened → discontinued: 5 lots not accepted in all while on tightened inspection;
 * - normal → reduced: ISO — switching score ≥ 30; Z1.4 — preceding 10 lots accepted and their total nonconforming
 *   within the limit number; both also need steady production and the responsible authority's approval;
 * - reduced → normal: a lot not accepted (Z1.4 also: accepted with a count between Ac and Re), irregular production,
 *   or other conditions;
 * - discontinued → tightened: inspection resumed after the supplier's corrective action.
 *
 * @example
 * ```ts
 * let snapshot = initialSnapshot(samplingSwitchingMachine, createSwitchingContext({ reducedApproved: true }));
 * const step = transition(samplingSwitchingMachine, snapshot, { type: "LOT_INSPECTED", plan, nonconforming: 9 });
 * if (step.ok) snapshot = step.value.snapshot;
 * ```
 */
export const samplingSwitchingMachine: Machine<SwitchingState, SwitchingEvent, SwitchingContext> = defineMachine<
  SwitchingState,
  SwitchingEvent,
  SwitchingContext
>({
  id: "sampling-switching",
  initial: "normal",
  states: ["normal", "tightened", "reduced", "discontinued"],
  labels: {
    normal: "正常检验 normal",
    tightened: "加严检验 tightened",
    reduced: "放宽检验 reduced",
    discontinued: "暂停检验 discontinued",
  },
  transitions: [
    {
      from: "normal",
      event: "LOT_INSPECTED",
      to: "tightened",
      guard: "twoOfFiveNotAccepted",
      update: resetCounters,
      effects: changed("normal", "tightened", "2 of 5 or fewer consecutive lots not accepted"),
    },
    {
      from: "normal",
      event: "LOT_INSPECTED",
      to: "reduced",
      guard: "reducedConditionsMet",
      update: (context, event) => ({ ...recordNormal(context, event), switchingScore: 0 }),
      effects: changed("normal", "reduced", "conditions for reduced inspection met"),
    },
    { from: "normal", event: "LOT_INSPECTED", to: "normal", update: recordNormal },
    { from: "normal", event: "REDUCED_APPROVAL_CHANGED", to: "normal", update: setApproval },
    { from: "tightened", event: "REDUCED_APPROVAL_CHANGED", to: "tightened", update: setApproval },
    {
      from: "reduced",
      event: "REDUCED_APPROVAL_CHANGED",
      to: "normal",
      guard: "approvalWithdrawn",
      update: (context) => ({ ...resetCounters(context), reducedApproved: false }),
      effects: changed("reduced", "normal", "reduced inspection no longer approved"),
    },
    { from: "reduced", event: "REDUCED_APPROVAL_CHANGED", to: "reduced", update: setApproval },
    {
      from: "tightened",
      event: "LOT_INSPECTED",
      to: "discontinued",
      guard: "fiveNotAcceptedOnTightened",
      update: recordTightened,
      effects: [{ type: "INSPECTION_DISCONTINUED", reason: "5 lots not accepted on tightened inspection" }],
    },
    {
      from: "tightened",
      event: "LOT_INSPECTED",
      to: "normal",
      guard: "fiveConsecutiveAccepted",
      update: resetCounters,
      effects: changed("tightened", "normal", "5 consecutive lots accepted"),
    },
    { from: "tightened", event: "LOT_INSPECTED", to: "tightened", update: recordTightened },
    {
      from: "reduced",
      event: "LOT_INSPECTED",
      to: "normal",
      guard: "lotNotAcceptedOrNormalReinstated",
      update: resetCounters,
      effects: changed("reduced", "normal", "lot not accepted (or accepted between Ac and Re) on reduced inspection"),
    },
    { from: "reduced", event: "LOT_INSPECTED", to: "reduced" },
    {
      from: "reduced",
      event: "PRODUCTION_IRREGULAR",
      to: "normal",
      update: resetCounters,
      effects: changed("reduced", "normal", "production irregular or delayed"),
    },
    {
      from: "reduced",
      event: "NORMAL_INSPECTION_REQUIRED",
      to: "normal",
      update: resetCounters,
      effects: changed("reduced", "normal", "other conditions warrant normal inspection"),
    },
    {
      from: "discontinued",
      event: "INSPECTION_RESUMED",
      to: "tightened",
      update: resetCounters,
      effects: changed("discontinued", "tightened", "supplier corrective action accepted; resume on tightened"),
    },
  ],
  guards: {
    twoOfFiveNotAccepted: (context, event) => {
      const lot = lotOf(event);
      if (!lot || lot.accepted) return false;
      const window = [...context.normalHistory.slice(-4), lot.record];
      return window.filter((record) => !record.accepted).length >= 2;
    },
    reducedConditionsMet: (context, event) => {
      const lot = lotOf(event);
      if (!lot?.accepted || !context.reducedApproved) return false;
      return reducedConditionsMet(recordNormal(context, event));
    },
    approvalWithdrawn: (_context, event) => event.type === "REDUCED_APPROVAL_CHANGED" && !event.approved,
    fiveNotAcceptedOnTightened: (context, event) => {
      const lot = lotOf(event);
      return lot?.accepted === false && context.tightenedNotAccepted + 1 >= 5;
    },
    fiveConsecutiveAccepted: (context, event) => {
      const lot = lotOf(event);
      return lot?.accepted === true && context.tightenedAcceptedInRow + 1 >= 5;
    },
    lotNotAcceptedOrNormalReinstated: (_context, event) => {
      const lot = lotOf(event);
      return lot !== undefined && (!lot.accepted || lot.reinstateNormal);
    },
  },
});
