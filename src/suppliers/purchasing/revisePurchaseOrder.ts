import * as z from "zod";
import { instantSchema, invalidArgument, moneySchema, moneyToJson, parseInput } from "../../core/index.js";
import {
  deliveryScheduleEntrySchema,
  type PurchaseOrderData,
  type PurchaseOrderInput,
  purchaseOrderSchema,
} from "./purchaseOrderSchema.js";

/**
 * Schema of a change to a PO, typically the supplier's confirmation (dates and prices may change): per line a new
 * unit price and/or a new schedule (with confirmed dates).
 *
 * @example
 * ```ts
 * purchaseOrderChangeSchema.parse({ at: "2026-03-04T02:00:00Z", by: "supplier", reason: "copper price", lines: [{ lineId: "10", unitPrice: { amount: "18.80", currency: "CNY" } }] });
 * ```
 */
export const purchaseOrderChangeSchema = z.object({
  at: instantSchema,
  by: z.string().min(1),
  reason: z.string().optional(),
  lines: z
    .array(
      z.object({
        lineId: z.string().min(1),
        unitPrice: moneySchema.optional(),
        schedule: z.array(deliveryScheduleEntrySchema).min(1).optional(),
      }),
    )
    .min(1),
});

/**
 * A PO change as accepted.
 *
 * @example
 * ```ts
 * const change: PurchaseOrderChange = { at: "2026-03-04T02:00:00Z", by: "supplier", lines: [{ lineId: "10", schedule: [{ quantity: 1000, requestedDate: "2026-04-15", confirmedDate: "2026-04-18" }] }] };
 * ```
 */
export type PurchaseOrderChange = z.input<typeof purchaseOrderChangeSchema>;

/**
 * One recorded revision of a PO: what changed, from what to what, when and by whom.
 *
 * @example
 * ```ts
 * const rev: PurchaseOrderRevision = { revision: 1, at: "2026-03-04T02:00:00.000Z", by: "supplier", changes: [{ lineId: "10", field: "unitPrice", from: "18.5 CNY", to: "18.8 CNY" }] };
 * ```
 */
export interface PurchaseOrderRevision {
  readonly revision: number;
  readonly at: string;
  readonly by: string;
  readonly reason?: string;
  readonly changes: readonly {
    readonly lineId: string;
    readonly field: "unitPrice" | "schedule";
    readonly from: string;
    readonly to: string;
  }[];
}

/**
 * Applies a change (supplier confirmation, renegotiation) to a PO and records it as a new revision. The original
 * PO is not modified; keep every {@link PurchaseOrderRevision} for the audit trail. A new schedule must still add
 * up to the line quantity.
 *
 * @throws `INVALID_ARGUMENT` for a malformed PO or change, an unknown line, or a schedule that no longer adds up
 * @example
 * ```ts
 * const { purchaseOrder, revision } = revisePurchaseOrder(po, { at: "2026-03-04T02:00:00Z", by: "supplier", lines: [{ lineId: "10", unitPrice: { amount: "18.80", currency: "CNY" } }] });
 * purchaseOrder.revision; // 1
 * revision.changes; // [{ lineId: "10", field: "unitPrice", from: "18.5 CNY", to: "18.8 CNY" }]
 * ```
 */
export function revisePurchaseOrder(
  po: PurchaseOrderInput,
  change: PurchaseOrderChange,
): { purchaseOrder: PurchaseOrderData; revision: PurchaseOrderRevision } {
  const current = parseInput(purchaseOrderSchema, po, ["po"]);
  const parsed = parseInput(purchaseOrderChangeSchema, change, ["change"]);
  const changes: PurchaseOrderRevision["changes"][number][] = [];
  const lines = current.lines.map((line) => ({ ...line }));
  parsed.lines.forEach((lineChange, i) => {
    const line = lines.find((candidate) => candidate.lineId === lineChange.lineId);
    if (!line)
      throw invalidArgument(["change", "lines", i, "lineId"], `"${lineChange.lineId}" is not a line of ${current.id}`);
    if (lineChange.unitPrice && !lineChange.unitPrice.amount.equals(line.unitPrice.amount)) {
      changes.push({
        lineId: line.lineId,
        field: "unitPrice",
        from: show(line.unitPrice),
        to: show(lineChange.unitPrice),
      });
      line.unitPrice = lineChange.unitPrice;
    }
    if (lineChange.schedule) {
      const from = JSON.stringify(line.schedule);
      const to = JSON.stringify(lineChange.schedule);
      if (from !== to) changes.push({ lineId: line.lineId, field: "schedule", from, to });
      line.schedule = lineChange.schedule;
    }
  });
  const next = parseInput(
    purchaseOrderSchema,
    {
      ...current,
      revision: current.revision + 1,
      lines: lines.map((line) => ({ ...line, unitPrice: moneyToJson(line.unitPrice) })),
    },
    ["change"],
  );
  return {
    purchaseOrder: next,
    revision: {
      revision: next.revision,
      at: parsed.at.toISOString(),
      by: parsed.by,
      ...(parsed.reason === undefined ? {} : { reason: parsed.reason }),
      changes,
    },
  };
}

function show(amount: { amount: { toString(): string }; currency: string }): string {
  return `${amount.amount.toString()} ${amount.currency}`;
}
