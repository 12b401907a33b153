import * as z from "zod";
import { parseInput } from "../../core/index.js";

/**
 * Why a buyer returns an item. The first four are the seller's fault (defective, wrong item, not as described,
 * damaged in transit); the last three are the buyer's remorse (changed mind, wrong size, style).
 *
 * @example
 * ```ts
 * const reason: ReturnReason = "defective";
 * ```
 */
export type ReturnReason = z.infer<typeof returnReasonSchema>;

/**
 * Schema of {@link ReturnReason}.
 *
 * @example
 * ```ts
 * returnReasonSchema.parse("wrong-size");
 * ```
 */
export const returnReasonSchema = z.enum([
  "defective",
  "wrong-item",
  "not-as-described",
  "damaged-in-transit",
  "changed-mind",
  "wrong-size",
  "style",
]);

/**
 * Whose fault a return reason is: `seller` or `buyer` (remorse).
 *
 * @throws `INVALID_ARGUMENT` for an unknown reason
 *
 * @example
 * ```ts
 * returnReasonFault("damaged-in-transit"); // "seller"
 * returnReasonFault("changed-mind"); // "buyer"
 * ```
 */
export function returnReasonFault(reason: ReturnReason): "seller" | "buyer" {
  const parsed = parseInput(returnReasonSchema, reason, ["reason"]);
  return parsed === "defective" ||
    parsed === "wrong-item" ||
    parsed === "not-as-described" ||
    parsed === "damaged-in-transit"
    ? "seller"
    : "buyer";
}
