import { euMemberStates, type HsCodeRule } from "./hsCodeRules.js";

/**
 * The outcome of checking one tariff code against a destination: the digits, the rule applied (if any) and the
 * problem found (if any).
 *
 * @example
 * ```ts
 * const r: HsCodeCheck = { digits: "61091000", problem: "length", expectedLengths: [10] };
 * ```
 */
export interface HsCodeCheck {
  readonly digits: string;
  readonly rule?: HsCodeRule;
  readonly expectedLengths: readonly number[];
  /** `chapter`: the first two digits are not an HS chapter (01-97, 77 reserved); `length`: wrong digit count. */
  readonly problem?: "chapter" | "length";
}

/**
 * Checks a tariff code's shape for a destination: a real HS chapter in the first two digits and the digit count
 * the destination's rule asks for (any of its lengths; at least 6 where no rule exists). It does not look the
 * code up in a tariff.
 *
 * @example
 * ```ts
 * checkHsCodeFormat("6109.10.0012", "US", defaultHsCodeRules).problem; // undefined
 * checkHsCodeFormat("610910", "DE", defaultHsCodeRules).problem; // "length" (EU wants 8 or 10)
 * ```
 */
export function checkHsCodeFormat(hsCode: string, destination: string, rules: readonly HsCodeRule[]): HsCodeCheck {
  const digits = hsCode.replace(/[. ]/g, "");
  const rule =
    rules.find((candidate) => candidate.country === destination) ??
    (euMemberStates.includes(destination) ? rules.find((candidate) => candidate.country === "EU") : undefined);
  const chapter = Number(digits.slice(0, 2));
  const expectedLengths = rule?.lengths ?? [6, 7, 8, 9, 10, 11, 12, 13, 14];
  const base = { digits, ...(rule === undefined ? {} : { rule }), expectedLengths };
  if (digits.length < 2 || chapter < 1 || chapter > 97 || chapter === 77) return { ...base, problem: "chapter" };
  if (!expectedLengths.includes(digits.length)) return { ...base, problem: "length" };
  return base;
}
