import * as z from "zod";
import { decimalInputSchema, localDateSchema } from "../../core/index.js";
import { returnReasonSchema } from "./returnReasons.js";

const rateSchema = decimalInputSchema
  .transform((value) => String(value))
  .refine((value) => Number(value) >= 0 && Number(value) <= 1, { message: "must be a rate from 0 to 1" });

/**
 * What applies to one accepted return reason: who pays the return shipping, whether the original shipping is
 * refunded, and the restocking fee rate (0 to 1) charged on the item's net price.
 *
 * @example
 * ```ts
 * const remorse: ReturnReasonTerms = { returnShippingPaidBy: "buyer", refundOriginalShipping: false, restockingFeeRate: "0.15" };
 * ```
 */
export type ReturnReasonTerms = z.output<typeof returnReasonTermsSchema>;

/**
 * {@link ReturnReasonTerms} as you write them: `restockingFeeRate` may be left out (`"0"`) or be a number.
 *
 * @example
 * ```ts
 * const defect: ReturnReasonTermsInput = { returnShippingPaidBy: "seller", refundOriginalShipping: true };
 * ```
 */
export type ReturnReasonTermsInput = z.input<typeof returnReasonTermsSchema>;

/**
 * Schema of {@link ReturnReasonTerms} (input: `restockingFeeRate` defaults to `"0"`).
 *
 * @example
 * ```ts
 * returnReasonTermsSchema.parse({ returnShippingPaidBy: "seller", refundOriginalShipping: true });
 * ```
 */
export const returnReasonTermsSchema = z.object({
  returnShippingPaidBy: z.enum(["seller", "buyer"]),
  refundOriginalShipping: z.boolean(),
  restockingFeeRate: rateSchema.default("0"),
});

/**
 * A marketplace's overrides of a return policy (e.g. a longer window, a cap on restocking fees).
 *
 * @example
 * ```ts
 * const amazon: ReturnPolicyOverride = { marketplace: "amazon-us", windowDays: 30, maxRestockingFeeRate: "0.2" };
 * ```
 */
export type ReturnPolicyOverride = z.output<typeof returnPolicyOverrideSchema>;

/**
 * A {@link ReturnPolicyOverride} as you write it: rates may be numbers, a reason's `restockingFeeRate` left out.
 *
 * @example
 * ```ts
 * const ebay: ReturnPolicyOverrideInput = { marketplace: "ebay-uk", reasons: { "changed-mind": { returnShippingPaidBy: "buyer", refundOriginalShipping: false } } };
 * ```
 */
export type ReturnPolicyOverrideInput = z.input<typeof returnPolicyOverrideSchema>;

/**
 * Schema of {@link ReturnPolicyOverride}.
 *
 * @example
 * ```ts
 * returnPolicyOverrideSchema.parse({ marketplace: "amazon-de", windowDays: 30 });
 * ```
 */
export const returnPolicyOverrideSchema = z.object({
  marketplace: z.string().min(1),
  windowDays: z.number().int().positive().optional(),
  reasons: z.partialRecord(returnReasonSchema, returnReasonTermsSchema).optional(),
  /** Restocking fees above this rate are cut to it on this marketplace. */
  maxRestockingFeeRate: rateSchema.optional(),
  nonReturnableCategories: z.array(z.string().min(1)).optional(),
});

/**
 * A return policy as data, effective from `validFrom` to `validTo` (inclusive, by order date): the window in days
 * from delivery, the conditions a buyer-remorse return must meet, the accepted reasons with their terms,
 * when a restocking fee applies, the categories not returnable for remorse, and per-marketplace overrides.
 *
 * @example
 * ```ts
 * const policy: ReturnPolicy = { ...defaultReturnPolicy, id: "shop-2027", validFrom: "2027-01-01" };
 * ```
 */
export type ReturnPolicy = z.output<typeof returnPolicySchema>;

/**
 * A {@link ReturnPolicy} as you write it and as `checkReturnEligibility` / `selectReturnPolicy` accept it: rates may
 * be numbers, a reason's `restockingFeeRate` and `marketplaceOverrides` may be left out.
 *
 * @example
 * ```ts
 * const policy: ReturnPolicyInput = {
 *   ...defaultReturnPolicy, id: "shop-2027", validFrom: "2027-01-01",
 *   reasons: { defective: { returnShippingPaidBy: "seller", refundOriginalShipping: true } }, // fee rate "0"
 * };
 * ```
 */
export type ReturnPolicyInput = z.input<typeof returnPolicySchema>;

/**
 * Schema of {@link ReturnPolicy}.
 *
 * @example
 * ```ts
 * returnPolicySchema.parse(defaultReturnPolicy);
 * ```
 */
export const returnPolicySchema = z.object({
  id: z.string().min(1),
  validFrom: localDateSchema,
  validTo: localDateSchema.optional(),
  windowDays: z.number().int().positive(),
  /** Conditions a buyer-remorse return must meet, e.g. `"unused"`, `"original-packaging"`. */
  conditions: z.array(z.string().min(1)),
  reasons: z.partialRecord(returnReasonSchema, returnReasonTermsSchema),
  /** `opened`: charge the reason's restocking fee only when the item was opened or used; `always`: every time. */
  restockingFeeWhen: z.enum(["opened", "always"]),
  /** Categories not returnable for the buyer's remorse (seller-fault returns are always accepted). */
  nonReturnableCategories: z.array(z.string().min(1)),
  marketplaceOverrides: z.array(returnPolicyOverrideSchema).default([]),
});

const sellerPays = { returnShippingPaidBy: "seller", refundOriginalShipping: true, restockingFeeRate: "0" } as const;
const buyerPays = { returnShippingPaidBy: "buyer", refundOriginalShipping: false, restockingFeeRate: "0.15" } as const;
/** EU right of withdrawal: the original standard delivery is refunded, no fee; the buyer may pay the return. */
const euWithdrawal = { returnShippingPaidBy: "buyer", refundOriginalShipping: true, restockingFeeRate: "0" } as const;

/**
 * A starting policy for a marketplace seller: 30 days from delivery; seller-fault returns free and with the original
 * shipping refunded; remorse returns at the buyer's cost with a 15% restocking fee when opened; underwear,
 * cosmetics and personalised goods not returnable for remorse; Amazon US's 20% restocking-fee ceiling and no
 * restocking fee and the original delivery refunded on amazon-de for remorse (EU withdrawal right, Directive
 * 2011/83/EU art. 13-14). Replace it with
 * your own terms and each marketplace's current rules.
 *
 * @example
 * ```ts
 * checkReturnEligibility({ policy: defaultReturnPolicy, reason: "defective", ... });
 * ```
 */
export const defaultReturnPolicy: ReturnPolicy = Object.freeze({
  id: "default-2026",
  validFrom: "2026-01-01",
  windowDays: 30,
  conditions: ["unused", "original-packaging"],
  reasons: {
    defective: sellerPays,
    "wrong-item": sellerPays,
    "not-as-described": sellerPays,
    "damaged-in-transit": sellerPays,
    "changed-mind": buyerPays,
    "wrong-size": buyerPays,
    style: buyerPays,
  },
  restockingFeeWhen: "opened",
  nonReturnableCategories: ["underwear", "cosmetics", "personalised"],
  marketplaceOverrides: [
    { marketplace: "amazon-us", maxRestockingFeeRate: "0.2" },
    {
      marketplace: "amazon-de",
      maxRestockingFeeRate: "0",
      reasons: { "changed-mind": euWithdrawal, "wrong-size": euWithdrawal, style: euWithdrawal },
    },
  ],
}) as ReturnPolicy;
