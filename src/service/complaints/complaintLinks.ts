import * as z from "zod";

/**
 * Links from a complaint to what is investigated: the order, shipment, lot inspection, supplier, SKU and return.
 *
 * @example
 * ```ts
 * const links: ComplaintLinks = { orderId: "302-1", lotInspectionId: "INS-2026-044", supplierId: "SUP-NINGBO-7" };
 * ```
 */
export type ComplaintLinks = z.infer<typeof complaintLinksSchema>;

/**
 * Schema of {@link ComplaintLinks}.
 *
 * @example
 * ```ts
 * complaintLinksSchema.parse({ orderId: "302-1" });
 * ```
 */
export const complaintLinksSchema = z.object({
  orderId: z.string().min(1).optional(),
  shipmentId: z.string().min(1).optional(),
  lotInspectionId: z.string().min(1).optional(),
  supplierId: z.string().min(1).optional(),
  sku: z.string().min(1).optional(),
  rmaId: z.string().min(1).optional(),
});
