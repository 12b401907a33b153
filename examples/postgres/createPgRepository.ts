import { err, invalidArgument, ok, type Repository, type Versioned } from "../../src/core/index.js";
import type { PgDatabase, PgQueryable } from "./pgDatabase.js";

/** Turns a stored value into JSON and back; use a schema's `parse` to revive Money and dates on the way out. */
export interface RecordCodec<T> {
  encode(value: T): unknown;
  decode(json: unknown): T;
}

/** JSON as is: fine for plain data; Money becomes `{ amount: "12.34", currency }` and needs a schema to come back. */
const jsonCodec: RecordCodec<unknown> = { encode: (value) => value, decode: (json) => json };

const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates the table a repository of one record kind lives in: an id, a version for optimistic concurrency and the
 * value as JSONB.
 */
export async function createRecordsTable(db: PgQueryable, table: string): Promise<void> {
  requireTableName(table);
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    id text PRIMARY KEY,
    version integer NOT NULL CHECK (version >= 1),
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`);
}

interface Row {
  id: string;
  version: number;
  value: unknown;
}

/**
 * The library's `Repository` port on PostgreSQL. Every command is one statement or one transaction; `update` and
 * `delete` are compare-and-set on the version column, so of two writers of the same version exactly one wins and
 * the other gets `VERSION_CONFLICT` with nothing changed.
 */
export function createPgRepository<T>(
  db: PgDatabase,
  table: string,
  codec: RecordCodec<T> = jsonCodec as RecordCodec<T>,
): Repository<T> {
  requireTableName(table);
  const toRecord = (row: Row): Versioned<T> => ({ id: row.id, version: row.version, value: codec.decode(row.value) });
  const requireId = (id: unknown): string => {
    if (typeof id !== "string" || id === "") throw invalidArgument(["id"], "must be a non-empty string");
    return id;
  };
  const requireVersion = (version: unknown): number => {
    if (!Number.isSafeInteger(version) || (version as number) < 1)
      throw invalidArgument(["expectedVersion"], "must be a positive integer");
    return version as number;
  };
  const whyNot = async (tx: PgQueryable, id: string, expectedVersion: number) => {
    const found = await tx.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    const current = found.rows[0];
    if (!current) return err({ code: "NOT_FOUND" as const, message: `no record "${id}"`, id });
    return err({
      code: "VERSION_CONFLICT" as const,
      message: `"${id}" is at version ${current.version}, not ${expectedVersion}; reload it and apply the change again`,
      id,
      expectedVersion,
      actualVersion: current.version,
    });
  };

  return {
    async get(id) {
      const result = await db.query<Row>(`SELECT id, version, value FROM ${table} WHERE id = $1`, [requireId(id)]);
      const row = result.rows[0];
      return row ? toRecord(row) : undefined;
    },
    async create(id, value) {
      requireId(id);
      const result = await db.query<Row>(
        `INSERT INTO ${table} (id, version, value) VALUES ($1, 1, $2) ON CONFLICT (id) DO NOTHING RETURNING id, version, value`,
        [id, JSON.stringify(codec.encode(value))],
      );
      const row = result.rows[0];
      return row ? ok(toRecord(row)) : err({ code: "ALREADY_EXISTS", message: `a record "${id}" already exists`, id });
    },
    async update(id, value, expectedVersion) {
      requireId(id);
      requireVersion(expectedVersion);
      return db.transaction(async (tx) => {
        const result = await tx.query<Row>(
          `UPDATE ${table} SET value = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING id, version, value`,
          [id, JSON.stringify(codec.encode(value)), expectedVersion],
        );
        const row = result.rows[0];
        return row ? ok(toRecord(row)) : whyNot(tx, id, expectedVersion);
      });
    },
    async delete(id, expectedVersion) {
      requireId(id);
      requireVersion(expectedVersion);
      return db.transaction(async (tx) => {
        const result = await tx.query<{ id: string }>(
          `DELETE FROM ${table} WHERE id = $1 AND version = $2 RETURNING id`,
          [id, expectedVersion],
        );
        return result.rows[0] ? ok({ id }) : whyNot(tx, id, expectedVersion);
      });
    },
    async list() {
      const result = await db.query<Row>(`SELECT id, version, value FROM ${table} ORDER BY id COLLATE "C"`);
      return result.rows.map(toRecord);
    },
  };
}

function requireTableName(table: string): void {
  if (!TABLE_NAME.test(table))
    throw invalidArgument(["table"], "must be a lower-case SQL identifier such as purchase_orders");
}
