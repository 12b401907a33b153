import type * as z from "zod";
import { CrossborderOpsError } from "./CrossborderOpsError.js";

/**
 * Turns a zod error into the library's error, keeping every issue with its path.
 *
 * @param error - the `ZodError` from `schema.safeParse`
 * @param pathPrefix - prepended to every path, e.g. the argument's name
 * @param code - the error code; `INVALID_ARGUMENT` unless given
 * @example
 * ```ts
 * const parsed = someSchema.safeParse(input);
 * if (!parsed.success) throw fromZodError(parsed.error, ["input"]);
 * ```
 */
export function fromZodError(
  error: z.ZodError,
  pathPrefix: ReadonlyArray<string | number> = [],
  code = "INVALID_ARGUMENT",
): CrossborderOpsError {
  return new CrossborderOpsError(
    code,
    error.issues.map((issue) => ({
      path: [...pathPrefix, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))],
      message: issue.message,
    })),
  );
}
