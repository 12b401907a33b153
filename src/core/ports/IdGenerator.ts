import { invalidArgument } from "../errors/invalidArgument.js";

/**
 * Port: new identifiers for records (purchase orders, inspections, RMAs...). The host decides the format (UUID,
 * ULID, a number series such as `PO-2026-000123`).
 *
 * @example
 * ```ts
 * const uuids: IdGenerator = { next: (prefix) => `${prefix}-${crypto.randomUUID()}` };
 * ```
 */
export interface IdGenerator {
  /** A new, unique id, usually starting with `prefix` (e.g. `PO`). */
  next(prefix: string): string;
}

/**
 * Reference adapter: sequential, zero-padded ids per prefix (`PO-000001`, `PO-000002`, `NCR-000001`...).
 * Deterministic, so tests and demos print the same ids every run.
 *
 * @example
 * ```ts
 * const ids = createSequentialIdGenerator();
 * ids.next("PO"); // "PO-000001"
 * ids.next("PO"); // "PO-000002"
 * ```
 */
export function createSequentialIdGenerator(options: { width?: number } = {}): IdGenerator {
  const width = options.width ?? 6;
  if (!Number.isInteger(width) || width < 1 || width > 20)
    throw invalidArgument(["options", "width"], "must be an integer from 1 to 20");
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      if (typeof prefix !== "string" || !/^[A-Za-z0-9_-]*$/.test(prefix)) {
        throw invalidArgument(["prefix"], "must contain only letters, digits, '-' and '_'");
      }
      const value = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, value);
      const digits = String(value).padStart(width, "0");
      return prefix === "" ? digits : `${prefix}-${digits}`;
    },
  };
}
