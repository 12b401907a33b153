import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, CN_2026, createBusinessCalendar, toMermaid } from "../../../src/core/index.js";
import {
  applyCapaEvent,
  type CapaSnapshot,
  capaMachine,
  capaTimeliness,
  openCapa,
} from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

const cn = createBusinessCalendar(CN_2026);
const open = () =>
  openCapa(
    {
      id: "CAPA-000001",
      problem: "Cracked housings",
      openedOn: "2026-09-30",
      ncrIds: ["NCR-000001"],
      supplierId: "SUP-7",
    },
    cn,
  );

type CapaInputEvent = Parameters<typeof applyCapaEvent>[1];
function apply(snap: CapaSnapshot, ...events: CapaInputEvent[]): CapaSnapshot {
  return events.reduce((current, event) => {
    const r = applyCapaEvent(current, event);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.snapshot;
  }, snap);
}

const action = { description: "Quarantine stock in the warehouse", owner: "wh.liu" };
const throughVerification: CapaInputEvent[] = [
  { type: "FORM_TEAM", on: "2026-09-30", leader: "sqe.chen", members: ["qe.li", "supplier.wu"] },
  { type: "CONTAIN", on: "2026-10-08", actions: [action] },
  { type: "IDENTIFY_ROOT_CAUSE", on: "2026-10-14", cause: "Mould cooling time cut to 18 s", method: "5-why" },
  {
    type: "PLAN_CORRECTIVE_ACTION",
    on: "2026-10-20",
    actions: [{ description: "Restore 25 s cooling", owner: "supplier.wu" }],
  },
];

describe("capaMachine", () => {
  it("is well formed and draws", () => {
    assertMachineWellFormed(capaMachine);
    expect(toMermaid(capaMachine)).toContain("verification --> rootCause : VERIFY [notEffective]");
  });

  it("walks the 8D steps to closure and records when each was done", () => {
    const closed = apply(
      open(),
      ...throughVerification,
      { type: "VERIFY", on: "2026-11-02", effective: true, evidence: "3 lots, 0 cracks in 315" },
      {
        type: "CLOSE",
        on: "2026-11-05",
        preventiveActions: [{ description: "Cooling time locked in the process sheet", owner: "supplier.wu" }],
        approver: "qa.manager.wang",
      },
    );
    expect(closed.state).toBe("closed");
    expect(closed.context.doneOn).toEqual({
      team: "2026-09-30",
      containment: "2026-10-08",
      rootCause: "2026-10-14",
      correctiveAction: "2026-10-20",
      verification: "2026-11-02",
      prevention: "2026-11-05",
      closure: "2026-11-05",
    });
    expect(capaTimeliness(closed, "2026-12-01")).toEqual({
      overdue: [],
      late: [{ step: "rootCause", due: "2026-10-13", doneOn: "2026-10-14" }],
    });
  });

  it("an ineffective action goes back to root cause", () => {
    const back = apply(open(), ...throughVerification, {
      type: "VERIFY",
      on: "2026-10-28",
      effective: false,
      evidence: "2 cracks in 125",
    });
    expect(back.state).toBe("rootCause");
    expect(back.context.verifications).toEqual([{ on: "2026-10-28", effective: false, evidence: "2 cracks in 125" }]);
  });

  it("the team leader cannot approve closure", () => {
    const prevention = apply(open(), ...throughVerification, {
      type: "VERIFY",
      on: "2026-11-02",
      effective: true,
      evidence: "ok",
    });
    const r = applyCapaEvent(prevention, {
      type: "CLOSE",
      on: "2026-11-05",
      preventiveActions: [action],
      approver: "sqe.chen",
    });
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      blockedBy: ["approverIsNotLeader"],
    });
  });

  it("lists overdue steps on a date", () => {
    expect(capaTimeliness(open(), "2026-10-09").overdue).toEqual([
      { step: "team", due: "2026-10-08" },
      { step: "containment", due: "2026-10-08" },
    ]);
    expect(capaTimeliness(open(), "2026-10-08").overdue).toEqual([]);
    const cancelled = apply(open(), { type: "CANCEL", on: "2026-10-01", reason: "duplicate of CAPA-0" });
    expect(capaTimeliness(cancelled, "2026-12-31").overdue).toEqual([]);
  });

  it("refuses steps out of order and bad input", () => {
    const r = applyCapaEvent(open(), { type: "CONTAIN", on: "2026-10-08", actions: [action] });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: "ILLEGAL_TRANSITION", state: "team" });
    expectInvalid(
      () => applyCapaEvent(open(), { type: "FORM_TEAM", on: "2026-09-29", leader: "a", members: ["b"] }),
      ["event", "on"],
    );
    expectInvalid(
      () => applyCapaEvent(open(), { type: "FORM_TEAM", on: "2026-10-01", leader: "a", members: [] }),
      ["event", "members"],
    );
    expectInvalid(() => openCapa({ id: "C", problem: "", openedOn: "2026-09-30" }, cn), ["input", "problem"]);
    expectInvalid(() => capaTimeliness(open(), "30/09/2026"), ["today"]);
  });
});
