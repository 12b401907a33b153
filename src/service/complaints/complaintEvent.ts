import * as z from "zod";
import { instantSchema } from "../../core/index.js";
import { payableAmountSchema } from "../returns/rmaEvent.js";
import { complaintLinksSchema } from "./complaintLinks.js";

const text = z.string().trim().min(1, { message: "must not be empty" });
const at = instantSchema.transform((date) => date.toISOString());

const complaintResolutionSchema = z.object({
  kind: z.enum(["refund", "replacement", "voucher", "apology", "other"]),
  summary: text,
  compensation: payableAmountSchema.optional(),
});

const complaintRootCauseSchema = z.object({
  category: z.enum(["supplier", "production", "logistics", "listing", "service", "other"]),
  description: text,
  capaRequired: z.boolean(),
});

/**
 * Schema of the events {@link applyComplaintEvent} accepts: `at` is a `Date` or an ISO 8601 instant (written back
 * as an ISO string in UTC), `level` a positive integer, a compensation positive money in a known currency (written
 * back as JSON), texts are not empty.
 *
 * @example
 * ```ts
 * complaintEventSchema.parse({ type: "ESCALATE", at: "2026-03-03T10:00:00+08:00", level: 1, reason: "first reply overdue" });
 * // { type: "ESCALATE", at: "2026-03-03T02:00:00.000Z", level: 1, reason: "first reply overdue" }
 * ```
 */
export const complaintEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ACKNOWLEDGE"), at }),
  z.object({ type: z.literal("LINK"), links: complaintLinksSchema }),
  z.object({ type: z.literal("ESCALATE"), at, level: z.number().int().positive(), reason: text }),
  z.object({ type: z.literal("ASSIGN"), at, to: text }),
  z.object({
    type: z.literal("RESOLVE"),
    at,
    resolution: complaintResolutionSchema,
    rootCause: complaintRootCauseSchema.optional(),
  }),
  z.object({ type: z.literal("REOPEN"), at }),
  z.object({ type: z.literal("CLOSE"), at }),
]);

/**
 * An event of the complaint machine, as validated by {@link complaintEventSchema}; `at` is an ISO instant.
 *
 * @example
 * ```ts
 * const e: ComplaintEvent = { type: "ESCALATE", at: "2026-03-03T02:00:00Z", level: 1, reason: "first reply overdue" };
 * ```
 */
export type ComplaintEvent = z.output<typeof complaintEventSchema>;

/**
 * A complaint event as {@link applyComplaintEvent} accepts it: `at` may also be a `Date`, a compensation a `Money`.
 *
 * @example
 * ```ts
 * const e: ComplaintEventInput = { type: "ACKNOWLEDGE", at: new Date("2026-03-02T08:30:00Z") };
 * ```
 */
export type ComplaintEventInput = z.input<typeof complaintEventSchema>;
