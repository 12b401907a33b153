import { opsError } from "../core/index.js";

/**
 * Normalises an HS / tariff code by removing dots and spaces (`"6110.20.20"` → `"61102020"`) and checks its shape:
 * 6 to 10 digits (the 6-digit HS subheading plus national digits: 8 for the EU CN and US HTS, 9 for Japan's
 * statistical code, 10 for TARIC and the US statistical suffix).
 *
 * @throws `INVALID_HS_CODE` with the given path when the shape is wrong
 * @example
 * ```ts
 * normalizeHsCode("6110.20.20"); // "61102020"
 * normalizeHsCode("61-10", ["lines", 0, "hsCode"]); // throws INVALID_HS_CODE
 * ```
 */
export function normalizeHsCode(hsCode: string, path: ReadonlyArray<string | number> = ["hsCode"]): string {
  const digits = hsCode.replace(/[.\s]/g, "");
  if (!/^\d{6,10}$/.test(digits)) {
    throw opsError("INVALID_HS_CODE", [
      { path, message: `"${hsCode}" is not an HS code: expected 6 to 10 digits, e.g. "6110.20" or "6110.20.20"` },
    ]);
  }
  return digits;
}

/** @internal tells whether a normalised code falls under any of the prefixes ("64", "6403", "420221"). */
export function hsMatchesAny(hsCode: string, prefixes: readonly string[] | undefined): boolean {
  if (!prefixes) return false;
  return prefixes.some((prefix) => hsCode.startsWith(prefix.replace(/[.\s]/g, "")));
}
