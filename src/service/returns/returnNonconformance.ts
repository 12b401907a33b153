import type { ReturnReason } from "./returnReasons.js";

/**
 * The seam to the quality area: a request to open a nonconformance (NCR) because buyers returned units for a
 * product defect. Emitted as data (an effect of the RMA machine); quality decides what to do with it.
 *
 * @example
 * ```ts
 * const ncr: ReturnNonconformance = {
 *   type: "open-nonconformance", source: "customer-return", rmaId: "RMA-1", orderId: "302-1", reason: "defective",
 *   verified: true, lines: [{ sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }],
 *   description: "Buyer: switch does not work",
 * };
 * ```
 */
export interface ReturnNonconformance {
  readonly type: "open-nonconformance";
  readonly source: "customer-return";
  readonly rmaId: string;
  readonly orderId: string;
  readonly reason: ReturnReason;
  /** True when the defect was confirmed by inspection; false when only the buyer reported it (returnless refund). */
  readonly verified: boolean;
  readonly lines: readonly {
    readonly sku: string;
    readonly quantity: number;
    readonly lotId?: string;
    readonly supplierId?: string;
  }[];
  readonly description?: string;
  readonly [key: string]: unknown;
}

/** Reasons that point at the product (and so at its lot and supplier). */
const PRODUCT_DEFECT_REASONS: readonly ReturnReason[] = ["defective", "not-as-described"];

/**
 * Whether a return reason points at the product itself, so quality should hear about it.
 *
 * @example
 * ```ts
 * isProductDefectReason("defective"); // true
 * isProductDefectReason("damaged-in-transit"); // false: a carrier claim, not a supplier defect
 * ```
 */
export function isProductDefectReason(reason: ReturnReason): boolean {
  return PRODUCT_DEFECT_REASONS.includes(reason);
}
