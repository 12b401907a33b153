/** Keeps every machine instance the journey drives, so the report can print their current states at the end. */
import type { Machine, MachineEvent, Snapshot } from "../../src/core/index.js";

// biome-ignore lint/suspicious/noExplicitAny: a registry of machines of different state, event and context types
type AnyMachine = Machine<string, any, any>;

const instances = new Map<string, { machine: AnyMachine; snapshot: Snapshot<string, unknown> }>();

export const machines = {
  /** Records (or updates) the latest snapshot of a named instance. */
  track<S extends string, E extends MachineEvent, C>(
    name: string,
    machine: Machine<S, E, C>,
    snapshot: Snapshot<S, C>,
  ) {
    instances.set(name, { machine: machine as unknown as AnyMachine, snapshot });
  },
  /** Instances in the order they were first tracked. */
  instances() {
    return [...instances].map(([name, { machine, snapshot }]) => ({
      name,
      machineId: machine.id,
      state: snapshot.state,
    }));
  },
  /** The distinct machine definitions used. */
  definitions(): AnyMachine[] {
    return [...new Set([...instances.values()].map((i) => i.machine))];
  },
};
