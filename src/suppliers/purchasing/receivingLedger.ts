import * as z from "zod";
import { err, type Failure, localDateSchema, ok, parseInput, type Result } from "../../core/index.js";
import { type QualityLotVerdict, qualityLotVerdictSchema } from "../seams/qualityLotVerdict.js";
import { type PurchaseOrderInput, purchaseOrderSchema } from "./purchaseOrderSchema.js";

/**
 * Quantities of one PO line as goods arrive, are inspected and returned. Only `available` (accepted by inspection
 * and not returned) may be sold or used.
 *
 * @example
 * ```ts
 * const line: ReceivingLine = { lineId: "10", ordered: 1000, maxReceivable: 1050, minComplete: 970, received: 600, pendingInspection: 0, accepted: 590, rejected: 10, returned: 10, available: 590 };
 * ```
 */
export interface ReceivingLine {
  readonly lineId: string;
  readonly ordered: number;
  /** Most units that may be received net of returns (ordered + over-delivery tolerance, rounded down). */
  readonly maxReceivable: number;
  /** Fewest units (net of returns) that complete the line (ordered − under-delivery tolerance, rounded up). */
  readonly minComplete: number;
  readonly received: number;
  readonly pendingInspection: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Units sent back to the supplier (rejected or accepted stock). */
  readonly returned: number;
  /** Accepted and not returned. */
  readonly available: number;
}

/**
 * A PO's receiving record: lines, and the receipts, lots, verdicts and returns already applied (kept so that applying
 * the same one twice changes nothing). Plain JSON: store it as is.
 *
 * @example
 * ```ts
 * const ledger: ReceivingLedger = openReceivingLedger(po);
 * ```
 */
export interface ReceivingLedger {
  readonly purchaseOrderId: string;
  readonly supplierId: string;
  readonly lines: readonly ReceivingLine[];
  readonly receipts: Readonly<Record<string, string>>;
  readonly lots: Readonly<
    Record<
      string,
      {
        readonly lineId: string;
        readonly quantity: number;
        readonly receiptId: string;
        readonly receivedOn: string;
        readonly verdict?: string;
      }
    >
  >;
  readonly returns: Readonly<Record<string, string>>;
}

/**
 * Schema of a goods receipt (收货单): an id, the date and per line the quantity received as one IQC lot.
 *
 * @example
 * ```ts
 * goodsReceiptSchema.parse({ receiptId: "GR-1", receivedOn: "2026-04-18", lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }] });
 * ```
 */
export const goodsReceiptSchema = z.object({
  receiptId: z.string().min(1),
  receivedOn: localDateSchema,
  lines: z
    .array(z.object({ lineId: z.string().min(1), quantity: z.number().int().positive(), lotId: z.string().min(1) }))
    .min(1),
});

/**
 * A goods receipt as accepted.
 *
 * @example
 * ```ts
 * const gr: GoodsReceipt = { receiptId: "GR-1", receivedOn: "2026-04-18", lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }] };
 * ```
 */
export type GoodsReceipt = z.input<typeof goodsReceiptSchema>;

/**
 * Schema of a return to the supplier (退货): from rejected stock (the default) or from accepted stock.
 *
 * @example
 * ```ts
 * supplierReturnSchema.parse({ returnId: "RT-1", lineId: "10", quantity: 10 });
 * ```
 */
export const supplierReturnSchema = z.object({
  returnId: z.string().min(1),
  lineId: z.string().min(1),
  quantity: z.number().int().positive(),
  from: z.enum(["rejected", "accepted"]).default("rejected"),
});

/**
 * A return to the supplier as accepted.
 *
 * @example
 * ```ts
 * const r: SupplierReturn = { returnId: "RT-1", lineId: "10", quantity: 10, from: "rejected" };
 * ```
 */
export type SupplierReturn = z.input<typeof supplierReturnSchema>;

/**
 * Why a receipt, verdict or return was not applied. `OVER_RECEIPT` carries the line, the units still allowed and the
 * units attempted; `*_CONFLICT` means the same id was applied before with different content.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === "OVER_RECEIPT") console.log(r.error.lineId, r.error.allowed, r.error.attempted);
 * ```
 */
export type ReceivingFailure =
  | (Failure<"OVER_RECEIPT"> & { readonly lineId: string; readonly allowed: number; readonly attempted: number })
  | (Failure<"NOT_ORDERED"> & { readonly lineId: string })
  | Failure<"RECEIPT_CONFLICT">
  | Failure<"LOT_ALREADY_RECEIVED">
  | Failure<"UNKNOWN_LOT">
  | Failure<"VERDICT_CONFLICT">
  | Failure<"SUPPLIER_MISMATCH">
  | Failure<"RETURN_CONFLICT">
  | (Failure<"RETURN_EXCEEDS_STOCK"> & {
      readonly lineId: string;
      readonly allowed: number;
      readonly attempted: number;
    });

/**
 * The outcome of applying a receipt, verdict or return: the new ledger, and `duplicate: true` when the same id had
 * already been applied (then the ledger is returned unchanged).
 *
 * @example
 * ```ts
 * if (r.ok && r.value.duplicate) console.log("already booked");
 * ```
 */
export interface ReceivingStep {
  readonly ledger: ReceivingLedger;
  readonly duplicate: boolean;
}

/**
 * Opens the receiving record of a PO: nothing received yet, tolerances from each line.
 *
 * @throws `INVALID_ARGUMENT` for a malformed PO
 * @example
 * ```ts
 * const ledger = openReceivingLedger(po);
 * ledger.lines[0]; // { lineId: "10", ordered: 1000, maxReceivable: 1050, minComplete: 970, received: 0, ... }
 * ```
 */
export function openReceivingLedger(po: PurchaseOrderInput): ReceivingLedger {
  const parsed = parseInput(purchaseOrderSchema, po, ["po"]);
  return {
    purchaseOrderId: parsed.id,
    supplierId: parsed.supplierId,
    lines: parsed.lines.map((line) => ({
      lineId: line.lineId,
      ordered: line.quantity,
      maxReceivable: Math.floor(Math.round(line.quantity * (100 + Number(line.tolerance.overPercent)) * 1e6) / 1e8),
      minComplete: Math.ceil(Math.round(line.quantity * (100 - Number(line.tolerance.underPercent)) * 1e6) / 1e8),
      received: 0,
      pendingInspection: 0,
      accepted: 0,
      rejected: 0,
      returned: 0,
      available: 0,
    })),
    receipts: {},
    lots: {},
    returns: {},
  };
}

function updateLine(
  ledger: ReceivingLedger,
  lineId: string,
  change: (line: ReceivingLine) => ReceivingLine,
): ReceivingLine[] {
  return ledger.lines.map((line) => (line.lineId === lineId ? change(line) : line));
}

/**
 * Books a goods receipt: each line's quantity is received as one lot awaiting inspection (nothing becomes available
 * before the IQC verdict). Receiving the same receipt id again changes nothing. A quantity beyond the line's
 * over-delivery tolerance is refused with `OVER_RECEIPT` (a value, not a throw) and nothing is booked.
 *
 * @throws `INVALID_ARGUMENT` for a malformed receipt
 * @example
 * ```ts
 * const r = recordGoodsReceipt(ledger, { receiptId: "GR-1", receivedOn: "2026-04-18", lines: [{ lineId: "10", quantity: 600, lotId: "LOT-1" }] });
 * if (r.ok) ledger = r.value.ledger;
 * ```
 */
export function recordGoodsReceipt(
  ledger: ReceivingLedger,
  receipt: GoodsReceipt,
): Result<ReceivingStep, ReceivingFailure> {
  const parsed = parseInput(goodsReceiptSchema, receipt, ["receipt"]);
  const fingerprint = JSON.stringify(parsed);
  const seen = ledger.receipts[parsed.receiptId];
  if (seen !== undefined) {
    return seen === fingerprint
      ? ok({ ledger, duplicate: true })
      : err({ code: "RECEIPT_CONFLICT", message: `receipt ${parsed.receiptId} was booked before with other content` });
  }
  let lines = [...ledger.lines];
  const lots = { ...ledger.lots };
  for (const item of parsed.lines) {
    const line = lines.find((candidate) => candidate.lineId === item.lineId);
    if (!line)
      return err({
        code: "NOT_ORDERED",
        message: `line ${item.lineId} is not on ${ledger.purchaseOrderId}`,
        lineId: item.lineId,
      });
    if (lots[item.lotId])
      return err({ code: "LOT_ALREADY_RECEIVED", message: `lot ${item.lotId} was received on another receipt` });
    const allowed = line.maxReceivable - (line.received - line.returned);
    if (item.quantity > allowed) {
      return err({
        code: "OVER_RECEIPT",
        message: `line ${line.lineId}: ${item.quantity} received but only ${allowed} more allowed (ordered ${line.ordered}, max ${line.maxReceivable})`,
        lineId: line.lineId,
        allowed,
        attempted: item.quantity,
      });
    }
    lots[item.lotId] = {
      lineId: line.lineId,
      quantity: item.quantity,
      receiptId: parsed.receiptId,
      receivedOn: parsed.receivedOn,
    };
    lines = lines.map((candidate) =>
      candidate.lineId === line.lineId
        ? {
            ...candidate,
            received: candidate.received + item.quantity,
            pendingInspection: candidate.pendingInspection + item.quantity,
          }
        : candidate,
    );
  }
  return ok({
    ledger: { ...ledger, lines, lots, receipts: { ...ledger.receipts, [parsed.receiptId]: fingerprint } },
    duplicate: false,
  });
}

/**
 * Applies the IQC verdict of a received lot. An accepted lot releases the lot quantity less the nonconforming units
 * found; a rejected lot releases only `acceptedQuantity` (after sorting or concession, 0 by default) and holds the
 * rest as rejected, to be returned. The same verdict twice changes nothing.
 *
 * @throws `INVALID_ARGUMENT` for a malformed verdict
 * @example
 * ```ts
 * const r = recordLotVerdict(ledger, { type: "lot-accepted", supplierId: "SUP-1", lotId: "LOT-1", at: "2026-04-19T08:00:00Z", inspectedQuantity: 80, nonconformingQuantity: 1 });
 * if (r.ok) r.value.ledger.lines[0].available; // 599
 * ```
 */
export function recordLotVerdict(
  ledger: ReceivingLedger,
  verdict: QualityLotVerdict,
): Result<ReceivingStep, ReceivingFailure> {
  const parsed = parseInput(qualityLotVerdictSchema, verdict, ["verdict"]);
  const lot = ledger.lots[parsed.lotId];
  if (!lot)
    return err({ code: "UNKNOWN_LOT", message: `lot ${parsed.lotId} was not received on ${ledger.purchaseOrderId}` });
  if (parsed.supplierId !== ledger.supplierId)
    return err({
      code: "SUPPLIER_MISMATCH",
      message: `lot ${parsed.lotId} belongs to ${ledger.supplierId}, not ${parsed.supplierId}`,
    });
  const fingerprint = JSON.stringify({ ...parsed, at: parsed.at.toISOString() });
  if (lot.verdict !== undefined) {
    return lot.verdict === fingerprint
      ? ok({ ledger, duplicate: true })
      : err({ code: "VERDICT_CONFLICT", message: `lot ${parsed.lotId} already has another verdict` });
  }
  const accepted =
    parsed.type === "lot-accepted"
      ? Math.max(0, lot.quantity - parsed.nonconformingQuantity)
      : Math.min(lot.quantity, parsed.acceptedQuantity ?? 0);
  const rejected = lot.quantity - accepted;
  const lines = updateLine(ledger, lot.lineId, (line) => ({
    ...line,
    pendingInspection: line.pendingInspection - lot.quantity,
    accepted: line.accepted + accepted,
    rejected: line.rejected + rejected,
    available: line.available + accepted,
  }));
  return ok({
    ledger: { ...ledger, lines, lots: { ...ledger.lots, [parsed.lotId]: { ...lot, verdict: fingerprint } } },
    duplicate: false,
  });
}

/**
 * Books a return to the supplier. Returning accepted stock reduces what is available; returning rejected stock
 * clears it. A line's net received quantity drops by the return, so a replacement delivery can be received.
 *
 * @throws `INVALID_ARGUMENT` for a malformed return
 * @example
 * ```ts
 * recordSupplierReturn(ledger, { returnId: "RT-1", lineId: "10", quantity: 1 });
 * ```
 */
export function recordSupplierReturn(
  ledger: ReceivingLedger,
  supplierReturn: SupplierReturn,
): Result<ReceivingStep, ReceivingFailure> {
  const parsed = parseInput(supplierReturnSchema, supplierReturn, ["supplierReturn"]);
  const fingerprint = JSON.stringify(parsed);
  const seen = ledger.returns[parsed.returnId];
  if (seen !== undefined) {
    return seen === fingerprint
      ? ok({ ledger, duplicate: true })
      : err({ code: "RETURN_CONFLICT", message: `return ${parsed.returnId} was booked before with other content` });
  }
  const line = ledger.lines.find((candidate) => candidate.lineId === parsed.lineId);
  if (!line)
    return err({
      code: "NOT_ORDERED",
      message: `line ${parsed.lineId} is not on ${ledger.purchaseOrderId}`,
      lineId: parsed.lineId,
    });
  const returnedRejected = Math.max(0, line.returned - (line.accepted - line.available));
  const stock = parsed.from === "accepted" ? line.available : line.rejected - returnedRejected;
  if (parsed.quantity > stock) {
    return err({
      code: "RETURN_EXCEEDS_STOCK",
      message: `line ${line.lineId}: ${parsed.quantity} to return but only ${stock} ${parsed.from} in stock`,
      lineId: line.lineId,
      allowed: stock,
      attempted: parsed.quantity,
    });
  }
  const lines = updateLine(ledger, line.lineId, (current) => ({
    ...current,
    returned: current.returned + parsed.quantity,
    available: parsed.from === "accepted" ? current.available - parsed.quantity : current.available,
  }));
  return ok({
    ledger: { ...ledger, lines, returns: { ...ledger.returns, [parsed.returnId]: fingerprint } },
    duplicate: false,
  });
}

/**
 * Whether every line is physically complete: `received − returned ≥ minComplete` (the ordered quantity less the
 * under-delivery tolerance). It counts what arrived and was not sent back, whatever its inspection state: units still
 * pending inspection and rejected units held for return count as received; only a supplier return takes them off.
 * So a line whose every unit was rejected at IQC but not yet returned is complete. Before passing `complete: true`
 * to the PO machine's `GOODS_RECEIVED` (which moves the PO to `received`, from where only `CLOSE` follows), also
 * check that nothing is pending inspection and enough was accepted — e.g.
 * `ledger.lines.every((l) => l.pendingInspection === 0 && l.available >= l.minComplete)` — and send
 * `GOODS_RECEIVED` again after each verdict and return.
 *
 * @example
 * ```ts
 * const accepted = ledger.lines.every((l) => l.pendingInspection === 0 && l.available >= l.minComplete);
 * transition(purchaseOrderMachine, snap, { type: "GOODS_RECEIVED", complete: isReceivingComplete(ledger) && accepted });
 * ```
 */
export function isReceivingComplete(ledger: ReceivingLedger): boolean {
  return ledger.lines.every((line) => line.received - line.returned >= line.minComplete);
}
