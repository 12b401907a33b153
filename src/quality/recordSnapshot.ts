import type * as z from "zod";
import {
  instantSchema,
  invalidArgument,
  type Machine,
  type MachineEvent,
  parseInput,
  type Snapshot,
} from "../core/index.js";

/** @internal An instant given as a `Date` or an ISO 8601 string, stored as an ISO string in records and events. */
export const isoInstantSchema = instantSchema.transform((date) => date.toISOString());

/**
 * @internal Checks that a stored snapshot belongs to `machine` and names one of its states, and validates its
 * context with the record's schema; returns the snapshot with the parsed context.
 */
export function parseRecordSnapshot<S extends string, E extends MachineEvent, C>(
  machine: Machine<S, E, C>,
  schema: z.ZodType<C>,
  snapshot: Snapshot<S, C>,
): Snapshot<S, C> {
  if (snapshot?.machine !== machine.id) throw invalidArgument(["snapshot", "machine"], `must be "${machine.id}"`);
  if (!machine.states.includes(snapshot.state))
    throw invalidArgument(["snapshot", "state"], `must be one of ${machine.states.join(", ")}`);
  return { ...snapshot, context: parseInput(schema, snapshot.context, ["snapshot", "context"]) };
}
