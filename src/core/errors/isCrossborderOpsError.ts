import { CrossborderOpsError, ERROR_BRAND } from "./CrossborderOpsError.js";

/**
 * Tells whether a caught value is an error thrown by this library, whichever build (ESM or CJS) threw it.
 *
 * @param value - anything caught
 * @param code - when given, also require this error code
 * @example
 * ```ts
 * try { allocate(money("10.00", "USD"), []); }
 * catch (e) { if (isCrossborderOpsError(e, "INVALID_ARGUMENT")) console.log(e.issues[0]?.path); }
 * ```
 */
export function isCrossborderOpsError(value: unknown, code?: string): value is CrossborderOpsError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<CrossborderOpsError>;
  const branded =
    value instanceof CrossborderOpsError ||
    (candidate.brand === ERROR_BRAND && typeof candidate.code === "string" && Array.isArray(candidate.issues));
  return branded && (code === undefined || candidate.code === code);
}
