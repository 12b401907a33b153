import * as z from "zod";
import {
  countryCodeSchema,
  currencySchema,
  Dec,
  decimalInputSchema,
  localDateSchema,
  moneySchema,
} from "../../../core/index.js";
import { incoterm2020Schema } from "./incoterms.js";

const nonNegativeDecimalSchema = decimalInputSchema.refine((value) => new Dec(value).gte(0), {
  message: "must not be negative",
});
const positiveDecimalSchema = decimalInputSchema.refine((value) => new Dec(value).gt(0), {
  message: "must be greater than zero",
});

/**
 * A party on a customs document: shipper (exporter), consignee or importer of record.
 *
 * @example
 * ```ts
 * customsPartySchema.parse({ name: "Ningbo Homeware Co., Ltd.", addressLines: ["88 Jiangnan Rd"], city: "Ningbo", country: "CN" });
 * ```
 */
export const customsPartySchema = z.object({
  name: z.string().trim().min(1).max(200),
  addressLines: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().max(20).optional(),
  country: countryCodeSchema,
  taxId: z.string().trim().max(50).optional(),
  phone: z.string().trim().max(50).optional(),
  email: z.string().trim().max(200).optional(),
});

/**
 * Units of quantity used on commercial invoices (piece, set, pair, dozen, kilogram, metre, square metre, litre).
 *
 * @example
 * ```ts
 * quantityUnitSchema.parse("PCS"); // "PCS"
 * ```
 */
export const quantityUnitSchema = z.enum(["PCS", "SET", "PR", "DOZ", "KG", "M", "M2", "L"]);

/**
 * One line of a commercial invoice. `hsCode` may be grouped with dots or spaces (`"9403.20.0080"`); `lineTotal`
 * is optional (when given it must equal quantity × unit value, rounded to the currency's minor unit);
 * `category` keys the value-per-kg band; `originCountry` falls back to the invoice's `defaultOriginCountry`.
 *
 * @example
 * ```ts
 * commercialInvoiceLineSchema.parse({
 *   description: "Stainless steel vacuum flask, 500 ml", hsCode: "9617.00.1000", originCountry: "CN",
 *   quantity: 24, unit: "PCS", netWeightKg: "7.2", grossWeightKg: "8.1", unitValue: { amount: "6.50", currency: "USD" },
 * });
 * ```
 */
export const commercialInvoiceLineSchema = z.object({
  sku: z.string().trim().max(100).optional(),
  description: z.string().trim().min(1).max(500),
  descriptionZh: z.string().trim().max(500).optional(),
  hsCode: z
    .string()
    .trim()
    .regex(/^\d[\d. ]*\d$/, { message: 'must be digits, optionally grouped with dots or spaces, e.g. "6109.10.0012"' }),
  originCountry: countryCodeSchema.optional(),
  quantity: positiveDecimalSchema,
  unit: quantityUnitSchema,
  netWeightKg: positiveDecimalSchema,
  grossWeightKg: positiveDecimalSchema,
  unitValue: moneySchema,
  lineTotal: moneySchema.optional(),
  category: z.string().trim().min(1).max(100).optional(),
});

/**
 * One row of the packing list: a group of identical cartons with their shipping marks and weights.
 *
 * @example
 * ```ts
 * packingListEntrySchema.parse({ marks: "SO-1001 / C/NO. 1-2 / MADE IN CHINA", cartons: 2, grossWeightKg: "8.1", netWeightKg: "7.2" });
 * ```
 */
export const packingListEntrySchema = z.object({
  marks: z.string().trim().max(500).optional(),
  cartons: z.number().int().positive().max(100_000),
  grossWeightKg: positiveDecimalSchema,
  netWeightKg: positiveDecimalSchema.optional(),
  dimensionsCm: z
    .object({ length: positiveDecimalSchema, width: positiveDecimalSchema, height: positiveDecimalSchema })
    .optional(),
});

/**
 * A commercial invoice with its packing list: parties, Incoterms 2020 rule and place, currency, lines, charges,
 * the declared total and weights, and the cartons. Weights are kilograms as decimal strings or numbers.
 *
 * @example
 * ```ts
 * const invoice = commercialInvoiceSchema.parse({
 *   invoiceNumber: "CI-2026-0918", invoiceDate: "2026-10-08", shipper, consignee,
 *   incoterm: "DAP", incotermPlace: "Berlin", currency: "USD", exportCountry: "CN", destinationCountry: "DE",
 *   lines: [line], declaredTotal: { amount: "156.00", currency: "USD" }, packages: [carton],
 * });
 * ```
 */
export const commercialInvoiceSchema = z.object({
  invoiceNumber: z.string().trim().min(1).max(100),
  invoiceDate: localDateSchema,
  shipper: customsPartySchema,
  consignee: customsPartySchema,
  importerOfRecord: customsPartySchema.optional(),
  incoterm: incoterm2020Schema,
  incotermPlace: z.string().trim().max(200).optional(),
  currency: currencySchema,
  exportCountry: countryCodeSchema,
  destinationCountry: countryCodeSchema,
  defaultOriginCountry: countryCodeSchema.optional(),
  reasonForExport: z.enum(["sale", "gift", "sample", "return", "repair"]).default("sale"),
  lines: z.array(commercialInvoiceLineSchema).min(1).max(1000),
  freight: moneySchema.optional(),
  insurance: moneySchema.optional(),
  declaredTotal: moneySchema,
  totalNetWeightKg: nonNegativeDecimalSchema.optional(),
  totalGrossWeightKg: nonNegativeDecimalSchema.optional(),
  packages: z.array(packingListEntrySchema).max(1000).default([]),
});

/**
 * A commercial invoice as accepted from JSON (see {@link commercialInvoiceSchema}).
 *
 * @example
 * ```ts
 * const input: CommercialInvoiceInput = { invoiceNumber: "CI-1", invoiceDate: "2026-10-08", ... };
 * ```
 */
export type CommercialInvoiceInput = z.input<typeof commercialInvoiceSchema>;

/**
 * A parsed commercial invoice (money as `Money`, defaults applied).
 *
 * @example
 * ```ts
 * const invoice: CommercialInvoice = commercialInvoiceSchema.parse(input);
 * ```
 */
export type CommercialInvoice = z.output<typeof commercialInvoiceSchema>;
