import * as z from "zod";
import { type Money, moneySchema } from "../../core/index.js";
import { isoInstantSchema } from "../recordSnapshot.js";
import { dispositionLineSchema } from "./disposition.js";

const person = z.string().min(1);
/** Proposed lines cannot carry an approval: concessions are approved by APPROVE_CONCESSION only. */
const proposedLineSchema = dispositionLineSchema.omit({ approvedBy: true });
/** Money as JSON or a `Money` value (the core schema accepts both at run time). */
const amountSchema = moneySchema as unknown as z.ZodType<Money, Money | { amount: string; currency: string }>;

/**
 * Schema of the events {@link applyNcrEvent} accepts, as JSON. In `RECORD_SORT_RESULT`, `followUp` lines
 * disposition the units the sort rejected (their `from` is set to `line`).
 *
 * @example
 * ```ts
 * ncrEventSchema.parse({ type: "RECORD_SORT_RESULT", line: 0, passed: 1150, failed: 50, followUp: [{ action: "scrap", quantity: 50 }] });
 * ```
 */
export const ncrEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("PROPOSE_DISPOSITION"), lines: z.array(proposedLineSchema).min(1), by: person }),
  z.object({
    type: z.literal("RECORD_SORT_RESULT"),
    line: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    followUp: z.array(proposedLineSchema.omit({ from: true })).default([]),
  }),
  z.object({ type: z.literal("APPROVE_CONCESSION"), approver: person }),
  z.object({ type: z.literal("REJECT_CONCESSION"), approver: person, reason: z.string().min(1) }),
  z.object({
    type: z.literal("OPEN_CLAIM"),
    claimId: z.string().min(1),
    at: isoInstantSchema,
    reason: z.string().min(1),
    amount: amountSchema.optional(),
  }),
  z.object({
    type: z.literal("RECORD_CLAIM_ANSWER"),
    at: isoInstantSchema,
    answer: z.enum(["accepted", "partially-accepted", "disputed"]),
    note: z.string().min(1).optional(),
  }),
  z.object({ type: z.literal("CLOSE"), at: isoInstantSchema }),
  z.object({ type: z.literal("CANCEL"), reason: z.string().min(1) }),
]);

/**
 * An NCR event after validation, see {@link ncrEventSchema}.
 *
 * @example
 * ```ts
 * const e: NcrEvent = { type: "APPROVE_CONCESSION", approver: "qa.manager.wang" };
 * ```
 */
export type NcrEvent = z.output<typeof ncrEventSchema>;
