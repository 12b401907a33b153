import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCrossborderOpsError, money } from "../../../src/core/index.js";
import {
  applyComplaintEvent,
  type ComplaintEventInput,
  complaintEventSchema,
  openComplaint,
} from "../../../src/service/index.js";

const received = openComplaint({
  complaintId: "CMP-1",
  openedAt: "2026-03-02T08:00:00Z",
  channel: "email",
  severity: "critical",
  description: "charger overheated",
  links: { orderId: "302-1" },
});
const investigating = (() => {
  const r = applyComplaintEvent(received, { type: "ACKNOWLEDGE", at: "2026-03-02T16:30:00+08:00" });
  if (!r.ok) throw new Error("setup");
  return r.value.snapshot;
})();

function issueOf(event: unknown) {
  try {
    applyComplaintEvent(investigating, event as ComplaintEventInput);
  } catch (e) {
    if (isCrossborderOpsError(e)) return { code: e.code, path: e.issues[0]?.path };
    throw e;
  }
  return undefined;
}

const resolution = { kind: "refund", summary: "refunded" };

describe("applyComplaintEvent", () => {
  it("stores instants as UTC ISO strings", () => {
    expect(investigating.context.acknowledgedAt).toBe("2026-03-02T08:30:00.000Z");
  });
  const bad: [string, unknown, (string | number)[]][] = [
    ["ACKNOWLEDGE without at", { type: "ACKNOWLEDGE" }, ["event", "at"]],
    ["ESCALATE at a non-date", { type: "ESCALATE", at: "soon", level: 1, reason: "late" }, ["event", "at"]],
    [
      "ESCALATE to level 0",
      { type: "ESCALATE", at: "2026-03-02T09:00:00Z", level: 0, reason: "late" },
      ["event", "level"],
    ],
    [
      "ESCALATE to level 1.5",
      { type: "ESCALATE", at: "2026-03-02T09:00:00Z", level: 1.5, reason: "late" },
      ["event", "level"],
    ],
    [
      "ESCALATE without reason",
      { type: "ESCALATE", at: "2026-03-02T09:00:00Z", level: 1, reason: "" },
      ["event", "reason"],
    ],
    ["ASSIGN to nobody", { type: "ASSIGN", at: "2026-03-02T09:00:00Z", to: " " }, ["event", "to"]],
    ["LINK with an empty order id", { type: "LINK", links: { orderId: "" } }, ["event", "links", "orderId"]],
    [
      "RESOLVE with an unknown kind",
      { type: "RESOLVE", at: "2026-03-03T08:00:00Z", resolution: { kind: "hug", summary: "x" } },
      ["event", "resolution", "kind"],
    ],
    [
      "RESOLVE with a negative compensation",
      {
        type: "RESOLVE",
        at: "2026-03-03T08:00:00Z",
        resolution: { ...resolution, compensation: { amount: "-15.00", currency: "USD" } },
      },
      ["event", "resolution", "compensation", "amount"],
    ],
    [
      "RESOLVE with compensation 'abc'",
      {
        type: "RESOLVE",
        at: "2026-03-03T08:00:00Z",
        resolution: { ...resolution, compensation: { amount: "abc", currency: "USD" } },
      },
      ["event", "resolution", "compensation", "amount"],
    ],
    [
      "RESOLVE with an unknown currency",
      {
        type: "RESOLVE",
        at: "2026-03-03T08:00:00Z",
        resolution: { ...resolution, compensation: { amount: "15", currency: "XXX1" } },
      },
      ["event", "resolution", "compensation", "currency"],
    ],
    [
      "RESOLVE with a root cause missing capaRequired",
      {
        type: "RESOLVE",
        at: "2026-03-03T08:00:00Z",
        resolution,
        rootCause: { category: "production", description: "fuse" },
      },
      ["event", "rootCause", "capaRequired"],
    ],
    ["CLOSE on 30 February", { type: "CLOSE", at: "2026-02-30T08:00:00Z" }, ["event", "at"]],
  ];
  it.each(bad)("refuses %s", (_, event, path) => {
    expect(issueOf(event)).toEqual({ code: "INVALID_ARGUMENT", path });
  });
  it("resolves with a Money compensation and a CAPA, with exact effects", () => {
    const r = applyComplaintEvent(investigating, {
      type: "RESOLVE",
      at: new Date("2026-03-03T08:00:00Z"),
      resolution: { kind: "refund", summary: "refunded, charger recalled", compensation: money("15", "USD") },
      rootCause: { category: "production", description: "thermal fuse missing", capaRequired: true },
    });
    expect(r.ok && r.value.snapshot.context.resolvedAt).toBe("2026-03-03T08:00:00.000Z");
    expect(r.ok && r.value.effects).toEqual([
      {
        type: "issue-compensation",
        complaintId: "CMP-1",
        orderId: "302-1",
        amount: { amount: "15.00", currency: "USD" },
      },
      {
        type: "open-capa",
        source: "customer-complaint",
        complaintId: "CMP-1",
        severity: "critical",
        rootCause: { category: "production", description: "thermal fuse missing", capaRequired: true },
        links: { orderId: "302-1" },
      },
    ]);
  });
  it("never returns ok for an event that fails the schema", () => {
    const event = fc.oneof(
      fc.record({ type: fc.constantFrom("ACKNOWLEDGE", "REOPEN", "CLOSE"), at: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({
        type: fc.constant("ESCALATE"),
        at: fc.constant("2026-03-02T09:00:00Z"),
        level: fc.double(),
        reason: fc.string(),
      }),
      fc.record({
        type: fc.constant("RESOLVE"),
        at: fc.constant("2026-03-03T08:00:00Z"),
        resolution: fc.record({
          kind: fc.constantFrom("refund", "hug"),
          summary: fc.string(),
          compensation: fc.record({ amount: fc.string(), currency: fc.constantFrom("USD", "XXX1") }),
        }),
      }),
    );
    fc.assert(
      fc.property(event, (e) => {
        fc.pre(!complaintEventSchema.safeParse(e).success);
        try {
          applyComplaintEvent(investigating, e as ComplaintEventInput);
        } catch (error) {
          return (
            isCrossborderOpsError(error) && error.code === "INVALID_ARGUMENT" && error.issues[0]?.path[0] === "event"
          );
        }
        return false; // a schema failure must throw, never reach the machine
      }),
      { numRuns: 200 },
    );
  });
});
