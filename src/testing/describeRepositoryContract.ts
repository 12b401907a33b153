import { describe, expect, it } from "vitest";
import type { Repository } from "../core/index.js";

/**
 * Options of {@link describeRepositoryContract}.
 *
 * @example
 * ```ts
 * const options: RepositoryContractOptions<Order> = { makeValue: (n) => ({ orderNo: `SO-${n}`, lines: [] }) };
 * ```
 */
export interface RepositoryContractOptions<T> {
  /** Builds the n-th distinct test value; by default a small JSON object. */
  readonly makeValue?: (n: number) => T;
  /** How many concurrent writers to race; 8 by default. */
  readonly writers?: number;
}

/**
 * Registers a vitest suite proving that a {@link Repository} adapter behaves like the reference in-memory one:
 * versions start at 1 and grow by one, stale writes return `VERSION_CONFLICT` and change nothing, missing records
 * return `NOT_FOUND`, duplicates `ALREADY_EXISTS`, stored values cannot be changed through returned or passed
 * objects, and of concurrent writers of the same version exactly one wins while retrying writers lose nothing.
 *
 * Call it inside your own test file. The factory must return a fresh, empty repository each time.
 *
 * @param name - shown in the test report
 * @param factory - makes a new, empty repository (may be async, e.g. after creating a table)
 * @example
 * ```ts
 * // test/postgresRepository.test.ts in your app
 * import { describeRepositoryContract } from "crossborder-ops/testing";
 * describeRepositoryContract("postgres purchase orders", async () => createPgRepository(await freshDb()));
 * ```
 */
export function describeRepositoryContract<T = unknown>(
  name: string,
  factory: () => Repository<T> | Promise<Repository<T>>,
  options: RepositoryContractOptions<T> = {},
): void {
  const makeValue = options.makeValue ?? ((n: number) => ({ name: `record ${n}`, quantity: n, tags: [`t${n}`] }) as T);
  const writers = options.writers ?? 8;

  describe(`Repository contract: ${name}`, () => {
    it("returns undefined for a missing record and an empty list at first", async () => {
      const repo = await factory();
      expect(await repo.get("missing")).toBeUndefined();
      expect(await repo.list()).toEqual([]);
    });

    it("creates at version 1 and refuses a duplicate id with ALREADY_EXISTS", async () => {
      const repo = await factory();
      const created = await repo.create("A-1", makeValue(1));
      expect(created).toEqual({ ok: true, value: { id: "A-1", version: 1, value: makeValue(1) } });
      const again = await repo.create("A-1", makeValue(2));
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.error).toMatchObject({ code: "ALREADY_EXISTS", id: "A-1" });
      expect((await repo.get("A-1"))?.value).toEqual(makeValue(1));
    });

    it("updates with the expected version and increments it", async () => {
      const repo = await factory();
      await repo.create("A-1", makeValue(1));
      const updated = await repo.update("A-1", makeValue(2), 1);
      expect(updated).toEqual({ ok: true, value: { id: "A-1", version: 2, value: makeValue(2) } });
      expect(await repo.get("A-1")).toEqual({ id: "A-1", version: 2, value: makeValue(2) });
    });

    it("returns VERSION_CONFLICT for a stale write and changes nothing", async () => {
      const repo = await factory();
      await repo.create("A-1", makeValue(1));
      await repo.update("A-1", makeValue(2), 1);
      const stale = await repo.update("A-1", makeValue(3), 1);
      expect(stale.ok).toBe(false);
      if (!stale.ok)
        expect(stale.error).toMatchObject({
          code: "VERSION_CONFLICT",
          id: "A-1",
          expectedVersion: 1,
          actualVersion: 2,
        });
      expect(await repo.get("A-1")).toEqual({ id: "A-1", version: 2, value: makeValue(2) });
    });

    it("returns NOT_FOUND when updating or deleting a missing record", async () => {
      const repo = await factory();
      const update = await repo.update("nope", makeValue(1), 1);
      expect(!update.ok && update.error.code).toBe("NOT_FOUND");
      const removal = await repo.delete("nope", 1);
      expect(!removal.ok && removal.error.code).toBe("NOT_FOUND");
    });

    it("deletes only at the expected version", async () => {
      const repo = await factory();
      await repo.create("A-1", makeValue(1));
      const stale = await repo.delete("A-1", 2);
      expect(!stale.ok && stale.error.code).toBe("VERSION_CONFLICT");
      expect(await repo.get("A-1")).toBeDefined();
      expect(await repo.delete("A-1", 1)).toEqual({ ok: true, value: { id: "A-1" } });
      expect(await repo.get("A-1")).toBeUndefined();
    });

    it("lists every record ordered by id", async () => {
      const repo = await factory();
      for (const id of ["C-3", "A-1", "B-2"]) await repo.create(id, makeValue(id.charCodeAt(0)));
      expect((await repo.list()).map((record) => record.id)).toEqual(["A-1", "B-2", "C-3"]);
    });

    it("cannot be changed through the objects passed in or handed out", async () => {
      const repo = await factory();
      const value = makeValue(1) as unknown;
      await repo.create("A-1", value as T);
      if (value && typeof value === "object") (value as Record<string, unknown>).intruder = true;
      const read = await repo.get("A-1");
      if (read?.value && typeof read.value === "object") (read.value as Record<string, unknown>).intruder = true;
      expect((await repo.get("A-1"))?.value).toEqual(makeValue(1));
    });

    it("lets exactly one of several concurrent writers of the same version win", async () => {
      const repo = await factory();
      await repo.create("A-1", makeValue(0));
      const results = await Promise.all(
        Array.from({ length: writers }, (_, i) => repo.update("A-1", makeValue(i + 1), 1)),
      );
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      for (const result of results) if (!result.ok) expect(result.error.code).toBe("VERSION_CONFLICT");
      const stored = await repo.get("A-1");
      expect(stored?.version).toBe(2);
      expect(stored?.value).toEqual(winners[0]?.ok ? winners[0].value.value : undefined);
    });

    it("loses no write when concurrent writers retry on conflict", async () => {
      const repo = await factory();
      await repo.create("A-1", makeValue(0));
      const writer = async () => {
        for (let attempt = 0; attempt < 10 * writers; attempt++) {
          const current = await repo.get("A-1");
          if (!current) throw new Error("record vanished");
          const result = await repo.update("A-1", makeValue(current.version), current.version);
          if (result.ok) return;
          expect(result.error.code).toBe("VERSION_CONFLICT");
        }
        throw new Error("writer never succeeded");
      };
      await Promise.all(Array.from({ length: writers }, writer));
      expect((await repo.get("A-1"))?.version).toBe(writers + 1);
    });
  });
}
