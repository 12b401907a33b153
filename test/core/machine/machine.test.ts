import { match } from "ts-pattern";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/errors/isCrossborderOpsError.js";
import { defineMachine } from "../../../src/core/machine/defineMachine.js";
import {
  analyzeMachine,
  assertMachineWellFormed,
  listTransitions,
  toMermaid,
} from "../../../src/core/machine/inspectMachine.js";
import {
  availableEvents,
  canTransition,
  initialSnapshot,
  replay,
  transition,
} from "../../../src/core/machine/transition.js";
import { expectOpsError } from "../expectOpsError.js";

type PoState = "draft" | "pendingApproval" | "approved" | "sent" | "cancelled" | "closed";
type PoEvent =
  | { type: "SUBMIT" }
  | { type: "APPROVE"; approver: string }
  | { type: "SEND" }
  | { type: "CANCEL" }
  | { type: "CLOSE" };
interface PoContext {
  readonly total: number;
  readonly approvals: readonly string[];
}

const po = defineMachine<PoState, PoEvent, PoContext>({
  id: "purchase-order",
  initial: "draft",
  states: ["draft", "pendingApproval", "approved", "sent", "cancelled", "closed"],
  final: ["cancelled", "closed"],
  labels: { draft: "草稿" },
  transitions: [
    { from: "draft", event: "SUBMIT", to: "pendingApproval" },
    { from: "pendingApproval", event: "APPROVE", to: "approved", guard: "smallOrder" },
    {
      from: "pendingApproval",
      event: "APPROVE",
      to: "approved",
      guard: "managerApproves",
      update: (ctx, event) =>
        event.type === "APPROVE" ? { ...ctx, approvals: [...ctx.approvals, event.approver] } : ctx,
      effects: (_ctx, event) => [{ type: "notify-supplier", approver: event.type === "APPROVE" ? event.approver : "" }],
    },
    { from: "approved", event: "SEND", to: "sent", effects: [{ type: "email-po" }] },
    { from: ["draft", "pendingApproval", "approved"], event: "CANCEL", to: "cancelled" },
    { from: "sent", event: "CLOSE", to: "closed" },
  ],
  guards: {
    smallOrder: (ctx) => ctx.total < 1000,
    managerApproves: (_ctx, event) => event.type === "APPROVE" && event.approver.startsWith("manager."),
  },
});

describe("transition", () => {
  it("applies the first row whose guard passes, updates context and returns effects as data", () => {
    const submitted = transition(
      po,
      initialSnapshot(po, { total: 5000, approvals: [] }),
      { type: "SUBMIT" },
      { at: new Date("2026-03-01T08:00:00Z"), actor: "buyer.li" },
    );
    if (!submitted.ok) throw new Error("submit failed");
    expect(submitted.value.snapshot.state).toBe("pendingApproval");
    expect(submitted.value.snapshot.history).toEqual([
      { from: "draft", to: "pendingApproval", event: "SUBMIT", at: "2026-03-01T08:00:00.000Z", actor: "buyer.li" },
    ]);
    const approved = transition(
      po,
      submitted.value.snapshot,
      { type: "APPROVE", approver: "manager.wang" },
      { reason: "over 1000" },
    );
    if (!approved.ok) throw new Error("approve failed");
    expect(approved.value.snapshot.state).toBe("approved");
    expect(approved.value.snapshot.context.approvals).toEqual(["manager.wang"]);
    expect(approved.value.effects).toEqual([{ type: "notify-supplier", approver: "manager.wang" }]);
    expect(approved.value.snapshot.history[1]).toEqual({
      from: "pendingApproval",
      to: "approved",
      event: "APPROVE",
      reason: "over 1000",
    });
    expect(submitted.value.snapshot.history).toHaveLength(1);
  });

  it("returns ILLEGAL_TRANSITION naming the state, event and refusing guards", () => {
    const pending = {
      machine: "purchase-order",
      state: "pendingApproval" as const,
      context: { total: 5000, approvals: [] },
      history: [],
    };
    const refused = transition(po, pending, { type: "APPROVE", approver: "clerk.zhao" });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "ILLEGAL_TRANSITION",
        message: 'purchase-order: "APPROVE" in state "pendingApproval" refused by smallOrder, managerApproves',
        machine: "purchase-order",
        state: "pendingApproval",
        event: "APPROVE",
        blockedBy: ["smallOrder", "managerApproves"],
      },
    });
    const missing = transition(po, pending, { type: "CLOSE" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.blockedBy).toEqual([]);
      expect(missing.error.message).toBe('purchase-order: "CLOSE" is not allowed in state "pendingApproval"');
    }
  });

  it("never mutates the snapshot", () => {
    const start = Object.freeze(initialSnapshot(po, Object.freeze({ total: 1, approvals: Object.freeze([]) })));
    const step = transition(po, start, { type: "SUBMIT" });
    expect(step.ok).toBe(true);
    expect(start.state).toBe("draft");
    expect(start.history).toEqual([]);
  });

  it("lists events and checks a concrete event", () => {
    const start = initialSnapshot(po, { total: 5000, approvals: [] });
    expect(availableEvents(po, start)).toEqual(["SUBMIT", "CANCEL"]);
    const pending = { ...start, state: "pendingApproval" as const };
    expect(canTransition(po, pending, { type: "APPROVE", approver: "clerk" })).toBe(false);
    expect(canTransition(po, pending, { type: "APPROVE", approver: "manager.x" })).toBe(true);
  });

  it("replays a log and reports the index of the first refused event", () => {
    const done = replay(po, { total: 10, approvals: [] }, [
      { event: { type: "SUBMIT" } },
      { event: { type: "APPROVE", approver: "a" } },
      { event: { type: "SEND" } },
      { event: { type: "CLOSE" } },
    ]);
    expect(done.ok && done.value.snapshot.state).toBe("closed");
    expect(done.ok && done.value.effects).toEqual([{ type: "email-po" }]);
    const stuck = replay(po, { total: 10, approvals: [] }, [
      { event: { type: "SUBMIT" } },
      { event: { type: "SEND" } },
    ]);
    expect(!stuck.ok && stuck.error.index).toBe(1);
  });

  it("refuses a foreign snapshot or an event without type", () => {
    expectOpsError(
      () =>
        transition(
          po,
          { machine: "other", state: "draft", context: { total: 1, approvals: [] }, history: [] },
          { type: "SUBMIT" },
        ),
      "INVALID_ARGUMENT",
      ["snapshot"],
    );
    expectOpsError(
      () =>
        transition(
          po,
          { machine: "purchase-order", state: "nowhere" as PoState, context: { total: 1, approvals: [] }, history: [] },
          { type: "SUBMIT" },
        ),
      "INVALID_ARGUMENT",
      ["snapshot"],
    );
    expectOpsError(
      () => transition(po, initialSnapshot(po, { total: 1, approvals: [] }), {} as PoEvent),
      "INVALID_ARGUMENT",
      ["event", "type"],
    );
  });

  it("lets ts-pattern match outcomes exhaustively", () => {
    const step = transition(po, initialSnapshot(po, { total: 1, approvals: [] }), { type: "SEND" });
    const text = match(step)
      .with({ ok: true }, ({ value }) => value.snapshot.state)
      .with({ ok: false }, ({ error }) => error.code)
      .exhaustive();
    expect(text).toBe("ILLEGAL_TRANSITION");
  });
});

describe("defineMachine", () => {
  it("reports every problem in a definition", () => {
    try {
      defineMachine<"a" | "b", { type: "GO" }, object>({
        id: "bad",
        initial: "c" as "a",
        states: ["a", "b"],
        final: ["b"],
        transitions: [
          { from: "a", event: "GO", to: "x" as "a", guard: "missing" },
          { from: "b", event: "GO", to: "a" },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(isCrossborderOpsError(error, "INVALID_ARGUMENT")).toBe(true);
      if (isCrossborderOpsError(error)) {
        expect(error.issues.map((issue) => issue.path)).toEqual([
          ["initial"],
          ["transitions", 0, "to"],
          ["transitions", 0, "guard"],
          ["transitions", 1, "from"],
        ]);
      }
    }
  });
});

describe("inspection", () => {
  it("lists rows, draws Mermaid and passes the structural check", () => {
    expect(listTransitions(po)).toHaveLength(8);
    expect(toMermaid(po)).toBe(
      [
        "stateDiagram-v2",
        "  [*] --> draft",
        "  draft : 草稿",
        "  draft --> pendingApproval : SUBMIT",
        "  pendingApproval --> approved : APPROVE [smallOrder]",
        "  pendingApproval --> approved : APPROVE [managerApproves]",
        "  approved --> sent : SEND",
        "  draft --> cancelled : CANCEL",
        "  pendingApproval --> cancelled : CANCEL",
        "  approved --> cancelled : CANCEL",
        "  sent --> closed : CLOSE",
        "  cancelled --> [*]",
        "  closed --> [*]",
      ].join("\n"),
    );
    expect(analyzeMachine(po)).toEqual({ unreachable: [], deadEnds: [] });
    expect(() => assertMachineWellFormed(po)).not.toThrow();
  });

  it("finds unreachable states and dead ends", () => {
    const broken = defineMachine<"a" | "b" | "c" | "d", { type: "GO" }, object>({
      id: "broken",
      initial: "a",
      states: ["a", "b", "c", "d"],
      final: ["d"],
      transitions: [
        { from: "a", event: "GO", to: "b" },
        { from: "c", event: "GO", to: "d" },
      ],
    });
    expect(analyzeMachine(broken)).toEqual({ unreachable: ["c", "d"], deadEnds: ["b"] });
    expectOpsError(() => assertMachineWellFormed(broken), "INVALID_MACHINE", ["states", "c"]);
  });
});
