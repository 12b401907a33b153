import * as z from "zod";
import { isMoney, type Money, moneySchema } from "../core/index.js";

/**
 * @internal a non-negative amount given as a `Money` (taken as is: it is immutable) or as JSON
 * `{ amount: "12.34", currency: "USD" }` (parsed by core `moneySchema`).
 */
export const nonNegativeMoneySchema: z.ZodType<Money, Money | { amount: string; currency: string }> = z
  .union([z.custom<Money>((value) => isMoney(value) && value.amount.isFinite()), moneySchema])
  .refine((value) => !value.amount.isNegative(), { message: "must not be negative" });
