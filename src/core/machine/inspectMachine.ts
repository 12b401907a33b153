import { CrossborderOpsError } from "../errors/CrossborderOpsError.js";
import type { Machine, MachineEvent } from "./types.js";

/**
 * One row of a machine's table as plain data, for docs and tools.
 *
 * @example
 * ```ts
 * const row: TransitionRow = { from: "open", event: "CLOSE", to: "closed", guard: "hasAnswer" };
 * ```
 */
export interface TransitionRow {
  readonly from: string;
  readonly event: string;
  readonly to: string;
  readonly guard?: string;
}

/**
 * Lists a machine's transitions as flat rows (one per source state), in table order.
 *
 * @example
 * ```ts
 * listTransitions(ticket); // [{ from: "open", event: "CLOSE", to: "closed", guard: "hasAnswer" }]
 * ```
 */
export function listTransitions<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
): TransitionRow[] {
  const rows: TransitionRow[] = [];
  for (const row of machine.transitions) {
    const froms: readonly string[] = typeof row.from === "string" ? [row.from] : row.from;
    for (const from of froms)
      rows.push(
        row.guard === undefined
          ? { from, event: row.event, to: row.to }
          : { from, event: row.event, to: row.to, guard: row.guard },
      );
  }
  return rows;
}

/**
 * Draws a machine as a Mermaid `stateDiagram-v2`, with guards in brackets and final states pointing to `[*]`.
 *
 * @example
 * ```ts
 * toMermaid(ticket);
 * // stateDiagram-v2
 * //   [*] --> open
 * //   open --> closed : CLOSE [hasAnswer]
 * //   closed --> [*]
 * ```
 */
export function toMermaid<S extends string, E extends MachineEvent, C>(machine: Machine<S, E, C>): string {
  const id = (state: string) => state.replace(/[^A-Za-z0-9_]/g, "_");
  const lines = ["stateDiagram-v2", `  [*] --> ${id(machine.initial)}`];
  for (const state of machine.states) {
    const label = machine.labels?.[state];
    if (label !== undefined || id(state) !== state) lines.push(`  ${id(state)} : ${label ?? state}`);
  }
  for (const row of listTransitions(machine)) {
    lines.push(`  ${id(row.from)} --> ${id(row.to)} : ${row.event}${row.guard ? ` [${row.guard}]` : ""}`);
  }
  for (const state of machine.final) lines.push(`  ${id(state)} --> [*]`);
  return lines.join("\n");
}

/**
 * What a structural check of a machine found: states that cannot be reached from the initial one, and non-final
 * states with no way out.
 *
 * @example
 * ```ts
 * const report: MachineReport = { unreachable: [], deadEnds: [] };
 * ```
 */
export interface MachineReport {
  readonly unreachable: readonly string[];
  readonly deadEnds: readonly string[];
}

/**
 * Checks a machine's shape: every state reachable from the initial one, no dead end except final states.
 *
 * @example
 * ```ts
 * analyzeMachine(ticket); // { unreachable: [], deadEnds: [] }
 * ```
 */
export function analyzeMachine<S extends string, E extends MachineEvent, C>(machine: Machine<S, E, C>): MachineReport {
  const seen = new Set<string>([machine.initial]);
  const queue: string[] = [machine.initial];
  while (queue.length > 0) {
    const state = queue.shift() as string;
    for (const rows of machine.index.get(state)?.values() ?? []) {
      for (const row of rows) {
        if (!seen.has(row.to)) {
          seen.add(row.to);
          queue.push(row.to);
        }
      }
    }
  }
  const unreachable = machine.states.filter((state) => !seen.has(state));
  const deadEnds = machine.states.filter(
    (state) => !machine.final.includes(state) && (machine.index.get(state)?.size ?? 0) === 0,
  );
  return { unreachable, deadEnds };
}

/**
 * Throws when {@link analyzeMachine} finds unreachable states or dead ends. Every machine in the library is run
 * through it in the tests; host apps can do the same with their own machines.
 *
 * @throws `INVALID_MACHINE` with one issue per unreachable state or dead end
 * @example
 * ```ts
 * assertMachineWellFormed(ticket); // passes silently
 * ```
 */
export function assertMachineWellFormed<S extends string, E extends MachineEvent, C>(machine: Machine<S, E, C>): void {
  const report = analyzeMachine(machine);
  const issues = [
    ...report.unreachable.map((state) => ({
      path: ["states", state],
      message: `"${state}" cannot be reached from "${machine.initial}"`,
    })),
    ...report.deadEnds.map((state) => ({
      path: ["states", state],
      message: `"${state}" is not final but has no way out`,
    })),
  ];
  if (issues.length > 0)
    throw new CrossborderOpsError("INVALID_MACHINE", issues, `machine "${machine.id}" is not well formed`);
}
