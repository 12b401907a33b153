import { CrossborderOpsError, type ValidationIssue } from "./CrossborderOpsError.js";

/**
 * Builds the error thrown for an invalid argument (code `INVALID_ARGUMENT`).
 *
 * @param path - the offending field, e.g. `["ratios", 3]`
 * @param message - what is wrong, written for a person to act on
 * @example
 * ```ts
 * throw invalidArgument(["lotSize"], "must be a positive integer, got -5");
 * ```
 */
export function invalidArgument(path: ReadonlyArray<string | number>, message: string): CrossborderOpsError {
  return new CrossborderOpsError("INVALID_ARGUMENT", [{ path, message }]);
}

/**
 * Builds an error with any code and one or more issues.
 *
 * @example
 * ```ts
 * throw opsError("CURRENCY_MISMATCH", [{ path: ["b"], message: "expected USD, got EUR" }]);
 * ```
 */
export function opsError(code: string, issues: readonly ValidationIssue[], message?: string): CrossborderOpsError {
  return new CrossborderOpsError(code, issues, message);
}
