/**
 * An expected business outcome that is not a success: a rejected lot, an illegal transition, a version conflict.
 * It always carries a stable `code` and a human-readable `message`; specific outcomes add structured data.
 *
 * @example
 * ```ts
 * const failure: Failure<"OVER_RECEIPT"> = { code: "OVER_RECEIPT", message: "12 more than ordered" };
 * ```
 */
export interface Failure<C extends string = string> {
  readonly code: C;
  readonly message: string;
}

/**
 * Either a success with its `value` or a failure with its `error`. Returned (never thrown) for expected outcomes.
 *
 * @example
 * ```ts
 * function reserve(qty: number): Result<number, Failure<"OUT_OF_STOCK">> {
 *   return qty <= 10 ? ok(qty) : err({ code: "OUT_OF_STOCK", message: "only 10 left" });
 * }
 * const r = reserve(3);
 * if (r.ok) console.log(r.value);
 * ```
 */
export type Result<T, E extends { readonly code: string } = Failure> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a success.
 *
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps a failure.
 *
 * @example
 * ```ts
 * err({ code: "LOT_REJECTED", message: "3 major defects, Re = 3" });
 * ```
 */
export function err<E extends { readonly code: string }>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
