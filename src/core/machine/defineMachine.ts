import { CrossborderOpsError, type ValidationIssue } from "../errors/CrossborderOpsError.js";
import type { Machine, MachineDefinition, MachineEvent, TransitionDefinition } from "./types.js";

/**
 * Validates a machine definition and indexes its transition table for fast lookups. Every state a row names must
 * be declared, every guard named must exist, and final states have no outgoing rows.
 *
 * @throws `INVALID_ARGUMENT` listing every problem found in the definition
 * @example
 * ```ts
 * const ticket = defineMachine({
 *   id: "ticket",
 *   initial: "open",
 *   states: ["open", "closed"],
 *   final: ["closed"],
 *   transitions: [{ from: "open", event: "CLOSE", to: "closed", guard: "hasAnswer" }],
 *   guards: { hasAnswer: (ctx: { answered: boolean }) => ctx.answered },
 * });
 * ```
 */
export function defineMachine<S extends string, E extends MachineEvent, C>(
  definition: MachineDefinition<S, E, C>,
): Machine<S, E, C> {
  const issues: ValidationIssue[] = [];
  const states = new Set<string>(definition.states);
  const final = definition.final ?? [];
  if (typeof definition.id !== "string" || definition.id === "")
    issues.push({ path: ["id"], message: "must be a non-empty string" });
  if (states.size !== definition.states.length) issues.push({ path: ["states"], message: "must not repeat a state" });
  if (!states.has(definition.initial))
    issues.push({ path: ["initial"], message: `"${definition.initial}" is not a declared state` });
  final.forEach((state, i) => {
    if (!states.has(state)) issues.push({ path: ["final", i], message: `"${state}" is not a declared state` });
  });

  const index = new Map<string, Map<string, TransitionDefinition<S, E, C>[]>>();
  for (const state of definition.states) index.set(state, new Map());
  definition.transitions.forEach((row, i) => {
    const froms: readonly string[] = typeof row.from === "string" ? [row.from] : row.from;
    if (!states.has(row.to))
      issues.push({ path: ["transitions", i, "to"], message: `"${row.to}" is not a declared state` });
    if (row.guard !== undefined && !definition.guards?.[row.guard]) {
      issues.push({ path: ["transitions", i, "guard"], message: `guard "${row.guard}" is not defined in guards` });
    }
    for (const from of froms) {
      const byEvent = index.get(from);
      if (!byEvent) {
        issues.push({ path: ["transitions", i, "from"], message: `"${from}" is not a declared state` });
        continue;
      }
      if (final.includes(from as S)) {
        issues.push({
          path: ["transitions", i, "from"],
          message: `"${from}" is final and cannot have outgoing transitions`,
        });
      }
      const rows = byEvent.get(row.event) ?? [];
      rows.push(row);
      byEvent.set(row.event, rows);
    }
  });
  if (issues.length > 0) throw new CrossborderOpsError("INVALID_ARGUMENT", issues);
  return Object.freeze({ ...definition, final: [...final], index });
}
