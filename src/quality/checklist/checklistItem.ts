import * as z from "zod";
import { Dec, decimalInputSchema } from "../../core/index.js";

const itemBase = {
  /** Unique within the checklist, e.g. `"DIM-01"`. */
  id: z.string().min(1),
  description: z.string().min(1),
  descriptionZh: z.string().min(1).optional(),
  /** The catalog defect recorded when this item fails. */
  defectCode: z.string().min(1),
  /** How the check is done (method, tool, standard clause). */
  method: z.string().min(1).optional(),
};

/**
 * Specification limits of a measured characteristic: a lower (LSL) and/or upper (USL) limit, inclusive, in a
 * unit. At least one limit is required and LSL must not exceed USL. Limits are decimals (`"12.5"` or `12.5`).
 *
 * @example
 * ```ts
 * specLimitsSchema.parse({ lsl: "49.5", usl: "50.5", unit: "mm" });
 * ```
 */
export const specLimitsSchema = z
  .object({
    lsl: decimalInputSchema.optional(),
    usl: decimalInputSchema.optional(),
    nominal: decimalInputSchema.optional(),
    unit: z.string().min(1),
  })
  .superRefine((spec, ctx) => {
    if (spec.lsl === undefined && spec.usl === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["usl"],
        message: "give a lower limit (lsl), an upper limit (usl) or both",
      });
    if (spec.lsl !== undefined && spec.usl !== undefined && new Dec(spec.lsl).gt(new Dec(spec.usl)))
      ctx.addIssue({ code: "custom", path: ["lsl"], message: `must not exceed usl (${spec.usl}), got ${spec.lsl}` });
  });

/**
 * Specification limits, see {@link specLimitsSchema}.
 *
 * @example
 * ```ts
 * const length: SpecLimits = { lsl: "49.5", usl: "50.5", unit: "mm" };
 * ```
 */
export type SpecLimits = z.infer<typeof specLimitsSchema>;

/**
 * One item of an inspection checklist. `kind` is one of:
 * - `visual`: appearance (scratches, stains, colour);
 * - `dimensional`: a measurement judged against {@link SpecLimits};
 * - `functional`: the product works as specified;
 * - `packaging`: packaging and labels (inner box, manual, warning labels);
 * - `marking`: barcodes and carton marks, optionally with the `expected` text or code.
 *
 * @example
 * ```ts
 * checklistItemSchema.parse({
 *   id: "DIM-01", kind: "dimensional", description: "Overall length", defectCode: "LENGTH_OOS",
 *   spec: { lsl: "149.5", usl: "150.5", unit: "mm" },
 * });
 * ```
 */
export const checklistItemSchema = z.discriminatedUnion("kind", [
  z.object({ ...itemBase, kind: z.literal("visual") }),
  z.object({ ...itemBase, kind: z.literal("dimensional"), spec: specLimitsSchema }),
  z.object({ ...itemBase, kind: z.literal("functional") }),
  z.object({ ...itemBase, kind: z.literal("packaging") }),
  z.object({ ...itemBase, kind: z.literal("marking"), expected: z.string().min(1).optional() }),
]);

/**
 * One checklist item, see {@link checklistItemSchema}.
 *
 * @example
 * ```ts
 * const barcode: ChecklistItem = { id: "MARK-01", kind: "marking", description: "EAN-13 scans", defectCode: "BARCODE", expected: "6901234567892" };
 * ```
 */
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * An inspection checklist: items with unique ids.
 *
 * @example
 * ```ts
 * checklistSchema.parse([{ id: "VIS-01", kind: "visual", description: "No scratches", defectCode: "SCRATCH" }]);
 * ```
 */
export const checklistSchema = z.array(checklistItemSchema).superRefine((items, ctx) => {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `repeats "${item.id}"` });
    ids.add(item.id);
  });
});
