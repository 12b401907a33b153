import type { Result } from "../result.js";

/**
 * A stored record with its optimistic-concurrency `version` (1 after create, +1 on each update).
 *
 * @example
 * ```ts
 * const rec: Versioned<{ sku: string }> = { id: "PO-000001", version: 1, value: { sku: "A-1" } };
 * ```
 */
export interface Versioned<T> {
  readonly id: string;
  readonly version: number;
  readonly value: T;
}

/**
 * Outcome when a write expected another version than the stored one; nothing was changed.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === "VERSION_CONFLICT") console.log(r.error.actualVersion);
 * ```
 */
export interface VersionConflict {
  readonly code: "VERSION_CONFLICT";
  readonly message: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly actualVersion: number;
}

/**
 * Outcome when the record does not exist.
 *
 * @example
 * ```ts
 * const missing: NotFound = { code: "NOT_FOUND", message: "no record PO-9", id: "PO-9" };
 * ```
 */
export interface NotFound {
  readonly code: "NOT_FOUND";
  readonly message: string;
  readonly id: string;
}

/**
 * Outcome when creating a record whose id is taken.
 *
 * @example
 * ```ts
 * const taken: AlreadyExists = { code: "ALREADY_EXISTS", message: "PO-1 exists", id: "PO-1" };
 * ```
 */
export interface AlreadyExists {
  readonly code: "ALREADY_EXISTS";
  readonly message: string;
  readonly id: string;
}

/**
 * Port: storage of one kind of record with optimistic concurrency. Every write names the version it read; a stale
 * write returns `VERSION_CONFLICT` and changes nothing. Implementations must make `update` atomic (compare and
 * set), so that of two concurrent writers of the same version exactly one wins.
 *
 * Prove an implementation with `describeRepositoryContract` from `crossborder-ops/testing`.
 *
 * @example
 * ```ts
 * const repo: Repository<PurchaseOrder> = createInMemoryRepository();
 * const created = await repo.create("PO-1", po);
 * if (created.ok) await repo.update("PO-1", { ...po, note: "rush" }, created.value.version);
 * ```
 */
export interface Repository<T> {
  /** The record, or `undefined` when absent. */
  get(id: string): Promise<Versioned<T> | undefined>;
  /** Stores a new record at version 1. */
  create(id: string, value: T): Promise<Result<Versioned<T>, AlreadyExists>>;
  /** Replaces the value if the stored version equals `expectedVersion`; the version becomes `expectedVersion + 1`. */
  update(id: string, value: T, expectedVersion: number): Promise<Result<Versioned<T>, VersionConflict | NotFound>>;
  /** Removes the record if the stored version equals `expectedVersion`. */
  delete(id: string, expectedVersion: number): Promise<Result<{ readonly id: string }, VersionConflict | NotFound>>;
  /** Every record, ordered by id. */
  list(): Promise<Versioned<T>[]>;
}
