import { expect } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";

/** Runs `fn`, expects the library error with this code, and returns the path of its first issue. */
export function expectOpsError(fn: () => unknown, code: string): ReadonlyArray<string | number> {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isCrossborderOpsError(caught)).toBe(true);
  if (!isCrossborderOpsError(caught)) throw new Error("unreachable");
  expect(caught.code).toBe(code);
  expect(caught.issues.length).toBeGreaterThan(0);
  return caught.issues[0]?.path ?? [];
}
