import type * as z from "zod";
import { CrossborderOpsError } from "./CrossborderOpsError.js";

/**
 * Turns a zod error into the library's error, keeping every issue with its path. A value that matched none of a
 * union's alternatives gets one message naming them (`must be a decimal, or a string, or a number (received NaN)`)
 * rather than zod's bare "Invalid input".
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
      message: issue.code === "invalid_union" ? unionMessage(issue) : issue.message,
    })),
  );
}

const GENERIC = "Invalid input";

/** One message for a value no alternative of a union accepted, built from the alternatives' own messages. */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const atUnion = issue.errors.flat().filter((branch) => branch.path.length === 0);
  const alternatives = new Set<string>();
  let received: string | undefined;
  for (const branch of atUnion) {
    received ??= /received (\S+)$/.exec(branch.message)?.[1];
    if (branch.code === "invalid_type")
      alternatives.add(`${/^[aeiou]/.test(branch.expected) ? "an" : "a"} ${branch.expected}`);
    else if (branch.message !== GENERIC) alternatives.add(branch.message.replace(/^must be /, ""));
  }
  if (alternatives.size === 0) return issue.message;
  return `must be ${[...alternatives].join(", or ")}${received === undefined ? "" : ` (received ${received})`}`;
}
