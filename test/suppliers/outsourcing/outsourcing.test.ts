import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  CN_2026,
  createBusinessCalendar,
  isCrossborderOpsError,
  replay,
  toMermaid,
} from "../../../src/core/index.js";
import {
  outsourcedProcurementMachine,
  planProcurementMilestones,
  type SourcingAgreement,
  settleOutsourcedProcurement,
  trackProcurementPlan,
} from "../../../src/suppliers/index.js";

const cn = createBusinessCalendar(CN_2026);
const agreement: SourcingAgreement = {
  agreementId: "AG-1",
  agentId: "SUP-7",
  currency: "CNY",
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  scope: { description: "Textile accessories, Yiwu market", categories: ["bags"] },
  serviceFeePercent: "5",
  logisticsArrangedBy: "agent",
  insuranceArrangedBy: "buyer",
  quality: { inspectedBy: "third-party", standard: "ISO 2859-1 AQL 2.5 major" },
};

describe("planProcurementMilestones", () => {
  it("lays milestones out in CN business days across the Labour Day holiday and make-up day", () => {
    const plan = planProcurementMilestones(
      {
        planId: "P-1",
        startOn: "2026-04-07",
        businessDays: {
          "deposit-paid": 1,
          "materials-ready": 10,
          "production-done": 15,
          inspected: 2,
          shipped: 2,
          received: 20,
        },
      },
      cn,
    );
    expect(plan.milestones.map((m) => [m.kind, m.plannedOn])).toEqual([
      ["deposit-paid", "2026-04-08"],
      ["materials-ready", "2026-04-22"],
      ["production-done", "2026-05-15"],
      ["inspected", "2026-05-19"],
      ["shipped", "2026-05-21"],
      ["received", "2026-06-18"],
    ]);
  });
});

describe("trackProcurementPlan", () => {
  it("reports slips in business days, overdue milestones and the next one", () => {
    const t = trackProcurementPlan(
      {
        planId: "P-1",
        milestones: [
          { kind: "deposit-paid", plannedOn: "2026-04-08", doneOn: "2026-04-08" },
          { kind: "materials-ready", plannedOn: "2026-04-22", doneOn: "2026-04-24" },
          { kind: "production-done", plannedOn: "2026-05-15", doneOn: "2026-05-18" },
          { kind: "inspected", plannedOn: "2026-05-19" },
          { kind: "shipped", plannedOn: "2026-05-21" },
          { kind: "received", plannedOn: "2026-06-18" },
        ],
      },
      cn,
      "2026-05-20",
    );
    expect(t.milestones.map((m) => [m.kind, m.status, m.slipBusinessDays])).toEqual([
      ["deposit-paid", "done-on-time", 0],
      ["materials-ready", "done-late", 2],
      ["production-done", "done-late", 1],
      ["inspected", "overdue", 1],
      ["shipped", "upcoming", 0],
      ["received", "upcoming", 0],
    ]);
    expect(t.onTrack).toBe(false);
    expect(t.maxSlipBusinessDays).toBe(2);
    expect(t.next?.kind).toBe("inspected");
  });

  it("refuses a malformed date", () => {
    try {
      trackProcurementPlan(
        { planId: "P", milestones: [{ kind: "shipped", plannedOn: "2026-05-21" }] },
        cn,
        "21/05/2026",
      );
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["asOf"]);
    }
  });
});

describe("settleOutsourcedProcurement", () => {
  it("adds the service fee and the costs the agent arranged, less prepayments", () => {
    const s = settleOutsourcedProcurement({
      agreement,
      settledOn: "2026-06-20",
      goods: [
        { sku: "BAG-TOTE", acceptedQuantity: 1980, unitCost: { amount: "11.60", currency: "CNY" } },
        { sku: "BAG-MINI", acceptedQuantity: 333, unitCost: { amount: "4.445", currency: "CNY" } },
      ],
      agentCosts: [
        { kind: "logistics", reference: "FRT-9", amount: { amount: "850.00", currency: "CNY" } },
        { kind: "insurance", reference: "INS-2", amount: { amount: "120.00", currency: "CNY" } },
      ],
      prepayments: [{ reference: "DEP-1", amount: { amount: "6890.40", currency: "CNY" } }],
    });
    // 22968.00 + 1480.185→1480.19 = 24448.19; fee 5% = 1222.4095 → 1222.41
    expect(s.goodsValue.amount.toFixed(2)).toBe("24448.19");
    expect(s.serviceFee.amount.toFixed(2)).toBe("1222.41");
    expect(s.reimbursedCosts.amount.toFixed(2)).toBe("850.00");
    expect(s.refusedCosts.map((c) => [c.reference, c.amount.amount.toFixed(2)])).toEqual([["INS-2", "120.00"]]);
    expect(s.prepaid.amount.toFixed(2)).toBe("6890.40");
    // 24448.19 + 1222.41 + 850.00 − 6890.40
    expect(s.amountDue.amount.toFixed(2)).toBe("19630.20");
  });

  it("refuses amounts in another currency and dates outside the agreement", () => {
    const attempt = (input: Parameters<typeof settleOutsourcedProcurement>[0]) => {
      try {
        settleOutsourcedProcurement(input);
      } catch (e) {
        return isCrossborderOpsError(e) ? [e.code, e.issues[0]?.path] : e;
      }
    };
    const goods = [{ sku: "A", acceptedQuantity: 1, unitCost: { amount: "1.00", currency: "USD" } }];
    expect(attempt({ agreement, settledOn: "2026-06-20", goods })).toEqual([
      "CURRENCY_MISMATCH",
      ["input", "goods", 0, "unitCost"],
    ]);
    expect(attempt({ agreement, settledOn: "2027-01-02", goods })).toEqual([
      "INVALID_ARGUMENT",
      ["input", "settledOn"],
    ]);
  });
});

describe("outsourcedProcurementMachine", () => {
  it("is well formed", () => {
    expect(() => assertMachineWellFormed(outsourcedProcurementMachine)).not.toThrow();
    expect(toMermaid(outsourcedProcurementMachine)).toContain("delivered --> in_progress : REJECT_DELIVERY");
  });

  it("runs from demand to settlement with a rework loop", () => {
    const r = replay(outsourcedProcurementMachine, { demandId: "D-1", milestonesDone: [] }, [
      { event: { type: "SIGN_AGREEMENT", agreementId: "AG-1" } },
      { event: { type: "APPROVE_PLAN", planId: "P-1" } },
      { event: { type: "START" } },
      { event: { type: "MILESTONE_DONE", milestone: "deposit-paid", on: "2026-04-08" } },
      { event: { type: "DELIVER" } },
      { event: { type: "REJECT_DELIVERY", reason: "colour off standard" } },
      { event: { type: "DELIVER" } },
      { event: { type: "ACCEPT" } },
      { event: { type: "SETTLE" } },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.snapshot.state).toBe("settled");
    expect(r.value.snapshot.context).toEqual({
      demandId: "D-1",
      agreementId: "AG-1",
      planId: "P-1",
      milestonesDone: [{ milestone: "deposit-paid", on: "2026-04-08" }],
    });
    expect(r.value.effects).toEqual([{ type: "request-rework", demandId: "D-1" }]);
  });

  it("cannot be cancelled after delivery", () => {
    const r = replay(outsourcedProcurementMachine, { demandId: "D-1", milestonesDone: [] }, [
      { event: { type: "SIGN_AGREEMENT", agreementId: "AG-1" } },
      { event: { type: "APPROVE_PLAN", planId: "P-1" } },
      { event: { type: "START" } },
      { event: { type: "DELIVER" } },
      { event: { type: "CANCEL" } },
    ]);
    expect(!r.ok && r.error.index).toBe(4);
  });
});
