import { describe, expect, it } from "vitest";
import { money } from "../../../src/core/money/Money.js";
import { createManualClock } from "../../../src/core/ports/Clock.js";
import { createInMemoryRepository } from "../../../src/core/ports/createInMemoryRepository.js";
import { createSequentialIdGenerator } from "../../../src/core/ports/IdGenerator.js";
import { expectOpsError } from "../expectOpsError.js";

describe("createManualClock", () => {
  it("stands still until moved", () => {
    const clock = createManualClock("2026-03-01T08:00:00Z");
    expect(clock.now().toISOString()).toBe("2026-03-01T08:00:00.000Z");
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe("2026-03-01T08:01:30.000Z");
    clock.set(new Date("2026-12-31T23:59:59Z"));
    expect(clock.now().toISOString()).toBe("2026-12-31T23:59:59.000Z");
  });

  it("refuses invalid instants and steps", () => {
    expectOpsError(() => createManualClock("yesterday"), "INVALID_ARGUMENT", ["start"]);
    expectOpsError(() => createManualClock("2026-03-01T00:00:00Z").advance(Number.NaN), "INVALID_ARGUMENT", [
      "milliseconds",
    ]);
  });
});

describe("createSequentialIdGenerator", () => {
  it("numbers each prefix separately", () => {
    const ids = createSequentialIdGenerator();
    expect([ids.next("PO"), ids.next("PO"), ids.next("NCR"), ids.next("")]).toEqual([
      "PO-000001",
      "PO-000002",
      "NCR-000001",
      "000001",
    ]);
    expect(createSequentialIdGenerator({ width: 3 }).next("RMA")).toBe("RMA-001");
  });

  it("refuses bad prefixes and widths", () => {
    expectOpsError(() => createSequentialIdGenerator().next("P O"), "INVALID_ARGUMENT", ["prefix"]);
    expectOpsError(() => createSequentialIdGenerator({ width: 0 }), "INVALID_ARGUMENT", ["options", "width"]);
  });
});

describe("createInMemoryRepository", () => {
  it("keeps Money intact through copies", async () => {
    const repo = createInMemoryRepository<{ price: ReturnType<typeof money> }>();
    await repo.create("P-1", { price: money("12.34", "USD") });
    const read = await repo.get("P-1");
    expect(read?.value.price.amount.plus(1).toString()).toBe("13.34");
  });

  it("refuses empty ids and bad versions", async () => {
    const repo = createInMemoryRepository();
    await expect(repo.get("")).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(repo.update("A", {}, 0)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      issues: [{ path: ["expectedVersion"] }],
    });
    await expect(repo.delete("A", 1.5)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
