import { expect } from "vitest";
import { isCrossborderOpsError } from "../../src/core/errors/isCrossborderOpsError.js";

/** Asserts that `run` throws the library error with `code` and, when given, the first issue's `path`. */
export function expectOpsError(run: () => unknown, code: string, path?: ReadonlyArray<string | number>): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isCrossborderOpsError(thrown), `expected a CrossborderOpsError, got ${String(thrown)}`).toBe(true);
  if (!isCrossborderOpsError(thrown)) return;
  expect(thrown.code).toBe(code);
  if (path) expect(thrown.issues[0]?.path).toEqual(path);
  expect(thrown.message.length).toBeGreaterThan(0);
}
