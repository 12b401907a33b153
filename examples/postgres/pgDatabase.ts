/**
 * The little of a Postgres client the repository needs. PGlite (`@electric-sql/pglite`) satisfies it as is;
 * node-postgres needs the small wrapper shown in docs/integrating.md.
 */
export interface PgQueryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** A client that can also run a callback inside one transaction (committed when it resolves, rolled back when it throws). */
export interface PgDatabase extends PgQueryable {
  transaction<T>(run: (tx: PgQueryable) => Promise<T>): Promise<T>;
}
