import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_2026, isCrossborderOpsError } from "../../../src/core/index.js";
import {
  type ConversationEvent,
  computeSlaStatus,
  createSupportCalendar,
  marketplace24hSlaPolicy,
} from "../../../src/service/index.js";
import { shanghaiHours } from "../fixtures.js";

const calendar = createSupportCalendar(shanghaiHours, CN_2026);
const policy = {
  id: "cn-business",
  clock: "business",
  warnBeforeMinutes: 30,
  targets: { normal: { firstReplyMinutes: 120, nextReplyMinutes: 60, resolutionMinutes: 600 } },
} as const;
type Ev = { type: ConversationEvent["type"]; at: string };
const report = (events: Ev[], now: string, p: unknown = policy) =>
  computeSlaStatus({ conversation: { priority: "normal", events }, policy: p, calendar, now });
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("computeSlaStatus: due times", () => {
  it("a message at night is due two open hours after the morning opening", () => {
    const r = report([{ type: "customer-message", at: "2026-03-02T12:00:00Z" }], "2026-03-02T13:00:00Z");
    const first = r.targets.find((t) => t.target === "first-reply");
    expect(iso(first?.dueAt ?? null)).toBe("2026-03-03T03:00:00.000Z");
    expect(first?.status).toBe("on-track");
    expect(first?.elapsedMs).toBe(0);
  });
  it("Friday 17:00 before a weekend is due Monday 10:00", () => {
    const r = report([{ type: "customer-message", at: "2026-03-06T09:00:00Z" }], "2026-03-06T09:00:00Z");
    expect(iso(r.targets[0]?.dueAt ?? null)).toBe("2026-03-09T02:00:00.000Z");
    expect(iso(r.nextDueAt)).toBe("2026-03-09T02:00:00.000Z");
  });
  it("a message on the make-up Saturday before Spring Festival is due after the holiday", () => {
    const r = report([{ type: "customer-message", at: "2026-02-14T09:00:00Z" }], "2026-02-18T00:00:00Z");
    const first = r.targets[0];
    expect(iso(first?.dueAt ?? null)).toBe("2026-02-24T02:00:00.000Z");
    expect(first?.elapsedMs).toBe(60 * 60_000);
    expect(first?.remainingMs).toBe(60 * 60_000);
    expect(first?.status).toBe("on-track");
  });
  it("a Berlin buyer's 09:00 CET message lands at 16:00 in Shanghai and resolution spans the lunch break", () => {
    const r = report([{ type: "customer-message", at: "2026-03-02T08:00:00Z" }], "2026-03-02T08:00:00Z");
    const byTarget = Object.fromEntries(r.targets.map((t) => [t.target, iso(t.dueAt)]));
    // first reply: 16:00-18:00 (120) = Monday 18:00 CST
    expect(byTarget["first-reply"]).toBe("2026-03-02T10:00:00.000Z");
    // resolution 600: Mon 120, Tue 450 (570), Wed 09:00 + 30 = 09:30 CST
    expect(byTarget.resolution).toBe("2026-03-04T01:30:00.000Z");
  });
  it("counts calendar hours through nights and weekends for a calendar policy", () => {
    const r = computeSlaStatus({
      conversation: { priority: "normal", events: [{ type: "customer-message", at: "2026-02-14T20:00:00Z" }] },
      policy: marketplace24hSlaPolicy,
      now: "2026-02-15T17:00:00Z",
    });
    expect(iso(r.targets[0]?.dueAt ?? null)).toBe("2026-02-15T20:00:00.000Z");
    expect(r.targets[0]?.status).toBe("at-risk");
    expect(r.targets[0]?.remainingMs).toBe(3 * 3_600_000);
  });
});

describe("computeSlaStatus: pauses, next replies and resolution", () => {
  const log: Ev[] = [
    { type: "customer-message", at: "2026-03-02T01:00:00Z" }, // Mon 09:00 CST
    { type: "agent-reply", at: "2026-03-02T02:00:00Z" }, // 10:00
    { type: "waiting-on-customer", at: "2026-03-02T02:00:00Z" },
    { type: "customer-message", at: "2026-03-03T02:00:00Z" }, // Tue 10:00, ends the wait
  ];
  it("freezes every clock while waiting on the customer", () => {
    const r = report(log.slice(0, 3), "2026-03-02T07:00:00Z"); // Mon 15:00, still waiting
    const resolution = r.targets.find((t) => t.target === "resolution");
    expect(resolution?.paused).toBe(true);
    expect(resolution?.dueAt).toBeNull();
    expect(resolution?.elapsedMs).toBe(60 * 60_000);
    expect(resolution?.remainingMs).toBe(540 * 60_000);
    expect(r.targets.find((t) => t.target === "first-reply")?.status).toBe("met");
  });
  it("resumes on the buyer's answer, which starts a next-reply clock", () => {
    const r = report(log, "2026-03-03T02:20:00Z");
    const resolution = r.targets.find((t) => t.target === "resolution");
    // 540 left from Tue 10:00: Tue 10-12 (120), 13:30-18:00 (270), Wed 09:00 + 150 = 11:30 CST
    expect(iso(resolution?.dueAt ?? null)).toBe("2026-03-04T03:30:00.000Z");
    const next = r.targets.find((t) => t.target === "next-reply");
    expect(next?.cycle).toBe(1);
    expect(iso(next?.dueAt ?? null)).toBe("2026-03-03T03:00:00.000Z");
    expect(next?.status).toBe("on-track");
    expect(r.worst).toBe("on-track");
    expect(iso(r.nextDueAt)).toBe("2026-03-03T03:00:00.000Z");
  });
  it("marks a next reply at risk inside the warn-before window, then breached", () => {
    expect(report(log, "2026-03-03T02:40:00Z").targets.find((t) => t.target === "next-reply")?.status).toBe("at-risk");
    const late = report(log, "2026-03-03T03:01:00Z");
    const next = late.targets.find((t) => t.target === "next-reply");
    expect(next?.status).toBe("breached");
    expect(next?.remainingMs).toBe(-60_000);
    expect(late.worst).toBe("breached");
  });
  it("stops the resolution clock while resolved and restarts it on reopening", () => {
    const events: Ev[] = [
      ...log,
      { type: "agent-reply", at: "2026-03-03T02:30:00Z" },
      { type: "resolved", at: "2026-03-03T02:30:00Z" }, // Tue 10:30: 60 + 30 = 90 used
      { type: "reopened", at: "2026-03-04T01:00:00Z" }, // Wed 09:00
    ];
    const resolution = report(events, "2026-03-04T02:00:00Z").targets.find((t) => t.target === "resolution");
    expect(resolution?.elapsedMs).toBe(150 * 60_000); // 90 + Wed 09:00-10:00
    // 510 left from Wed 09:00: Wed 450, Thu 09:00 + 60 = 10:00 CST
    expect(iso(resolution?.dueAt ?? null)).toBe("2026-03-05T02:00:00.000Z");
    const closed = report(events.slice(0, 6), "2026-03-10T00:00:00Z").targets.find((t) => t.target === "resolution");
    expect(closed?.status).toBe("met");
    expect(iso(closed?.completedAt ?? null)).toBe("2026-03-03T02:30:00.000Z");
  });
  it("a reply after closing time past the due time is breached, a minute before is met", () => {
    const start: Ev = { type: "customer-message", at: "2026-03-02T08:00:00Z" }; // 16:00, due 18:00
    const late = report([start, { type: "agent-reply", at: "2026-03-02T10:30:00Z" }], "2026-03-03T00:00:00Z");
    expect(late.targets[0]?.status).toBe("breached");
    expect(late.targets[0]?.remainingMs).toBe(0);
    const onTime = report([start, { type: "agent-reply", at: "2026-03-02T09:59:00Z" }], "2026-03-03T00:00:00Z");
    expect(onTime.targets[0]?.status).toBe("met");
  });
  it("ignores events after now", () => {
    const r = report(log, "2026-03-02T01:30:00Z");
    expect(r.targets.find((t) => t.target === "first-reply")?.completedAt).toBeNull();
    expect(r.targets.some((t) => t.target === "next-reply")).toBe(false);
  });
});

const eventTypes = [
  "customer-message",
  "agent-reply",
  "waiting-on-customer",
  "resumed",
  "resolved",
  "reopened",
] as const;
const logArb = fc
  .array(fc.record({ type: fc.constantFrom(...eventTypes), gap: fc.integer({ min: 0, max: 3 * 86_400_000 }) }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((items) => {
    let at = Date.parse("2026-03-02T00:00:00Z");
    const events: Ev[] = [{ type: "customer-message", at: new Date(at).toISOString() }];
    for (const item of items) {
      at += item.gap;
      events.push({ type: item.type, at: new Date(at).toISOString() });
    }
    return { events, last: at };
  });
const policies = [policy, { ...policy, id: "cal", clock: "calendar" }];

describe("computeSlaStatus properties", () => {
  it("time never runs while paused", () => {
    fc.assert(
      fc.property(logArb, fc.constantFrom(...policies), (log, p) => {
        const events = [...log.events, { type: "waiting-on-customer" as const, at: new Date(log.last).toISOString() }];
        const a = report(events, new Date(log.last + 1).toISOString(), p);
        const b = report(events, new Date(log.last + 7 * 86_400_000).toISOString(), p);
        for (const [i, target] of a.targets.entries()) {
          if (target.completedAt === null) expect(b.targets[i]?.elapsedMs).toBe(target.elapsedMs);
        }
      }),
      { numRuns: 150 },
    );
  });
  it("a later reply never turns a met target into a breached one", () => {
    fc.assert(
      fc.property(
        logArb,
        fc.constantFrom(...policies),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        (log, p, delay) => {
          const now = new Date(log.last + 10 * 86_400_000 + 1).toISOString();
          const before = report(log.events, now, p);
          const later = [...log.events, { type: "agent-reply" as const, at: new Date(log.last + delay).toISOString() }];
          const after = report(later, now, p);
          for (const [i, target] of before.targets.entries()) {
            if (target.status === "met") expect(after.targets[i]?.status).toBe("met");
          }
        },
      ),
      { numRuns: 150 },
    );
  });
  it("the due time grows with the target length", () => {
    fc.assert(
      fc.property(
        logArb,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom("business", "calendar"),
        (log, a, b, clock) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const make = (m: number) => ({ id: "p", clock, targets: { normal: { resolutionMinutes: m } } });
          const now = new Date(log.last).toISOString();
          const dLow = report(log.events, now, make(low)).targets[0]?.dueAt;
          const dHigh = report(log.events, now, make(high)).targets[0]?.dueAt;
          if (dLow && dHigh) expect(dLow.getTime()).toBeLessThanOrEqual(dHigh.getTime());
          if (dLow === null) expect(dHigh).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("computeSlaStatus bad input", () => {
  it("refuses events out of order with the path of the event", () => {
    try {
      report(
        [
          { type: "customer-message", at: "2026-03-02T02:00:00Z" },
          { type: "agent-reply", at: "2026-03-02T01:00:00Z" },
        ],
        "2026-03-03T00:00:00Z",
      );
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.code).toBe("INVALID_ARGUMENT");
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "conversation", "events", 1, "at"]);
    }
  });
  it("requires a calendar for a business policy and a known priority", () => {
    try {
      computeSlaStatus({ conversation: { priority: "normal", events: [] }, policy, now: "2026-03-02T00:00:00Z" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "calendar"]);
    }
    try {
      computeSlaStatus({ conversation: { priority: "asap", events: [] }, policy, calendar, now: "2026-03-02" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "conversation", "priority"]);
    }
  });
});
