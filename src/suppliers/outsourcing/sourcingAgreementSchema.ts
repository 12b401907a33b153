import * as z from "zod";
import { currencySchema, decimalInputSchema, localDateSchema, moneySchema } from "../../core/index.js";

/**
 * Schema of a demand handed to a sourcing agent or supplier (外采需求): what to buy, how many, by when.
 *
 * @example
 * ```ts
 * outsourcedDemandSchema.parse({ demandId: "D-1", neededBy: "2026-06-15", items: [{ sku: "BAG-TOTE", quantity: 2000, targetUnitPrice: { amount: "12.00", currency: "CNY" } }] });
 * ```
 */
export const outsourcedDemandSchema = z.object({
  demandId: z.string().min(1),
  neededBy: localDateSchema,
  items: z
    .array(
      z.object({
        sku: z.string().min(1),
        description: z.string().optional(),
        quantity: z.number().int().positive(),
        targetUnitPrice: moneySchema.optional(),
      }),
    )
    .min(1),
});

/**
 * A demand as accepted.
 *
 * @example
 * ```ts
 * const d: OutsourcedDemand = { demandId: "D-1", neededBy: "2026-06-15", items: [{ sku: "BAG-TOTE", quantity: 2000 }] };
 * ```
 */
export type OutsourcedDemand = z.input<typeof outsourcedDemandSchema>;

/**
 * Schema of a supplier-assisted procurement agreement (外采合作协议): scope, the agent's service fee as a percent
 * of the goods value, who arranges logistics and insurance (the agent's costs for what it arranges are
 * reimbursed), and the quality terms.
 *
 * @example
 * ```ts
 * sourcingAgreementSchema.parse({
 *   agreementId: "AG-1", agentId: "SUP-7", currency: "CNY", validFrom: "2026-01-01", validTo: "2026-12-31",
 *   scope: { description: "Textile accessories, Yiwu market", categories: ["bags"] },
 *   serviceFeePercent: "5", logisticsArrangedBy: "agent", insuranceArrangedBy: "buyer",
 *   quality: { inspectedBy: "third-party", standard: "ISO 2859-1 AQL 2.5 major" },
 * });
 * ```
 */
export const sourcingAgreementSchema = z
  .object({
    agreementId: z.string().min(1),
    agentId: z.string().min(1),
    currency: currencySchema,
    validFrom: localDateSchema,
    validTo: localDateSchema,
    scope: z.object({
      description: z.string().min(1),
      categories: z.array(z.string().min(1)).default([]),
      skus: z.array(z.string().min(1)).default([]),
    }),
    serviceFeePercent: decimalInputSchema.refine((v) => Number(v) >= 0 && Number(v) <= 100, {
      message: "must be 0..100",
    }),
    logisticsArrangedBy: z.enum(["buyer", "agent"]),
    insuranceArrangedBy: z.enum(["buyer", "agent", "none"]),
    quality: z.object({
      inspectedBy: z.enum(["buyer", "agent", "third-party"]),
      standard: z.string().min(1),
      reportsRequired: z.boolean().default(true),
    }),
  })
  .refine((a) => a.validFrom <= a.validTo, { path: ["validTo"], message: "must not be before validFrom" });

/**
 * A sourcing agreement as accepted.
 *
 * @example
 * ```ts
 * const agreement: SourcingAgreement = sourcingAgreementSchema.parse(input);
 * ```
 */
export type SourcingAgreement = z.input<typeof sourcingAgreementSchema>;
