import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  createPgRepository,
  createRecordsTable,
  type RecordCodec,
} from "../../../examples/postgres/createPgRepository.js";
import {
  addMoney,
  initialSnapshot,
  isMoney,
  type Money,
  money,
  moneySchema,
  moneyToJson,
  type Repository,
  type Snapshot,
  transition,
} from "../../../src/core/index.js";
import {
  type PurchaseOrderContext,
  type PurchaseOrderEvent,
  type PurchaseOrderState,
  purchaseOrderMachine,
} from "../../../src/suppliers/index.js";

/** What the host stores per purchase order: the machine snapshot plus money the machine does not track. */
interface StoredPurchaseOrder {
  readonly snapshot: Snapshot<PurchaseOrderState, PurchaseOrderContext>;
  readonly total: Money;
  readonly paid: Money;
  readonly notes: readonly string[];
}

const storedPurchaseOrderSchema = z.object({
  snapshot: z.object({
    machine: z.literal(purchaseOrderMachine.id),
    state: z.enum(purchaseOrderMachine.states as [PurchaseOrderState, ...PurchaseOrderState[]]),
    context: z.object({ purchaseOrderId: z.string().min(1), revision: z.number().int().nonnegative() }),
    history: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        event: z.string(),
        at: z.string().optional(),
        actor: z.string().optional(),
        reason: z.string().optional(),
      }),
    ),
  }),
  total: moneySchema,
  paid: moneySchema,
  notes: z.array(z.string()),
});

// Money goes out as { amount: "38250", currency: "CNY" } and comes back as Money through the zod schema.
const codec: RecordCodec<StoredPurchaseOrder> = {
  encode: (po) => ({ ...po, total: moneyToJson(po.total), paid: moneyToJson(po.paid) }),
  decode: (json) => storedPurchaseOrderSchema.parse(json) as StoredPurchaseOrder,
};

const db = new PGlite();
let tables = 0;
// Starting Postgres in WASM (compile + initdb) takes seconds, far more on a loaded machine.
beforeAll(() => db.waitReady, 180_000);
afterAll(() => db.close());

const PO = "PO-2026-0031";

async function freshRepository(): Promise<Repository<StoredPurchaseOrder>> {
  const table = `purchase_orders_${++tables}`;
  await createRecordsTable(db, table);
  const repo = createPgRepository(db, table, codec);
  const created = await repo.create(PO, {
    snapshot: initialSnapshot(purchaseOrderMachine, { purchaseOrderId: PO, revision: 0 }),
    total: money("127500.00", "CNY"),
    paid: money("0.00", "CNY"),
    notes: [],
  });
  expect(created.ok).toBe(true);
  return repo;
}

/** Writer A moves the machine (submits the PO for approval). */
function submit(po: StoredPurchaseOrder): StoredPurchaseOrder {
  const event: PurchaseOrderEvent = { type: "SUBMIT" };
  const step = transition(purchaseOrderMachine, po.snapshot, event, { at: "2026-06-15T02:00:00Z", actor: "buyer.li" });
  if (!step.ok) throw new Error(step.error.message);
  return { ...po, snapshot: step.value.snapshot, notes: [...po.notes, "submitted by buyer.li"] };
}

/** Writer B books the 30% deposit (CNY 38,250.00 of 127,500.00). */
function bookDeposit(po: StoredPurchaseOrder): StoredPurchaseOrder {
  return {
    ...po,
    paid: addMoney(po.paid, money("38250.00", "CNY")),
    notes: [...po.notes, "deposit paid by finance.zhao"],
  };
}

/** Read, change, compare-and-set; on VERSION_CONFLICT reload and apply the change again. */
async function updateWithRetry(
  repo: Repository<StoredPurchaseOrder>,
  change: (po: StoredPurchaseOrder) => StoredPurchaseOrder,
  loaded?: { version: number; value: StoredPurchaseOrder },
) {
  const conflicts: unknown[] = [];
  let current = loaded ?? (await repo.get(PO));
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!current) throw new Error(`${PO} is gone`);
    const result = await repo.update(PO, change(current.value), current.version);
    if (result.ok) return { record: result.value, conflicts };
    conflicts.push(result.error);
    if (result.error.code !== "VERSION_CONFLICT") throw new Error(result.error.message);
    current = await repo.get(PO);
  }
  throw new Error("gave up after 5 conflicts");
}

describe("two writers on one purchase order (PostgreSQL on PGlite)", () => {
  it("the second writer of the same version gets VERSION_CONFLICT and nothing changes", async () => {
    const repo = await freshRepository();
    const a = await repo.get(PO);
    const b = await repo.get(PO);
    if (!a || !b) throw new Error("not stored");
    expect([a.version, b.version]).toEqual([1, 1]);

    const first = await repo.update(PO, submit(a.value), a.version);
    const second = await repo.update(PO, bookDeposit(b.value), b.version);

    expect(first.ok && first.value.version).toBe(2);
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.error).toMatchObject({ code: "VERSION_CONFLICT", id: PO, expectedVersion: 1, actualVersion: 2 });
    const stored = await repo.get(PO);
    expect(stored?.version).toBe(2);
    expect(stored?.value.snapshot.state).toBe("pending-approval");
    expect(stored?.value.paid.amount.toFixed(2)).toBe("0.00");
  });

  it("the loser retries on the fresh version and both changes are kept", async () => {
    const repo = await freshRepository();
    const a = await repo.get(PO);
    const b = await repo.get(PO);
    if (!a || !b) throw new Error("not stored");

    const winner = await updateWithRetry(repo, submit, a);
    const loser = await updateWithRetry(repo, bookDeposit, b);

    expect(winner.conflicts).toEqual([]);
    expect(loser.conflicts).toHaveLength(1);
    expect(loser.conflicts[0]).toMatchObject({ code: "VERSION_CONFLICT", expectedVersion: 1, actualVersion: 2 });
    expect(loser.record.version).toBe(3);

    const stored = await repo.get(PO);
    if (!stored) throw new Error("gone");
    expect(stored.version).toBe(3);
    expect(stored.value.snapshot.state).toBe("pending-approval");
    expect(stored.value.snapshot.history.map((h) => `${h.event}:${h.from}->${h.to}`)).toEqual([
      "SUBMIT:draft->pending-approval",
    ]);
    expect(isMoney(stored.value.paid)).toBe(true);
    expect(stored.value.paid.amount.toFixed(2)).toBe("38250.00");
    expect(stored.value.paid.currency).toBe("CNY");
    expect(stored.value.total.amount.toFixed(2)).toBe("127500.00");
    expect(stored.value.notes).toEqual(["submitted by buyer.li", "deposit paid by finance.zhao"]);
  });

  it("of two simultaneous writes of the same version exactly one wins; the retry keeps both", async () => {
    const repo = await freshRepository();
    const loaded = await repo.get(PO);
    if (!loaded) throw new Error("not stored");
    const results = await Promise.all([
      repo.update(PO, submit(loaded.value), loaded.version),
      repo.update(PO, bookDeposit(loaded.value), loaded.version),
    ]);
    const wins = results.filter((r) => r.ok);
    const losses = results.filter((r) => !r.ok);
    expect(wins).toHaveLength(1);
    expect(losses).toHaveLength(1);
    expect(losses[0]?.ok === false && losses[0].error.code).toBe("VERSION_CONFLICT");

    // Re-apply whichever change lost.
    const lostIndex = results.findIndex((r) => !r.ok);
    await updateWithRetry(repo, lostIndex === 0 ? submit : bookDeposit);
    const stored = await repo.get(PO);
    expect(stored?.version).toBe(3);
    expect(stored?.value.snapshot.state).toBe("pending-approval");
    expect(stored?.value.paid.amount.toFixed(2)).toBe("38250.00");
    expect([...(stored?.value.notes ?? [])].sort()).toEqual(["deposit paid by finance.zhao", "submitted by buyer.li"]);
  });

  // decimal.js writes the shortest exact form (no trailing zeros); the schema revives it to the same value.
  it("stores Money as exact decimal strings in the JSONB column", async () => {
    const repo = await freshRepository();
    await updateWithRetry(repo, bookDeposit);
    const raw = await db.query<{ value: { paid: unknown; total: unknown } }>(
      `SELECT value FROM purchase_orders_${tables} WHERE id = $1`,
      [PO],
    );
    expect(raw.rows[0]?.value.paid).toEqual({ amount: "38250", currency: "CNY" });
    expect(raw.rows[0]?.value.total).toEqual({ amount: "127500", currency: "CNY" });
  });
});
