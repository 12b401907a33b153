import * as z from "zod";
import {
  instantSchema,
  isRoundedToMinor,
  localDateSchema,
  moneySchema,
  moneyToJson,
  signOfMoney,
} from "../../core/index.js";

const text = z.string().trim().min(1, { message: "must not be empty" });

/**
 * @internal A payable amount in an event: a Money or its JSON (`{ amount: "20.91", currency: "USD" }`), greater
 * than zero, in a known ISO 4217 currency and in whole minor units; written back as JSON padded to the minor units
 * (`"20.9"` → `"20.90"`).
 */
export const payableAmountSchema = moneySchema
  .superRefine((value, ctx) => {
    if (signOfMoney(value) <= 0) ctx.addIssue({ code: "custom", path: ["amount"], message: "must be greater than 0" });
    else if (!isRoundedToMinor(value))
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `must be a whole number of ${value.currency} minor units (e.g. round it with roundMoney)`,
      });
  })
  .transform((value) => moneyToJson(value, { padMinorUnits: true }));

/** An instant as an ISO 8601 string (a `Date` is written with `toISOString`); a string is kept as given. */
const instantTextSchema = z
  .union([z.date(), z.string()])
  .superRefine((value, ctx) => {
    if (!instantSchema.safeParse(value).success)
      ctx.addIssue({ code: "custom", message: 'must be an ISO 8601 instant such as "2026-03-21T00:00:00Z"' });
  })
  .transform((value) => (value instanceof Date ? value.toISOString() : value));

/**
 * Schema of the events {@link applyRmaEvent} accepts: amounts are positive money in a known currency (written back
 * as JSON, e.g. `{ amount: "20.90", currency: "USD" }`), `shipBy` is a `YYYY-MM-DD` date, `EXPIRE.at` an ISO
 * instant, texts are not empty.
 *
 * @example
 * ```ts
 * rmaEventSchema.parse({ type: "REFUND", amount: { amount: "20.9", currency: "USD" } });
 * // { type: "REFUND", amount: { amount: "20.90", currency: "USD" } }
 * ```
 */
export const rmaEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("APPROVE"), shipBy: localDateSchema }),
  z.object({ type: z.literal("DECLINE"), reason: text }),
  z.object({ type: z.literal("ISSUE_LABEL"), carrier: text, trackingNumber: text }),
  z.object({ type: z.literal("SHIP_BACK"), trackingNumber: text.optional() }),
  z.object({ type: z.literal("RECEIVE") }),
  z.object({
    type: z.literal("INSPECT"),
    outcome: z.enum(["as-described", "defect-confirmed", "damaged-by-buyer", "not-our-item"]),
    notes: text.optional(),
  }),
  z.object({ type: z.literal("REFUND"), amount: payableAmountSchema }),
  z.object({ type: z.literal("REFUND_WITHOUT_RETURN"), amount: payableAmountSchema }),
  z.object({
    type: z.literal("EXCHANGE"),
    lines: z.array(z.object({ sku: text, quantity: z.number().int().positive() })).min(1),
  }),
  z.object({ type: z.literal("ISSUE_STORE_CREDIT"), amount: payableAmountSchema }),
  z.object({ type: z.literal("CLOSE"), reason: text }),
  z.object({ type: z.literal("CANCEL") }),
  z.object({ type: z.literal("EXPIRE"), at: instantTextSchema }),
]);

/**
 * An event of the RMA machine, as validated by {@link rmaEventSchema} (amounts as JSON, dates as strings).
 *
 * @example
 * ```ts
 * const event: RmaEvent = { type: "INSPECT", outcome: "defect-confirmed", notes: "switch broken" };
 * ```
 */
export type RmaEvent = z.output<typeof rmaEventSchema>;

/**
 * An RMA event as {@link applyRmaEvent} accepts it: amounts may also be a `Money`, `EXPIRE.at` a `Date`.
 *
 * @example
 * ```ts
 * const event: RmaEventInput = { type: "REFUND", amount: money("20.91", "USD") };
 * ```
 */
export type RmaEventInput = z.input<typeof rmaEventSchema>;
