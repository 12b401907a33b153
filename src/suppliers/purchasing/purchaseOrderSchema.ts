import * as z from "zod";
import { currencySchema, decimalInputSchema, isMoney, localDateSchema, moneySchema } from "../../core/index.js";

const percent = decimalInputSchema.refine((v) => Number(v) >= 0 && Number(v) <= 100, { message: "must be 0..100" });

/**
 * Schema of a line's over/under-delivery tolerance in percent of the ordered quantity (e.g. over 5, under 3:
 * 1000 ordered accepts 970..1050 as complete). Both default to 0.
 *
 * @example
 * ```ts
 * deliveryToleranceSchema.parse({ overPercent: 5, underPercent: 3 });
 * ```
 */
export const deliveryToleranceSchema = z.object({
  overPercent: percent.default(0),
  underPercent: percent.default(0),
});

/**
 * Schema of one delivery in a line's schedule: the quantity and the date the buyer requested; the supplier's
 * confirmed date is added when the PO is confirmed or revised.
 *
 * @example
 * ```ts
 * deliveryScheduleEntrySchema.parse({ quantity: 500, requestedDate: "2026-04-15", confirmedDate: "2026-04-18" });
 * ```
 */
export const deliveryScheduleEntrySchema = z.object({
  quantity: z.number().int().positive(),
  requestedDate: localDateSchema,
  confirmedDate: localDateSchema.optional(),
});

/**
 * Schema of a PO line: SKU, quantity (whole units), unit price (may carry more decimals than the currency, such as
 * CNY 3.4567), tolerance and delivery schedule (the scheduled quantities add up to the line quantity).
 *
 * @example
 * ```ts
 * purchaseOrderLineSchema.parse({ lineId: "10", sku: "CHG-20W", quantity: 1000, unitPrice: { amount: "18.50", currency: "CNY" }, schedule: [{ quantity: 1000, requestedDate: "2026-04-15" }] });
 * ```
 */
export const purchaseOrderLineSchema = z
  .object({
    lineId: z.string().min(1),
    sku: z.string().min(1),
    description: z.string().optional(),
    quantity: z.number().int().positive(),
    unitPrice: moneySchema,
    tolerance: deliveryToleranceSchema.default({ overPercent: 0, underPercent: 0 }),
    schedule: z.array(deliveryScheduleEntrySchema).min(1),
  })
  .refine((line) => line.schedule.reduce((sum, entry) => sum + entry.quantity, 0) === line.quantity, {
    path: ["schedule"],
    message: "scheduled quantities must add up to the line quantity",
  })
  // A unit price that failed moneySchema is still raw JSON here (its issue does not abort the object): skip it.
  .refine((line) => !isMoney(line.unitPrice) || !line.unitPrice.amount.isNegative(), {
    path: ["unitPrice"],
    message: "must not be negative",
  });

/**
 * Schema of a payment term: a share of the PO total and when it falls due. Shares of all terms add up to 100.
 *
 * @example
 * ```ts
 * paymentTermSchema.parse({ id: "deposit", percent: 30, due: "on-order" });
 * ```
 */
export const paymentTermSchema = z.object({
  id: z.string().min(1),
  percent: decimalInputSchema.refine((v) => Number(v) > 0 && Number(v) <= 100, {
    message: "must be above 0, at most 100",
  }),
  due: z.enum(["on-order", "before-shipment", "on-receipt", "days-after-receipt", "days-after-invoice"]),
  days: z.number().int().nonnegative().optional(),
  label: z.string().optional(),
});

/**
 * Schema of a purchase order as the buyer drafts it: one currency for every line, payment terms (default 100% on
 * receipt), lines with schedules.
 *
 * @example
 * ```ts
 * purchaseOrderSchema.parse({
 *   id: "PO-2026-001", supplierId: "SUP-1", currency: "CNY", orderedOn: "2026-03-02",
 *   paymentTerms: [{ id: "deposit", percent: 30, due: "on-order" }, { id: "balance", percent: 70, due: "before-shipment" }],
 *   lines: [{ lineId: "10", sku: "CHG-20W", quantity: 1000, unitPrice: { amount: "18.50", currency: "CNY" }, schedule: [{ quantity: 1000, requestedDate: "2026-04-15" }] }],
 * });
 * ```
 */
export const purchaseOrderSchema = z
  .object({
    id: z.string().min(1),
    supplierId: z.string().min(1),
    currency: currencySchema,
    orderedOn: localDateSchema,
    /** 0 for the PO as first sent; each supplier confirmation or change adds one (see revisePurchaseOrder). */
    revision: z.number().int().nonnegative().default(0),
    paymentTerms: z
      .array(paymentTermSchema)
      .min(1)
      .default([{ id: "on-receipt", percent: 100, due: "on-receipt" }]),
    lines: z.array(purchaseOrderLineSchema).min(1),
  })
  .superRefine((po, ctx) => {
    const ids = new Set<string>();
    po.lines.forEach((line, i) => {
      if (ids.has(line.lineId)) ctx.addIssue({ code: "custom", path: ["lines", i, "lineId"], message: "is repeated" });
      ids.add(line.lineId);
      if (line.unitPrice.currency !== po.currency)
        ctx.addIssue({
          code: "custom",
          path: ["lines", i, "unitPrice", "currency"],
          message: `must be the PO currency ${po.currency}`,
        });
    });
    const shares = po.paymentTerms.reduce((sum, term) => sum + Math.round(Number(term.percent) * 1e6), 0);
    if (shares !== 100e6)
      ctx.addIssue({ code: "custom", path: ["paymentTerms"], message: "shares must add up to 100" });
  });

/**
 * A purchase order as accepted: JSON (money as `{ amount, currency }` strings) or an already validated
 * {@link PurchaseOrderData} (such as `revisePurchaseOrder` returns).
 *
 * @example
 * ```ts
 * const input: PurchaseOrderInput = { id: "PO-1", supplierId: "SUP-1", currency: "USD", orderedOn: "2026-03-02", lines: [] };
 * ```
 */
export type PurchaseOrderInput = z.input<typeof purchaseOrderSchema> | z.output<typeof purchaseOrderSchema>;

/**
 * A validated purchase order.
 *
 * @example
 * ```ts
 * const po: PurchaseOrderData = purchaseOrderSchema.parse(input);
 * ```
 */
export type PurchaseOrderData = z.output<typeof purchaseOrderSchema>;
