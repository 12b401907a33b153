import { bench, describe } from "vitest";
import { createActor, createMachine, transition as xstateTransition } from "xstate";
import { defineMachine, initialSnapshot, transition } from "../../src/core/index.js";

// A 6-state purchase-order machine with two guarded transitions, the same in both libraries.
type State = "draft" | "pending" | "approved" | "sent" | "closed" | "cancelled";
type Event =
  | { type: "SUBMIT" }
  | { type: "APPROVE"; amount: number }
  | { type: "SEND" }
  | { type: "CLOSE" }
  | { type: "CANCEL" };
interface Context {
  readonly limit: number;
}

const ours = defineMachine<State, Event, Context>({
  id: "po",
  initial: "draft",
  states: ["draft", "pending", "approved", "sent", "closed", "cancelled"],
  final: ["closed", "cancelled"],
  transitions: [
    { from: "draft", event: "SUBMIT", to: "pending" },
    { from: "pending", event: "APPROVE", to: "approved", guard: "withinLimit" },
    { from: "approved", event: "SEND", to: "sent" },
    { from: "sent", event: "CLOSE", to: "closed", guard: "always" },
    { from: ["draft", "pending", "approved"], event: "CANCEL", to: "cancelled" },
  ],
  guards: {
    withinLimit: (ctx, event) => event.type === "APPROVE" && event.amount <= ctx.limit,
    always: () => true,
  },
});

const theirs = createMachine({
  types: {} as { context: Context; events: Event },
  id: "po",
  initial: "draft",
  context: { limit: 1000 },
  states: {
    draft: { on: { SUBMIT: "pending", CANCEL: "cancelled" } },
    pending: {
      on: {
        APPROVE: { target: "approved", guard: ({ context, event }) => event.amount <= context.limit },
        CANCEL: "cancelled",
      },
    },
    approved: { on: { SEND: "sent", CANCEL: "cancelled" } },
    sent: { on: { CLOSE: { target: "closed", guard: () => true } } },
    closed: { type: "final" },
    cancelled: { type: "final" },
  },
});

const ourPending = { ...initialSnapshot(ours, { limit: 1000 }), state: "pending" as const };
const actor = createActor(theirs).start();
actor.send({ type: "SUBMIT" });
const theirPending = actor.getSnapshot();
actor.stop();
const approve: Event = { type: "APPROVE", amount: 500 };

describe("one guarded transition of a 6-state machine", () => {
  bench("crossborder-ops transition", () => {
    transition(ours, ourPending, approve);
  });
  bench("XState v5 transition (pure)", () => {
    xstateTransition(theirs, theirPending, approve);
  });
});
