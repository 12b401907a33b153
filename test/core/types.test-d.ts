import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  allocate,
  defineMachine,
  type IllegalTransition,
  initialSnapshot,
  type Money,
  type MoneyJson,
  money,
  type moneySchema,
  type Result,
  transition,
} from "../../src/core/index.js";

describe("core types", () => {
  it("Money exposes a decimal.js amount and a string currency", () => {
    expectTypeOf(money("1", "USD")).toEqualTypeOf<Money>();
    expectTypeOf<Money["amount"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<Money["currency"]>().toEqualTypeOf<string>();
    expectTypeOf(allocate(money("1", "USD"), [1, 2])).toEqualTypeOf<Money[]>();
    // @ts-expect-error money is immutable
    money("1", "USD").currency = "EUR";
  });

  it("moneySchema infers Money and takes JSON or Money in", () => {
    expectTypeOf<z.output<typeof moneySchema>>().toEqualTypeOf<Money>();
    expectTypeOf<z.input<typeof moneySchema>>().toEqualTypeOf<Money | MoneyJson>();
    expectTypeOf(money("1", "USD")).toExtend<z.input<typeof moneySchema>>();
    expectTypeOf({ amount: "1", currency: "USD" }).toExtend<z.input<typeof moneySchema>>();
    expectTypeOf({ amount: 1, currency: "USD" }).not.toExtend<z.input<typeof moneySchema>>();
  });

  it("Result narrows on ok", () => {
    const r = {} as Result<number, { code: "X"; message: string }>;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<number>();
    else expectTypeOf(r.error.code).toEqualTypeOf<"X">();
  });

  it("machines keep their state and event types", () => {
    const ticket = defineMachine<"open" | "closed", { type: "CLOSE" } | { type: "REOPEN" }, { answered: boolean }>({
      id: "ticket",
      initial: "open",
      states: ["open", "closed"],
      transitions: [
        { from: "open", event: "CLOSE", to: "closed" },
        { from: "closed", event: "REOPEN", to: "open" },
      ],
    });
    const step = transition(ticket, initialSnapshot(ticket, { answered: true }), { type: "CLOSE" });
    if (step.ok) expectTypeOf(step.value.snapshot.state).toEqualTypeOf<"open" | "closed">();
    else expectTypeOf(step.error).toEqualTypeOf<IllegalTransition>();
    // @ts-expect-error unknown event type
    transition(ticket, initialSnapshot(ticket, { answered: true }), { type: "ESCALATE" });
    // @ts-expect-error context of the wrong shape
    initialSnapshot(ticket, { answered: "yes" });
  });
});
