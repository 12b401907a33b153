import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll } from "vitest";
import { createPgRepository, createRecordsTable } from "../../../examples/postgres/createPgRepository.js";
import { describeRepositoryContract } from "../../../src/testing/index.js";

// One embedded Postgres (WASM) for the file; every repository the kit asks for gets a fresh table.
const db = new PGlite();
let tables = 0;
// Starting Postgres in WASM (compile + initdb) takes seconds, far more on a loaded machine.
beforeAll(() => db.waitReady, 180_000);
afterAll(() => db.close());

describeRepositoryContract("PostgreSQL (PGlite)", async () => {
  const table = `records_${++tables}`;
  await createRecordsTable(db, table);
  return createPgRepository(db, table);
});
