import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  isCrossborderOpsError,
  replay,
  toMermaid,
  transition,
} from "../../../src/core/index.js";
import {
  type ComplaintEvent,
  checkComplaintEscalation,
  classifyComplaintSeverity,
  complaintLedger,
  complaintMachine,
  openComplaint,
} from "../../../src/service/index.js";

const opened = {
  complaintId: "CMP-1",
  openedAt: "2026-03-02T08:00:00Z",
  channel: "email" as const,
  severity: "critical" as const,
  description: "charger overheated",
  links: { orderId: "302-1" },
};
const policy = {
  id: "complaints",
  clock: "calendar",
  targets: { urgent: { firstReplyMinutes: 60, resolutionMinutes: 1440 } },
};

describe("classifyComplaintSeverity", () => {
  it("applies the default rules, first match wins", () => {
    expect(classifyComplaintSeverity({ safetyHazard: true, publicExposure: true })).toBe("critical");
    expect(classifyComplaintSeverity({ publicExposure: true })).toBe("major");
    expect(classifyComplaintSeverity({})).toBe("minor");
  });
  it("takes rules as data", () => {
    expect(
      classifyComplaintSeverity({ repeat: true, publicExposure: true }, [
        { when: ["repeat", "publicExposure"], severity: "critical" },
      ]),
    ).toBe("critical");
  });
  it("refuses an unknown fact in a rule", () => {
    try {
      classifyComplaintSeverity({}, [{ when: ["angry" as never], severity: "major" }]);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["rules", 0, "when", 0]);
    }
  });
});

describe("complaintMachine", () => {
  it("is well formed and drawn", () => {
    expect(() => assertMachineWellFormed(complaintMachine)).not.toThrow();
    expect(toMermaid(complaintMachine)).toContain("escalated --> investigating : ASSIGN");
  });
  it("links the investigation, resolves with compensation and opens a CAPA", () => {
    const start = openComplaint(opened);
    const events: ComplaintEvent[] = [
      { type: "ACKNOWLEDGE", at: "2026-03-02T08:30:00Z" },
      {
        type: "LINK",
        links: { shipmentId: "SHP-9", lotInspectionId: "INS-044", supplierId: "SUP-NINGBO-7", sku: "CHG-65W" },
      },
      {
        type: "RESOLVE",
        at: "2026-03-03T08:00:00Z",
        resolution: {
          kind: "refund",
          summary: "refunded, charger recalled",
          compensation: { amount: "15.00", currency: "USD" },
        },
        rootCause: { category: "production", description: "thermal fuse missing", capaRequired: true },
      },
      { type: "CLOSE", at: "2026-03-04T08:00:00Z" },
    ];
    const r = replay(
      complaintMachine,
      start.context,
      events.map((event) => ({ event })),
    );
    expect(r.ok && r.value.snapshot.state).toBe("closed");
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
        links: {
          orderId: "302-1",
          shipmentId: "SHP-9",
          lotInspectionId: "INS-044",
          supplierId: "SUP-NINGBO-7",
          sku: "CHG-65W",
        },
      },
    ]);
  });
  it("refuses closing an open complaint", () => {
    const r = transition(complaintMachine, openComplaint(opened), { type: "CLOSE", at: "2026-03-02T09:00:00Z" });
    expect(!r.ok && r.error.code).toBe("ILLEGAL_TRANSITION");
  });
});

describe("checkComplaintEscalation", () => {
  it("escalates once per breached target", () => {
    const snap = openComplaint(opened);
    expect(checkComplaintEscalation({ complaint: snap, policy, now: "2026-03-02T08:59:00Z" })).toBeNull();
    const due = checkComplaintEscalation({ complaint: snap, policy, now: "2026-03-02T09:30:00Z" });
    expect(due?.event).toEqual({
      type: "ESCALATE",
      at: "2026-03-02T09:30:00.000Z",
      level: 1,
      reason: "first-reply overdue since 2026-03-02T09:00:00.000Z",
    });
    const step = transition(complaintMachine, snap, due?.event as ComplaintEvent);
    if (!step.ok) throw new Error("setup");
    expect(step.value.effects[0]).toMatchObject({ type: "escalate-complaint", level: 1 });
    expect(
      checkComplaintEscalation({ complaint: step.value.snapshot, policy, now: "2026-03-02T10:00:00Z" }),
    ).toBeNull();
    const again = checkComplaintEscalation({ complaint: step.value.snapshot, policy, now: "2026-03-03T08:01:00Z" });
    expect(again?.event.level).toBe(2);
  });
  it("never escalates a resolved complaint and refuses a foreign snapshot", () => {
    try {
      checkComplaintEscalation({ complaint: { machine: "rma" } as never, policy, now: "2026-03-02T10:00:00Z" });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["input", "complaint"]);
    }
  });
});

describe("complaintLedger", () => {
  it("lists complaints flat and totals them", () => {
    const a = openComplaint(opened);
    const resolved = replay(
      complaintMachine,
      a.context,
      [
        { type: "ACKNOWLEDGE", at: "2026-03-02T08:30:00Z" },
        { type: "LINK", links: { supplierId: "SUP-NINGBO-7" } },
        {
          type: "RESOLVE",
          at: "2026-03-03T08:00:00Z",
          resolution: { kind: "refund", summary: "refunded", compensation: { amount: "15.00", currency: "USD" } },
          rootCause: { category: "production", description: "thermal fuse missing", capaRequired: true },
        },
      ].map((event) => ({ event: event as ComplaintEvent })),
    );
    if (!resolved.ok) throw new Error("setup");
    const b = openComplaint({ ...opened, complaintId: "CMP-2", severity: "minor", links: {} });
    const c = {
      ...resolved.value.snapshot,
      context: {
        ...resolved.value.snapshot.context,
        complaintId: "CMP-3",
        resolution: { kind: "voucher" as const, summary: "voucher", compensation: { amount: "5.50", currency: "USD" } },
      },
    };
    const ledger = complaintLedger([resolved.value.snapshot, b, c]);
    expect(ledger.rows[0]).toEqual({
      complaintId: "CMP-1",
      openedAt: "2026-03-02T08:00:00.000Z",
      channel: "email",
      severity: "critical",
      state: "resolved",
      escalationLevel: 0,
      orderId: "302-1",
      shipmentId: null,
      lotInspectionId: null,
      supplierId: "SUP-NINGBO-7",
      sku: null,
      resolutionKind: "refund",
      compensation: "15.00 USD",
      rootCauseCategory: "production",
      capaRequired: true,
    });
    expect([ledger.bySeverity, ledger.byState, ledger.open, ledger.capaRequested]).toEqual([
      { critical: 2, major: 0, minor: 1 },
      { resolved: 2, received: 1 },
      1,
      2,
    ]);
    expect(ledger.compensation.map((m) => `${m.amount.toFixed(2)} ${m.currency}`)).toEqual(["20.50 USD"]);
  });
  it("refuses a foreign snapshot with its index", () => {
    try {
      complaintLedger([openComplaint(opened), { machine: "rma" } as never]);
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["complaints", 1]);
    }
  });
});
