/**
 * An event sent to a machine: a `type` plus any payload.
 *
 * @example
 * ```ts
 * type PoEvent = { type: "SUBMIT" } | { type: "APPROVE"; approver: string };
 * ```
 */
export interface MachineEvent {
  readonly type: string;
}

/**
 * A side effect a transition asks the host to perform (send a notice, open an NCR...). Returned as data, never run
 * by the library.
 *
 * @example
 * ```ts
 * const effect: Effect = { type: "notify-buyer", template: "shipped" };
 * ```
 */
export interface Effect {
  readonly type: string;
  readonly [key: string]: unknown;
}

/**
 * A named guard: a pure predicate over the context and the event.
 *
 * @example
 * ```ts
 * const hasApprover: Guard<{ approvers: string[] }, { type: "APPROVE" }> = (ctx) => ctx.approvers.length > 0;
 * ```
 */
export type Guard<C, E extends MachineEvent> = (context: C, event: E) => boolean;

/**
 * One row of a machine's transition table.
 *
 * @example
 * ```ts
 * const row: TransitionDefinition<"draft" | "sent", { type: "SEND" }, {}> = { from: "draft", event: "SEND", to: "sent" };
 * ```
 */
export interface TransitionDefinition<S extends string, E extends MachineEvent, C> {
  /** The state or states this row leaves from. */
  readonly from: S | readonly S[];
  /** The event type that fires it. */
  readonly event: E["type"];
  /** The state it enters. */
  readonly to: S;
  /** Name of a guard in the machine's `guards`; the row applies only when it returns true. */
  readonly guard?: string;
  /** Pure context update, `(context, event) => nextContext`. */
  readonly update?: (context: C, event: E) => C;
  /** Effects to return with the step, as a fixed list or computed from the context and the event. */
  readonly effects?: readonly Effect[] | ((context: C, event: E) => readonly Effect[]);
  /** Shown in docs. */
  readonly description?: string;
}

/**
 * A machine described as data: its states, final states, transition table and named guards. Pass it to
 * `defineMachine` to validate and index it.
 *
 * @example
 * ```ts
 * const def: MachineDefinition<"open" | "closed", { type: "CLOSE" }, {}> = {
 *   id: "ticket", initial: "open", states: ["open", "closed"], final: ["closed"],
 *   transitions: [{ from: "open", event: "CLOSE", to: "closed" }],
 * };
 * ```
 */
export interface MachineDefinition<S extends string, E extends MachineEvent, C> {
  readonly id: string;
  readonly initial: S;
  readonly states: readonly S[];
  readonly final?: readonly S[];
  readonly transitions: readonly TransitionDefinition<S, E, C>[];
  readonly guards?: Readonly<Record<string, Guard<C, E>>>;
  /** Optional labels per state for drawings (e.g. Chinese names). */
  readonly labels?: Partial<Readonly<Record<S, string>>>;
}

/**
 * A validated machine with its lookup index. Created by `defineMachine`.
 *
 * @example
 * ```ts
 * const machine: Machine<"open" | "closed", { type: "CLOSE" }, {}> = defineMachine(def);
 * ```
 */
export interface Machine<S extends string, E extends MachineEvent, C> extends MachineDefinition<S, E, C> {
  readonly final: readonly S[];
  /** state → event type → candidate rows, in table order. */
  readonly index: ReadonlyMap<string, ReadonlyMap<string, readonly TransitionDefinition<S, E, C>[]>>;
}

/**
 * One step in a record's history: which event moved it from where to where, when, by whom and why.
 *
 * @example
 * ```ts
 * const entry: HistoryEntry = { from: "draft", to: "sent", event: "SEND", at: "2026-03-01T08:00:00.000Z", actor: "li.wei" };
 * ```
 */
export interface HistoryEntry {
  readonly from: string;
  readonly to: string;
  readonly event: string;
  /** ISO 8601 instant, from the host's Clock. */
  readonly at?: string;
  readonly actor?: string;
  readonly reason?: string;
}

/**
 * The state of one record driven by a machine: store it as JSON in the host's repository.
 *
 * @example
 * ```ts
 * const snap: Snapshot<"open" | "closed", {}> = { machine: "ticket", state: "open", context: {}, history: [] };
 * ```
 */
export interface Snapshot<S extends string, C> {
  readonly machine: string;
  readonly state: S;
  readonly context: C;
  readonly history: readonly HistoryEntry[];
}

/**
 * Who did a step, when and why; recorded in the history entry.
 *
 * @example
 * ```ts
 * const meta: StepMeta = { at: new Date("2026-03-01T08:00:00Z"), actor: "qc.zhang", reason: "3 major defects" };
 * ```
 */
export interface StepMeta {
  readonly at?: Date | string;
  readonly actor?: string;
  readonly reason?: string;
}

/**
 * The outcome code when an event is not allowed: no row for it in this state, or every row's guard refused it.
 *
 * @example
 * ```ts
 * if (!result.ok) console.log(result.error.state, result.error.event, result.error.blockedBy);
 * ```
 */
export interface IllegalTransition {
  readonly code: "ILLEGAL_TRANSITION";
  readonly message: string;
  readonly machine: string;
  readonly state: string;
  readonly event: string;
  /** Names of the guards that refused; empty when no row exists for this state and event. */
  readonly blockedBy: readonly string[];
}

/**
 * A successful step: the next snapshot and the effects to run.
 *
 * @example
 * ```ts
 * const r = transition(machine, snap, { type: "CLOSE" });
 * if (r.ok) { const { snapshot, effects } = r.value; }
 * ```
 */
export interface Step<S extends string, C> {
  readonly snapshot: Snapshot<S, C>;
  readonly effects: readonly Effect[];
}
