import type * as z from "zod";
import {
  availableEvents,
  type IllegalTransition,
  initialSnapshot,
  invalidArgument,
  parseInput,
  type Result,
  type Step,
  type StepMeta,
  transition,
} from "../../core/index.js";
import { parseRecordSnapshot } from "../recordSnapshot.js";
import { balanceDispositions, type DispositionMismatch } from "./disposition.js";
import { type NcrEvent, ncrEventSchema } from "./ncrEvent.js";
import { linesAfter, type NcrSnapshot, type NcrState, ncrMachine } from "./ncrMachine.js";
import { type NcrRecord, ncrInputSchema, ncrRecordSchema } from "./ncrRecord.js";

/**
 * Raises an NCR in state `open` (the goods are on hold until dispositioned).
 *
 * @throws `INVALID_ARGUMENT` for an invalid input
 * @example
 * ```ts
 * const ncr = openNcr({
 *   id: "NCR-000001", source: { kind: "inspection", inspectionId: "IQC-000001" },
 *   lot: { lotId: "LOT-1", sku: "LAMP-01", supplierId: "SUP-7" }, quantity: 1200,
 *   description: "6 major nonconforming units in 80", raisedBy: "qc.zhang", raisedAt: "2026-03-02T11:30:00+08:00",
 * });
 * ncr.state; // "open"
 * ```
 */
export function openNcr(input: z.input<typeof ncrInputSchema>): NcrSnapshot {
  const parsed = parseInput(ncrInputSchema, input, ["input"]);
  return initialSnapshot(ncrMachine, { ...parsed, dispositions: [] });
}

/**
 * Validates an event and applies it to an NCR. Dispositions (proposed, or completed by a sort result) must account
 * for every unit exactly once; a concession waits for an approver other than the proposer; closing needs every
 * sort screened and every concession approved.
 *
 * @returns the next snapshot and effects (`emit-quality-events` for claims), `DISPOSITION_QUANTITY_MISMATCH` when
 *   quantities do not add up, or `ILLEGAL_TRANSITION` when the event is not allowed now (the refusing guard is named
 *   in `blockedBy`)
 * @throws `INVALID_ARGUMENT` for an invalid snapshot or event, or a sort result for a line that is not an unscreened sort
 * @example
 * ```ts
 * const r = applyNcrEvent(ncr, {
 *   type: "PROPOSE_DISPOSITION", by: "qe.li",
 *   lines: [{ action: "sort", quantity: 1200 }],
 * });
 * if (r.ok) r.value.snapshot.state; // "inExecution"
 * ```
 */
export function applyNcrEvent(
  snapshot: NcrSnapshot,
  event: z.input<typeof ncrEventSchema>,
  meta?: StepMeta,
): Result<Step<NcrState, NcrRecord>, IllegalTransition | DispositionMismatch> {
  const current = parseRecordSnapshot(ncrMachine, ncrRecordSchema, snapshot);
  const record = current.context;
  const parsed: NcrEvent = parseInput(ncrEventSchema, event, ["event"]);
  if (availableEvents(ncrMachine, current).includes(parsed.type)) {
    if (parsed.type === "RECORD_SORT_RESULT") {
      const line = record.dispositions[parsed.line];
      if (line?.action !== "sort" || line.result !== undefined)
        throw invalidArgument(["event", "line"], `line ${parsed.line} is not a sort line waiting for its result`);
    }
    const lines = linesAfter(record, parsed);
    if (lines !== undefined) {
      const balance = balanceDispositions(record.quantity, lines);
      if (!balance.ok) return balance;
    }
  }
  return transition(ncrMachine, current, parsed, meta);
}
