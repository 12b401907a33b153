import * as z from "zod";
import { Dec, decimalInputSchema, localDateSchema, parseInput } from "../../core/index.js";
import { addDays, type DateRange, kpiPeriodSchema, resolveKpiPeriod } from "./kpiPeriod.js";
import { type KpiValue, ratioKpi } from "./kpiValue.js";

/**
 * Schema of delivery events: the confirmed delivery obligations (one per PO line schedule entry) and the receipts.
 * Receipts are matched to a line's obligations first-due first.
 *
 * @example
 * ```ts
 * deliveryKpiInputSchema.parse({
 *   period: { kind: "month", month: "2026-04" }, graceDays: 2,
 *   deliveries: [{ purchaseOrderId: "PO-1", lineId: "10", quantity: 600, confirmedDate: "2026-04-15" }],
 *   receipts: [{ purchaseOrderId: "PO-1", lineId: "10", quantity: 600, receivedOn: "2026-04-16" }],
 * });
 * ```
 */
export const deliveryKpiInputSchema = z.object({
  period: kpiPeriodSchema,
  graceDays: z.number().int().nonnegative().default(0),
  deliveries: z.array(
    z.object({
      purchaseOrderId: z.string().min(1),
      lineId: z.string().min(1),
      quantity: z.number().int().positive(),
      confirmedDate: localDateSchema,
      underTolerancePercent: decimalInputSchema.default(0),
    }),
  ),
  receipts: z.array(
    z.object({
      purchaseOrderId: z.string().min(1),
      lineId: z.string().min(1),
      quantity: z.number().int().positive(),
      receivedOn: localDateSchema,
    }),
  ),
});

/**
 * Delivery events as accepted.
 *
 * @example
 * ```ts
 * const input: DeliveryKpiInput = { period: { kind: "month", month: "2026-04" }, deliveries: [], receipts: [] };
 * ```
 */
export type DeliveryKpiInput = z.input<typeof deliveryKpiInputSchema>;

/**
 * Delivery KPIs of a period (交货准时率, 足量率, OTIF).
 *
 * @example
 * ```ts
 * kpis.onTimeByLine.value?.toFixed(2); // "75.00"
 * ```
 */
export interface DeliveryKpis {
  readonly range: DateRange;
  /** Delivery lines due in the period whose every received unit arrived by the deadline, % of due lines. */
  readonly onTimeByLine: KpiValue;
  /** Units received by the deadline, % of units due (capped at each line's quantity). */
  readonly onTimeByQuantity: KpiValue;
  /** Lines received in full (within the under-delivery tolerance) by the end of the period, %. */
  readonly inFull: KpiValue;
  /** Lines received in full by the deadline, %. */
  readonly otif: KpiValue;
}

/**
 * Derives on-time, in-full and OTIF from delivery events. A delivery line counts in the period when its deadline
 * (`confirmedDate + graceDays`, calendar days) falls in it; receipts up to the end of the period are matched to the
 * line's deliveries in due-date order. A period with no line due reports `no-data`.
 *
 * @throws `INVALID_ARGUMENT` for malformed events
 * @example
 * ```ts
 * const kpis = computeDeliveryKpis({ period: { kind: "month", month: "2026-04" }, graceDays: 2, deliveries, receipts });
 * kpis.otif.value?.toFixed(2);
 * ```
 */
export function computeDeliveryKpis(input: DeliveryKpiInput): DeliveryKpis {
  const parsed = parseInput(deliveryKpiInputSchema, input, ["input"]);
  const range = resolveKpiPeriod(parsed.period);
  const key = (po: string, line: string) => `${po}\u0000${line}`;
  const receiptsByLine = new Map<string, { quantity: number; receivedOn: string }[]>();
  for (const receipt of parsed.receipts) {
    if (receipt.receivedOn > range.to) continue;
    const list = receiptsByLine.get(key(receipt.purchaseOrderId, receipt.lineId)) ?? [];
    list.push({ quantity: receipt.quantity, receivedOn: receipt.receivedOn });
    receiptsByLine.set(key(receipt.purchaseOrderId, receipt.lineId), list);
  }
  const deliveriesByLine = new Map<string, typeof parsed.deliveries>();
  for (const delivery of parsed.deliveries) {
    const list = deliveriesByLine.get(key(delivery.purchaseOrderId, delivery.lineId)) ?? [];
    list.push(delivery);
    deliveriesByLine.set(key(delivery.purchaseOrderId, delivery.lineId), list);
  }
  let due = 0;
  let onTime = 0;
  let inFull = 0;
  let otif = 0;
  let unitsDue = 0;
  let unitsOnTime = 0;
  for (const [lineKey, deliveries] of deliveriesByLine) {
    const receipts = [...(receiptsByLine.get(lineKey) ?? [])].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    let cursor = 0;
    let leftInReceipt = receipts[0]?.quantity ?? 0;
    for (const delivery of [...deliveries].sort((a, b) => a.confirmedDate.localeCompare(b.confirmedDate))) {
      const deadline = addDays(delivery.confirmedDate, parsed.graceDays);
      let total = 0;
      let byDeadline = 0;
      let lastDate: string | undefined;
      while (total < delivery.quantity && cursor < receipts.length) {
        const receipt = receipts[cursor] as { quantity: number; receivedOn: string };
        const take = Math.min(leftInReceipt, delivery.quantity - total);
        total += take;
        if (receipt.receivedOn <= deadline) byDeadline += take;
        lastDate = receipt.receivedOn;
        leftInReceipt -= take;
        if (leftInReceipt === 0) {
          cursor++;
          leftInReceipt = receipts[cursor]?.quantity ?? 0;
        }
      }
      if (deadline < range.from || deadline > range.to) continue;
      const minComplete = Math.ceil(
        new Dec(delivery.quantity).times(new Dec(100).minus(delivery.underTolerancePercent)).div(100).toNumber(),
      );
      due++;
      unitsDue += delivery.quantity;
      unitsOnTime += byDeadline;
      if (total > 0 && lastDate !== undefined && lastDate <= deadline) onTime++;
      if (total >= minComplete) inFull++;
      if (byDeadline >= minComplete) otif++;
    }
  }
  const d = new Dec(due);
  return {
    range,
    onTimeByLine: ratioKpi(new Dec(onTime), d, 100),
    onTimeByQuantity: ratioKpi(new Dec(unitsOnTime), new Dec(unitsDue), 100),
    inFull: ratioKpi(new Dec(inFull), d, 100),
    otif: ratioKpi(new Dec(otif), d, 100),
  };
}
