/**
 * What the purchase-order gate needs to know about an admitted product: its proposal's state and the supplier it was
 * admitted with. A proposal snapshot from {@link proposalMachine} fits as is.
 *
 * @example
 * ```ts
 * const product: AdmittedProductRef = { state: "approved", context: { productId: "PB-10K-MAG", selectedSupplierId: "SUP-SZ-001" } };
 * ```
 */
export interface AdmittedProductRef {
  readonly state: string;
  readonly context: { readonly productId: string; readonly selectedSupplierId?: string };
}

/**
 * The seam with the suppliers area: a supplier's id and its approval status there (`"approved"` is the only status
 * that allows orders).
 *
 * @example
 * ```ts
 * const supplier: SupplierApprovalRef = { supplierId: "SUP-SZ-001", status: "approved" };
 * ```
 */
export interface SupplierApprovalRef {
  readonly supplierId: string;
  readonly status: string;
}

/**
 * Why a purchase order may not be issued: `PRODUCT_NOT_APPROVED`, `SUPPLIER_NOT_APPROVED` or
 * `SUPPLIER_NOT_ADMITTED_FOR_PRODUCT` (the supplier is approved in general, but not the one admitted for this product).
 *
 * @example
 * ```ts
 * purchaseOrderBlockers(product, { supplierId: "SUP-X", status: "probation" }); // ["SUPPLIER_NOT_APPROVED", "SUPPLIER_NOT_ADMITTED_FOR_PRODUCT"]
 * ```
 */
export function purchaseOrderBlockers(
  product: AdmittedProductRef,
  supplier: SupplierApprovalRef,
): ("PRODUCT_NOT_APPROVED" | "SUPPLIER_NOT_APPROVED" | "SUPPLIER_NOT_ADMITTED_FOR_PRODUCT")[] {
  const blockers: ("PRODUCT_NOT_APPROVED" | "SUPPLIER_NOT_APPROVED" | "SUPPLIER_NOT_ADMITTED_FOR_PRODUCT")[] = [];
  if (product?.state !== "approved") blockers.push("PRODUCT_NOT_APPROVED");
  if (supplier?.status !== "approved") blockers.push("SUPPLIER_NOT_APPROVED");
  if (supplier?.supplierId === undefined || product?.context?.selectedSupplierId !== supplier.supplierId)
    blockers.push("SUPPLIER_NOT_ADMITTED_FOR_PRODUCT");
  return blockers;
}

/**
 * The purchase-order guard: only an approved product, ordered from an approved supplier that is the one it was
 * admitted with, may get a purchase order. Pure; use it as a guard in the host's PO workflow.
 *
 * @example
 * ```ts
 * canIssuePurchaseOrder(approvedProposal, { supplierId: "SUP-SZ-001", status: "approved" }); // true
 * canIssuePurchaseOrder(draftProposal, { supplierId: "SUP-SZ-001", status: "approved" }); // false
 * ```
 */
export function canIssuePurchaseOrder(product: AdmittedProductRef, supplier: SupplierApprovalRef): boolean {
  return purchaseOrderBlockers(product, supplier).length === 0;
}
