import * as z from "zod";
import {
  defineMachine,
  initialSnapshot,
  localDateSchema,
  type Machine,
  parseInput,
  type Snapshot,
} from "../../core/index.js";
import { nonEmptySchema } from "../shared/schemas.js";

/**
 * States of a sample request to one supplier: requested, shipped, received, evaluated, or cancelled.
 *
 * @example
 * ```ts
 * const state: SampleRequestState = "received";
 * ```
 */
export type SampleRequestState = "requested" | "shipped" | "received" | "evaluated" | "cancelled";

/**
 * Events of a sample request.
 *
 * @example
 * ```ts
 * const event: SampleRequestEvent = { type: "RECEIVE", receivedOn: "2026-05-18", quantity: 3 };
 * ```
 */
export type SampleRequestEvent =
  | { readonly type: "SHIP"; readonly tracking?: string }
  | { readonly type: "RECEIVE"; readonly receivedOn: string; readonly quantity: number }
  | { readonly type: "RECORD_EVALUATION"; readonly evaluationId: string; readonly passed: boolean }
  | { readonly type: "CANCEL" };

/**
 * What a sample request carries.
 *
 * @example
 * ```ts
 * const ctx: SampleRequestContext = { requestId: "SR-1", supplierId: "SUP-SZ-001", quantity: 3, drawings: ["DWG-PB-01 rev B"] };
 * ```
 */
export interface SampleRequestContext {
  readonly requestId: string;
  readonly supplierId: string;
  /** Samples asked for. */
  readonly quantity: number;
  readonly drawings: readonly string[];
  readonly dueOn?: string;
  readonly tracking?: string;
  readonly receivedOn?: string;
  readonly receivedQuantity?: number;
  readonly evaluationId?: string;
  readonly passed?: boolean;
}

/**
 * The sample request workflow (one per supplier): requested → shipped → received → evaluated, or cancelled before
 * evaluation. Receiving needs at least one sample (`someReceived`).
 *
 * @example
 * ```ts
 * assertMachineWellFormed(sampleRequestMachine);
 * ```
 */
export const sampleRequestMachine: Machine<SampleRequestState, SampleRequestEvent, SampleRequestContext> =
  defineMachine<SampleRequestState, SampleRequestEvent, SampleRequestContext>({
    id: "admission-sample-request",
    initial: "requested",
    states: ["requested", "shipped", "received", "evaluated", "cancelled"],
    final: ["evaluated", "cancelled"],
    transitions: [
      {
        from: "requested",
        event: "SHIP",
        to: "shipped",
        update: (ctx, e) => (e.type === "SHIP" && e.tracking ? { ...ctx, tracking: e.tracking } : ctx),
      },
      {
        from: ["requested", "shipped"],
        event: "RECEIVE",
        to: "received",
        guard: "someReceived",
        update: (ctx, e) =>
          e.type === "RECEIVE" ? { ...ctx, receivedOn: e.receivedOn, receivedQuantity: e.quantity } : ctx,
      },
      {
        from: "received",
        event: "RECORD_EVALUATION",
        to: "evaluated",
        update: (ctx, e) =>
          e.type === "RECORD_EVALUATION" ? { ...ctx, evaluationId: e.evaluationId, passed: e.passed } : ctx,
        effects: (ctx, e) => [
          { type: "sample-evaluated", supplierId: ctx.supplierId, passed: e.type === "RECORD_EVALUATION" && e.passed },
        ],
      },
      { from: ["requested", "shipped", "received"], event: "CANCEL", to: "cancelled" },
    ],
    guards: { someReceived: (_ctx, e) => e.type === "RECEIVE" && Number.isInteger(e.quantity) && e.quantity > 0 },
  });

const newSampleRequestSchema = z.object({
  requestId: nonEmptySchema,
  supplierId: nonEmptySchema,
  quantity: z.int().positive(),
  drawings: z.array(nonEmptySchema).default([]),
  dueOn: localDateSchema.optional(),
});

/**
 * Opens a sample request to a supplier, with the drawings the samples will be checked against.
 *
 * @throws `INVALID_ARGUMENT` for a malformed request (path `["input", ...]`)
 * @example
 * ```ts
 * const request = requestSample({ requestId: "SR-1", supplierId: "SUP-SZ-001", quantity: 3, drawings: ["DWG-PB-01 rev B"], dueOn: "2026-05-20" });
 * request.state; // "requested"
 * ```
 */
export function requestSample(
  input: z.input<typeof newSampleRequestSchema>,
): Snapshot<SampleRequestState, SampleRequestContext> {
  const parsed = parseInput(newSampleRequestSchema, input, ["input"]);
  return initialSnapshot(sampleRequestMachine, {
    requestId: parsed.requestId,
    supplierId: parsed.supplierId,
    quantity: parsed.quantity,
    drawings: parsed.drawings,
    ...(parsed.dueOn ? { dueOn: parsed.dueOn } : {}),
  });
}
