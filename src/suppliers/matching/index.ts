export {
  type MatchedInvoiceLine,
  type MatchInvoiceVerdict,
  type MatchLineVerdict,
  matchSupplierInvoice,
  matchTolerancesSchema,
  type SupplierInvoice,
  supplierInvoiceSchema,
  type ThreeWayMatchInput,
  type ThreeWayMatchResult,
  threeWayMatchInputSchema,
} from "./threeWayMatch.js";
