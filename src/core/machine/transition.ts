import { invalidArgument } from "../errors/invalidArgument.js";
import { err, ok, type Result } from "../result.js";
import type {
  Effect,
  HistoryEntry,
  IllegalTransition,
  Machine,
  MachineEvent,
  Snapshot,
  Step,
  StepMeta,
} from "./types.js";

/**
 * A machine's starting snapshot for a new record.
 *
 * @example
 * ```ts
 * const snap = initialSnapshot(ticket, { answered: false });
 * snap.state; // "open"
 * ```
 */
export function initialSnapshot<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  context: NoInfer<C>,
): Snapshot<S, C> {
  return { machine: machine.id, state: machine.initial, context, history: [] };
}

const NO_EFFECTS: readonly Effect[] = Object.freeze([]);

/**
 * Computes the next snapshot for an event, purely: the first row of the table for the current state and event
 * whose guard passes (or that has none) applies. Nothing is mutated and no effect is run: effects come back as data.
 *
 * @returns the next snapshot and effects, or an `ILLEGAL_TRANSITION` value naming the state, the event and the
 *   guards that refused
 * @throws `INVALID_ARGUMENT` when the snapshot belongs to another machine or names an unknown state, or the event
 *   has no `type`
 * @example
 * ```ts
 * const r = transition(ticket, snap, { type: "CLOSE" }, { at: new Date(), actor: "agent.li" });
 * if (!r.ok) console.log(r.error.code); // "ILLEGAL_TRANSITION" while ctx.answered is false
 * ```
 */
export function transition<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  snapshot: Snapshot<S, C>,
  event: NoInfer<E>,
  meta?: StepMeta,
): Result<Step<S, C>, IllegalTransition> {
  const byEvent = machine.index.get(snapshot?.state);
  if (!byEvent || snapshot.machine !== machine.id) {
    throw invalidArgument(["snapshot"], `is not a snapshot of machine "${machine.id}" (state "${snapshot?.state}")`);
  }
  if (typeof event?.type !== "string") throw invalidArgument(["event", "type"], "must be a string");
  const rows = byEvent.get(event.type);
  const blockedBy: string[] = [];
  if (rows) {
    for (const row of rows) {
      if (row.guard !== undefined) {
        const guard = machine.guards?.[row.guard];
        if (!guard?.(snapshot.context, event)) {
          blockedBy.push(row.guard);
          continue;
        }
      }
      const context = row.update ? row.update(snapshot.context, event) : snapshot.context;
      const effects =
        row.effects === undefined
          ? NO_EFFECTS
          : typeof row.effects === "function"
            ? row.effects(snapshot.context, event)
            : row.effects;
      const entry = historyEntry(snapshot.state, row.to, event.type, meta);
      return ok({
        snapshot: { machine: machine.id, state: row.to, context, history: [...snapshot.history, entry] },
        effects,
      });
    }
  }
  const blocked = blockedBy;
  return err({
    code: "ILLEGAL_TRANSITION",
    message:
      blocked.length > 0
        ? `${machine.id}: "${event.type}" in state "${snapshot.state}" refused by ${blocked.join(", ")}`
        : `${machine.id}: "${event.type}" is not allowed in state "${snapshot.state}"`,
    machine: machine.id,
    state: snapshot.state,
    event: event.type,
    blockedBy: blocked,
  });
}

function historyEntry(from: string, to: string, event: string, meta: StepMeta | undefined): HistoryEntry {
  if (!meta) return { from, to, event };
  const entry: { -readonly [K in keyof HistoryEntry]: HistoryEntry[K] } = { from, to, event };
  if (meta.at !== undefined) entry.at = typeof meta.at === "string" ? meta.at : meta.at.toISOString();
  if (meta.actor !== undefined) entry.actor = meta.actor;
  if (meta.reason !== undefined) entry.reason = meta.reason;
  return entry;
}

/**
 * The event types that have a row leaving the current state (guards are not evaluated, since they may need the
 * event's payload; use {@link canTransition} for a concrete event).
 *
 * @example
 * ```ts
 * availableEvents(ticket, snap); // ["CLOSE"]
 * ```
 */
export function availableEvents<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  snapshot: Snapshot<S, C>,
): E["type"][] {
  return [...(machine.index.get(snapshot.state)?.keys() ?? [])] as E["type"][];
}

/**
 * Whether this concrete event would be accepted now (its guards are evaluated).
 *
 * @example
 * ```ts
 * canTransition(ticket, snap, { type: "CLOSE" }); // false until answered
 * ```
 */
export function canTransition<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  snapshot: Snapshot<S, C>,
  event: NoInfer<E>,
): boolean {
  return transition(machine, snapshot, event).ok;
}

/**
 * Replays an event log from the initial snapshot, stopping at the first refused event.
 *
 * @returns the final step with all effects in order, or the first `ILLEGAL_TRANSITION` with its `index` in the log
 * @example
 * ```ts
 * const r = replay(ticket, { answered: true }, [{ event: { type: "CLOSE" }, meta: { actor: "agent.li" } }]);
 * if (r.ok) r.value.snapshot.state; // "closed"
 * ```
 */
export function replay<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  context: NoInfer<C>,
  log: readonly { readonly event: NoInfer<E>; readonly meta?: StepMeta }[],
): Result<Step<S, C>, IllegalTransition & { readonly index: number }> {
  let snapshot = initialSnapshot(machine, context);
  const effects: Effect[] = [];
  for (const [index, item] of log.entries()) {
    const step = transition(machine, snapshot, item.event, item.meta);
    if (!step.ok) return err({ ...step.error, index });
    snapshot = step.value.snapshot;
    effects.push(...step.value.effects);
  }
  return ok({ snapshot, effects });
}
