export { approvalEventForScore } from "./approvalEventForScore.js";
export {
  type DocumentExpiryEvent,
  type DocumentExpiryOptions,
  documentExpiryOptionsSchema,
  findDocumentExpiryEvents,
} from "./documentExpiry.js";
export {
  type SupplierApprovalContext,
  type SupplierApprovalEvent,
  type SupplierApprovalState,
  supplierApprovalMachine,
} from "./supplierApprovalMachine.js";
export * from "./supplierSchema.js";
