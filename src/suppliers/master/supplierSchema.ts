import * as z from "zod";
import { countryCodeSchema, localDateSchema } from "../../core/index.js";

/**
 * Kinds of qualification document a supplier keeps on file: business licence (营业执照), ISO 9001 certificate,
 * social-compliance audits (BSCI, SMETA), product certificates (CE, FCC, UKCA, PSE...) and anything else.
 *
 * @example
 * ```ts
 * qualificationDocumentKindSchema.parse("iso-9001");
 * ```
 */
export const qualificationDocumentKindSchema = z.enum([
  "business-licence",
  "iso-9001",
  "bsci-audit",
  "smeta-audit",
  "product-certificate",
  "other",
]);

/**
 * Schema of one qualification document with its validity.
 *
 * @example
 * ```ts
 * qualificationDocumentSchema.parse({ id: "doc-1", kind: "iso-9001", number: "CN-12345", issuedOn: "2024-03-01", expiresOn: "2027-02-28" });
 * ```
 */
export const qualificationDocumentSchema = z
  .object({
    id: z.string().min(1),
    kind: qualificationDocumentKindSchema,
    number: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    scope: z.string().min(1).optional(),
    issuedOn: localDateSchema.optional(),
    /** Absent for documents without expiry (some business licences are 长期 / indefinite). */
    expiresOn: localDateSchema.optional(),
  })
  .refine((doc) => doc.issuedOn === undefined || doc.expiresOn === undefined || doc.issuedOn <= doc.expiresOn, {
    path: ["expiresOn"],
    message: "must not be before issuedOn",
  });

/**
 * A qualification document (资质文件).
 *
 * @example
 * ```ts
 * const licence: QualificationDocument = { id: "bl-1", kind: "business-licence", number: "91440300MA5xxxx" };
 * ```
 */
export type QualificationDocument = z.infer<typeof qualificationDocumentSchema>;

/**
 * Schema of a supplier contact.
 *
 * @example
 * ```ts
 * supplierContactSchema.parse({ name: "Li Wei", role: "sales", email: "li@example.cn", wechat: "liwei88" });
 * ```
 */
export const supplierContactSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  email: z.email().optional(),
  phone: z.string().min(3).optional(),
  wechat: z.string().min(1).optional(),
});

/**
 * Schema of what a supplier can make: product categories, monthly capacity (units), minimum order quantity and
 * standard lead time in days.
 *
 * @example
 * ```ts
 * supplierCapabilitiesSchema.parse({ categories: ["phone-cases"], capacityPerMonth: 200000, moq: 500, leadTimeDays: 25 });
 * ```
 */
export const supplierCapabilitiesSchema = z.object({
  categories: z.array(z.string().min(1)).min(1),
  capacityPerMonth: z.number().int().positive(),
  moq: z.number().int().positive(),
  leadTimeDays: z.number().int().nonnegative(),
});

/**
 * Schema of a supplier's master record.
 *
 * @example
 * ```ts
 * supplierSchema.parse({
 *   id: "SUP-001", name: "Shenzhen Bright Electronics", nameZh: "深圳明亮电子", country: "CN", currency: "CNY",
 *   contacts: [{ name: "Li Wei" }],
 *   capabilities: { categories: ["chargers"], capacityPerMonth: 50000, moq: 1000, leadTimeDays: 30 },
 *   documents: [{ id: "d1", kind: "business-licence" }],
 * });
 * ```
 */
export const supplierSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  country: countryCodeSchema,
  currency: z.string().length(3).optional(),
  contacts: z.array(supplierContactSchema),
  capabilities: supplierCapabilitiesSchema,
  documents: z.array(qualificationDocumentSchema),
});

/**
 * A supplier's master record (供应商档案).
 *
 * @example
 * ```ts
 * const s: Supplier = supplierSchema.parse(input);
 * ```
 */
export type Supplier = z.infer<typeof supplierSchema>;

/**
 * A supplier as accepted (before validation).
 *
 * @example
 * ```ts
 * const input: SupplierInput = { id: "SUP-1", name: "X", country: "CN", contacts: [], capabilities: { categories: ["a"], capacityPerMonth: 1, moq: 1, leadTimeDays: 1 }, documents: [] };
 * ```
 */
export type SupplierInput = z.input<typeof supplierSchema>;
