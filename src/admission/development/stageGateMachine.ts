import { defineMachine, type Machine, type TransitionDefinition } from "../../core/index.js";
import { type DevelopmentStage, developmentStageSchema, evaluateGateReview, type GateReview } from "./gateReview.js";

/**
 * The states of a development project: one per stage, `onHold`, and the final `massProductionReady` and `killed`.
 *
 * @example
 * ```ts
 * const state: DevelopmentState = "onHold";
 * ```
 */
export type DevelopmentState = DevelopmentStage | "onHold" | "massProductionReady" | "killed";

/**
 * Gate decisions as events: `GO` (the gate review passes; next stage), `HOLD`, `RESUME`, `KILL`, and `RECYCLE` back
 * to an earlier stage with reasons.
 *
 * @example
 * ```ts
 * const recycle: DevelopmentEvent = { type: "RECYCLE", to: "design", reasons: ["drop test failed: housing cracks"] };
 * ```
 */
export type DevelopmentEvent =
  | { readonly type: "GO"; readonly review: GateReview }
  | { readonly type: "HOLD" }
  | { readonly type: "RESUME" }
  | { readonly type: "KILL" }
  | { readonly type: "RECYCLE"; readonly to: DevelopmentStage; readonly reasons: readonly string[] };

/**
 * What a development project carries: the gate reviews passed, the recycles with reasons, where it was put on hold,
 * and the design freeze date (set when the design gate is passed).
 *
 * @example
 * ```ts
 * const ctx: DevelopmentContext = { projectId: "DEV-PB-01", productId: "PB-10K-MAG", gateReviews: [], recycles: [] };
 * ```
 */
export interface DevelopmentContext {
  readonly projectId: string;
  readonly productId: string;
  readonly gateReviews: readonly GateReview[];
  readonly recycles: readonly {
    readonly from: DevelopmentStage;
    readonly to: DevelopmentStage;
    readonly reasons: readonly string[];
  }[];
  readonly heldAt?: DevelopmentStage;
  readonly designFrozenOn?: string;
}

type Row = TransitionDefinition<DevelopmentState, DevelopmentEvent, DevelopmentContext>;
const STAGES = developmentStageSchema.options;
const cap = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

function rowsFor(stage: DevelopmentStage, index: number): Row[] {
  const next: DevelopmentState = STAGES[index + 1] ?? "massProductionReady";
  const rows: Row[] = [
    {
      from: stage,
      event: "GO",
      to: next,
      guard: "gatePassed",
      update: (ctx, e) => {
        if (e.type !== "GO") return ctx;
        const frozen =
          stage === "design" && ctx.designFrozenOn === undefined ? { designFrozenOn: e.review.decidedOn } : {};
        return { ...ctx, ...frozen, gateReviews: [...ctx.gateReviews, e.review] };
      },
      effects: stage === "pilotRun" ? [{ type: "ready-for-mass-production" }] : [],
    },
    { from: stage, event: "HOLD", to: "onHold", update: (ctx) => ({ ...ctx, heldAt: stage }) },
    { from: "onHold", event: "RESUME", to: stage, guard: `heldAt${cap(stage)}` },
  ];
  for (const earlier of STAGES.slice(0, index)) {
    rows.push({
      from: stage,
      event: "RECYCLE",
      to: earlier,
      guard: `recyclesTo${cap(earlier)}`,
      update: (ctx, e) =>
        e.type === "RECYCLE"
          ? { ...ctx, recycles: [...ctx.recycles, { from: stage, to: earlier, reasons: [...e.reasons] }] }
          : ctx,
    });
  }
  return rows;
}

/**
 * The stage-gate development workflow as data. `GO` needs the gate review to pass ({@link evaluateGateReview}:
 * every criterion met with evidence, every deliverable delivered); `RECYCLE` goes back to an earlier stage and
 * needs at least one reason; `HOLD` remembers the stage so `RESUME` returns to it; `KILL` ends the project from any
 * stage or from hold. Passing the design gate freezes the design (engineering changes are needed after that).
 *
 * @example
 * ```ts
 * assertMachineWellFormed(stageGateMachine);
 * ```
 */
export const stageGateMachine: Machine<DevelopmentState, DevelopmentEvent, DevelopmentContext> = defineMachine<
  DevelopmentState,
  DevelopmentEvent,
  DevelopmentContext
>({
  id: "admission-stage-gate",
  initial: "requirements",
  states: [...STAGES, "onHold", "massProductionReady", "killed"],
  final: ["massProductionReady", "killed"],
  labels: {
    requirements: "requirements 需求确定",
    design: "design 产品设计",
    prototype: "prototype 样品制作",
    testing: "testing 测试验证",
    iteration: "iteration 优化改进",
    pilotRun: "pilotRun 试产",
    onHold: "onHold 暂停",
    massProductionReady: "massProductionReady 量产准备就绪",
    killed: "killed 终止",
  },
  transitions: [...STAGES.flatMap(rowsFor), { from: [...STAGES, "onHold"], event: "KILL", to: "killed" }],
  guards: {
    gatePassed: (_ctx, e) => e.type === "GO" && evaluateGateReview(e.review).passed,
    ...Object.fromEntries(STAGES.map((s) => [`heldAt${cap(s)}`, (ctx: DevelopmentContext) => ctx.heldAt === s])),
    ...Object.fromEntries(
      STAGES.map((s) => [
        `recyclesTo${cap(s)}`,
        (_ctx: DevelopmentContext, e: DevelopmentEvent) =>
          e.type === "RECYCLE" && e.to === s && e.reasons.some((r) => r.trim() !== ""),
      ]),
    ),
  },
});
