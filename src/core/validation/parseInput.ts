import type * as z from "zod";
import { fromZodError } from "../errors/fromZodError.js";

/**
 * Validates an argument against a schema and returns the parsed value, or throws the library's
 * `INVALID_ARGUMENT` error with every issue and its path. Every public function uses it on its input.
 *
 * @param schema - the zod schema of the argument
 * @param input - the untrusted value
 * @param path - the argument's name, prefixed to every issue path
 * @example
 * ```ts
 * const lotSize = parseInput(z.number().int().positive(), -3, ["lotSize"]); // throws, path ["lotSize"]
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: ReadonlyArray<string | number> = [],
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, path);
  return parsed.data;
}
