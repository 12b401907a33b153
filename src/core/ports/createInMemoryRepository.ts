import { invalidArgument } from "../errors/invalidArgument.js";
import { err, ok } from "../result.js";
import { deepCopy } from "./deepCopy.js";
import type { Repository, Versioned } from "./Repository.js";

/**
 * Reference adapter of the {@link Repository} port, in memory. Values are deep-copied on the way in and out (plain
 * objects, arrays and dates are copied; immutable values such as decimal.js amounts are shared), so callers can never
 * change what is stored by mutating an object.
 *
 * @example
 * ```ts
 * const repo = createInMemoryRepository<{ qty: number }>();
 * const a = await repo.create("R-1", { qty: 1 });
 * const stale = await repo.update("R-1", { qty: 3 }, 0); // { ok: false, error: { code: "VERSION_CONFLICT", ... } }
 * ```
 */
export function createInMemoryRepository<T>(): Repository<T> {
  const records = new Map<string, Versioned<T>>();
  const copy = (record: Versioned<T>): Versioned<T> => ({
    id: record.id,
    version: record.version,
    value: deepCopy(record.value),
  });
  const requireId = (id: unknown): string => {
    if (typeof id !== "string" || id === "") throw invalidArgument(["id"], "must be a non-empty string");
    return id;
  };
  const requireVersion = (version: unknown): number => {
    if (!Number.isSafeInteger(version) || (version as number) < 1)
      throw invalidArgument(["expectedVersion"], "must be a positive integer");
    return version as number;
  };

  return {
    async get(id) {
      const record = records.get(requireId(id));
      return record ? copy(record) : undefined;
    },
    async create(id, value) {
      requireId(id);
      if (records.has(id)) return err({ code: "ALREADY_EXISTS", message: `a record "${id}" already exists`, id });
      const record = { id, version: 1, value: deepCopy(value) };
      records.set(id, record);
      return ok(copy(record));
    },
    async update(id, value, expectedVersion) {
      requireId(id);
      requireVersion(expectedVersion);
      const current = records.get(id);
      if (!current) return err({ code: "NOT_FOUND", message: `no record "${id}"`, id });
      if (current.version !== expectedVersion) {
        return err({
          code: "VERSION_CONFLICT",
          message: `"${id}" is at version ${current.version}, not ${expectedVersion}; reload it and apply the change again`,
          id,
          expectedVersion,
          actualVersion: current.version,
        });
      }
      const record = { id, version: current.version + 1, value: deepCopy(value) };
      records.set(id, record);
      return ok(copy(record));
    },
    async delete(id, expectedVersion) {
      requireId(id);
      requireVersion(expectedVersion);
      const current = records.get(id);
      if (!current) return err({ code: "NOT_FOUND", message: `no record "${id}"`, id });
      if (current.version !== expectedVersion) {
        return err({
          code: "VERSION_CONFLICT",
          message: `"${id}" is at version ${current.version}, not ${expectedVersion}`,
          id,
          expectedVersion,
          actualVersion: current.version,
        });
      }
      records.delete(id);
      return ok({ id });
    },
    async list() {
      return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(copy);
    },
  };
}
