export {
  type PaymentInstalment,
  type PurchaseOrderAmounts,
  purchaseOrderAmounts,
  schedulePurchaseOrderPayments,
} from "./purchaseOrderAmounts.js";
export {
  type PurchaseOrderContext,
  type PurchaseOrderEvent,
  type PurchaseOrderState,
  purchaseOrderMachine,
} from "./purchaseOrderMachine.js";
export * from "./purchaseOrderSchema.js";
export {
  type GoodsReceipt,
  goodsReceiptSchema,
  isReceivingComplete,
  openReceivingLedger,
  type ReceivingFailure,
  type ReceivingLedger,
  type ReceivingLine,
  type ReceivingStep,
  recordGoodsReceipt,
  recordLotVerdict,
  recordSupplierReturn,
  type SupplierReturn,
  supplierReturnSchema,
} from "./receivingLedger.js";
export {
  type PurchaseOrderChange,
  type PurchaseOrderRevision,
  purchaseOrderChangeSchema,
  revisePurchaseOrder,
} from "./revisePurchaseOrder.js";
