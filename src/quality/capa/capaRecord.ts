import * as z from "zod";
import { localDateSchema } from "../../core/index.js";
import { capaSteps } from "./capaDueDates.js";

const text = z.string().min(1);
const actionSchema = z.object({ description: text, owner: text });
const dueDatesSchema = z.object(
  Object.fromEntries(capaSteps.map((step) => [step, localDateSchema])) as Record<
    (typeof capaSteps)[number],
    typeof localDateSchema
  >,
);

/**
 * Schema of the input that opens a CAPA (corrective and preventive action, 纠正预防措施) as an 8D report: the
 * problem (D2), where it came from (NCRs, complaints) and the opening date. Due dates are computed by
 * {@link openCapa} from a business calendar.
 *
 * @example
 * ```ts
 * capaInputSchema.parse({ id: "CAPA-000001", problem: "Cracked lamp housings, 6 in 80 at IQC", openedOn: "2026-09-30", ncrIds: ["NCR-000001"], supplierId: "SUP-7" });
 * ```
 */
export const capaInputSchema = z.object({
  id: text,
  problem: text,
  openedOn: localDateSchema,
  ncrIds: z.array(text).default([]),
  supplierId: text.optional(),
  sku: text.optional(),
});

/**
 * Schema of a CAPA record, the context of {@link capaMachine}: the input, the due date of every step, what each
 * step produced and the date it was done (`doneOn`).
 *
 * @example
 * ```ts
 * const record = capaRecordSchema.parse(JSON.parse(stored).context);
 * ```
 */
export const capaRecordSchema = capaInputSchema.extend({
  calendarId: text,
  due: dueDatesSchema,
  doneOn: dueDatesSchema.partial(),
  team: z.object({ leader: text, members: z.array(text).min(1) }).optional(),
  containment: z.array(actionSchema).optional(),
  rootCause: z.object({ cause: text, method: text, escapePoint: text.optional() }).optional(),
  correctiveActions: z.array(actionSchema).optional(),
  verifications: z.array(z.object({ on: localDateSchema, effective: z.boolean(), evidence: text })).default([]),
  preventiveActions: z.array(actionSchema).optional(),
  closedBy: text.optional(),
});

/**
 * A CAPA record, see {@link capaRecordSchema}.
 *
 * @example
 * ```ts
 * const capa: CapaRecord = openCapa(input, calendar).context;
 * capa.due.closure; // "2026-11-17"
 * ```
 */
export type CapaRecord = z.output<typeof capaRecordSchema>;

const on = { on: localDateSchema };
const actions = z.array(actionSchema).min(1);

/**
 * Schema of the events {@link applyCapaEvent} accepts. Each carries the date (`on`) the step was done, so lateness
 * against the due date is recorded.
 *
 * @example
 * ```ts
 * capaEventSchema.parse({ type: "FORM_TEAM", on: "2026-09-30", leader: "sqe.chen", members: ["qe.li", "supplier.wu"] });
 * ```
 */
export const capaEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("FORM_TEAM"), ...on, leader: text, members: z.array(text).min(1) }),
  z.object({ type: z.literal("CONTAIN"), ...on, actions }),
  z.object({ type: z.literal("IDENTIFY_ROOT_CAUSE"), ...on, cause: text, method: text, escapePoint: text.optional() }),
  z.object({ type: z.literal("PLAN_CORRECTIVE_ACTION"), ...on, actions }),
  z.object({ type: z.literal("VERIFY"), ...on, effective: z.boolean(), evidence: text }),
  z.object({ type: z.literal("CLOSE"), ...on, preventiveActions: actions, approver: text }),
  z.object({ type: z.literal("CANCEL"), ...on, reason: text }),
]);

/**
 * A CAPA event after validation, see {@link capaEventSchema}.
 *
 * @example
 * ```ts
 * const e: CapaEvent = { type: "VERIFY", on: "2026-10-20", effective: true, evidence: "3 lots, 0 cracks in 315" };
 * ```
 */
export type CapaEvent = z.output<typeof capaEventSchema>;
