/** Stable brand used to recognise library errors across bundles (ESM and CJS copies). */
export const ERROR_BRAND = "crossborder-ops/error";

/**
 * One problem found in an argument: where it is and what is wrong with it.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { path: ["lines", 2, "quantity"], message: "must be a positive integer" };
 * ```
 */
export interface ValidationIssue {
  /** Path of the offending field from the argument's root, e.g. `["lines", 2, "quantity"]`; empty for the whole value. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong and, where possible, what would be right. */
  readonly message: string;
}

/**
 * The one error type the library throws. It is thrown only for invalid arguments and programming mistakes;
 * expected business outcomes are returned as {@link Result} values instead.
 *
 * Recognise it with {@link isCrossborderOpsError}, never with `instanceof` alone: the ESM and CJS builds each
 * carry their own class.
 *
 * @example
 * ```ts
 * try {
 *   money("abc", "USD");
 * } catch (e) {
 *   if (isCrossborderOpsError(e) && e.code === "INVALID_ARGUMENT") console.log(e.issues);
 * }
 * ```
 */
export class CrossborderOpsError extends Error {
  override readonly name = "CrossborderOpsError";
  /** Stable, machine-readable code such as `INVALID_ARGUMENT` or `CURRENCY_MISMATCH`. */
  readonly code: string;
  /** Every problem found, each with the path of the field. */
  readonly issues: readonly ValidationIssue[];
  /** Brand checked by {@link isCrossborderOpsError}. */
  readonly brand: typeof ERROR_BRAND = ERROR_BRAND;

  constructor(code: string, issues: readonly ValidationIssue[], message?: string) {
    super(message ?? summarise(code, issues));
    this.code = code;
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

function summarise(code: string, issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return code;
  const parts = issues.map((issue) =>
    issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
  );
  return `${code}: ${parts.join("; ")}`;
}

/**
 * Renders an issue path the way a developer would write it: `lines[2].quantity`.
 *
 * @example
 * ```ts
 * formatPath(["lines", 2, "quantity"]); // "lines[2].quantity"
 * ```
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
