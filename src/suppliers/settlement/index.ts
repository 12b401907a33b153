export {
  computeLateDeliveryPenalty,
  type LateDeliveryPenaltyInput,
  lateDeliveryPenaltyInputSchema,
} from "./lateDeliveryPenalty.js";
export {
  buildSettlementStatement,
  type SettlementLine,
  type SettlementStatement,
  type SettlementStatementInput,
  settlementStatementInputSchema,
} from "./settlementStatement.js";
