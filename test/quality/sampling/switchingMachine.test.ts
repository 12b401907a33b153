import { describe, expect, it } from "vitest";
import {
  assertMachineWellFormed,
  type Effect,
  initialSnapshot,
  type Snapshot,
  toMermaid,
  transition,
} from "../../../src/core/index.js";
import {
  createSwitchingContext,
  inspectedLotOutcome,
  samplingSwitchingMachine as machine,
  type SwitchingContext,
  type SwitchingEvent,
  type SwitchingState,
  samplingPlan,
} from "../../../src/quality/sampling/index.js";

const normalPlan = samplingPlan({ lotSize: 1500, aql: 2.5 }); // K 125: 7 8; one step tighter (1.5): 5 6
const tightPlan = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "tightened" }); // 5 6
const reducedPlan = samplingPlan({ lotSize: 1500, aql: 2.5, severity: "reduced", edition: "z1.4" }); // 50: 3 6

type Snap = Snapshot<SwitchingState, SwitchingContext>;
function run(snapshot: Snap, events: SwitchingEvent[]): { snapshot: Snap; effects: Effect[] } {
  let current = snapshot;
  const effects: Effect[] = [];
  for (const event of events) {
    const step = transition(machine, current, event);
    if (!step.ok) throw new Error(step.error.message);
    current = step.value.snapshot;
    effects.push(...step.value.effects);
  }
  return { snapshot: current, effects };
}
const lot = (plan = normalPlan, nonconforming: number | number[] = 0): SwitchingEvent => ({
  type: "LOT_INSPECTED",
  plan,
  nonconforming,
});
const accepted = (n: number, plan = normalPlan, d = 0) => Array.from({ length: n }, () => lot(plan, d));
const start = (options = {}) => initialSnapshot(machine, createSwitchingContext(options));

describe("switching rules machine", () => {
  it("is well formed and draws", () => {
    assertMachineWellFormed(machine);
    const drawing = toMermaid(machine);
    expect(drawing).toContain("normal --> tightened : LOT_INSPECTED [twoOfFiveNotAccepted]");
    expect(drawing).toContain("tightened --> discontinued : LOT_INSPECTED [fiveNotAcceptedOnTightened]");
    expect(drawing).toContain("discontinued --> tightened : INSPECTION_RESUMED");
  });

  it("normal → tightened when 2 of 5 or fewer consecutive lots are not accepted", () => {
    const stays = run(start(), [lot(normalPlan, 8), ...accepted(4), lot(normalPlan, 8)]);
    expect(stays.snapshot.state).toBe("normal"); // the two rejections are 6 lots apart
    const switches = run(start(), [lot(normalPlan, 8), ...accepted(3), lot(normalPlan, 8)]);
    expect(switches.snapshot.state).toBe("tightened");
    expect(switches.effects).toEqual([
      {
        type: "INSPECTION_SEVERITY_CHANGED",
        from: "normal",
        to: "tightened",
        reason: "2 of 5 or fewer consecutive lots not accepted",
      },
    ]);
  });

  it("tightened → normal after 5 consecutive accepted lots; a rejection restarts the count", () => {
    const tight = run(start(), [lot(normalPlan, 8), lot(normalPlan, 8)]).snapshot;
    expect(tight.state).toBe("tightened");
    expect(run(tight, accepted(4, tightPlan)).snapshot.state).toBe("tightened");
    expect(run(tight, accepted(5, tightPlan)).snapshot.state).toBe("normal");
    expect(run(tight, [...accepted(4, tightPlan), lot(tightPlan, 6), ...accepted(4, tightPlan)]).snapshot.state).toBe(
      "tightened",
    );
  });

  it("tightened → discontinued when 5 lots in all are not accepted, and resumes on tightened", () => {
    const tight = run(start(), [lot(normalPlan, 8), lot(normalPlan, 8)]).snapshot;
    const rejected = lot(tightPlan, 6);
    const four = run(tight, [rejected, lot(tightPlan), rejected, rejected, lot(tightPlan), rejected]);
    expect(four.snapshot.state).toBe("tightened");
    expect(four.snapshot.context.tightenedNotAccepted).toBe(4);
    const five = run(four.snapshot, [rejected]);
    expect(five.snapshot.state).toBe("discontinued");
    expect(five.effects).toEqual([
      { type: "INSPECTION_DISCONTINUED", reason: "5 lots not accepted on tightened inspection" },
    ]);
    expect(transition(machine, five.snapshot, lot(tightPlan)).ok).toBe(false);
    expect(run(five.snapshot, [{ type: "INSPECTION_RESUMED" }]).snapshot.state).toBe("tightened");
  });

  it("ISO switching score: +3 per lot accepted at the next tighter AQL (Ac ≥ 2), reset otherwise; reduced at 30", () => {
    expect(inspectedLotOutcome(normalPlan, 5).scoreIncrement).toBe(3);
    expect(inspectedLotOutcome(normalPlan, 6).scoreIncrement).toBe(0); // accepted at 2.5 but not at 1.5 (Ac 5)
    expect(inspectedLotOutcome(normalPlan, 8).scoreIncrement).toBe(0);
    const ac1 = samplingPlan({ lotSize: 1500, aql: 0.4 }); // K: 1 2
    expect(inspectedLotOutcome(ac1, 1).scoreIncrement).toBe(2);
    const dbl = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" });
    expect(inspectedLotOutcome(dbl, 3).scoreIncrement).toBe(3);
    expect(inspectedLotOutcome(dbl, [4, 1]).scoreIncrement).toBe(0);

    const nine = run(start({ reducedApproved: true }), accepted(9, normalPlan, 5));
    expect([nine.snapshot.state, nine.snapshot.context.switchingScore]).toEqual(["normal", 27]);
    const ten = run(nine.snapshot, [lot(normalPlan, 2)]);
    expect(ten.snapshot.state).toBe("reduced");
    const reset = run(nine.snapshot, [lot(normalPlan, 6)]);
    expect([reset.snapshot.state, reset.snapshot.context.switchingScore]).toEqual(["normal", 0]);
    const notApproved = run(start(), accepted(12, normalPlan, 0));
    expect([notApproved.snapshot.state, notApproved.snapshot.context.switchingScore]).toEqual(["normal", 36]);
    const approved = run(notApproved.snapshot, [{ type: "REDUCED_APPROVAL_CHANGED", approved: true }, lot()]);
    expect(approved.snapshot.state).toBe("reduced");
  });

  it("Z1.4: ten accepted lots within the limit number (Table VIII column supplied by the user)", () => {
    const options = {
      edition: "z1.4" as const,
      reducedApproved: true,
      limitNumbers: [
        { minSampleUnits: 800, limit: 7 },
        { minSampleUnits: 1250, limit: 14 },
      ],
    };
    const within = run(start(options), [...accepted(9, normalPlan, 1), lot(normalPlan, 5)]); // 14 in 1250 units
    expect(within.snapshot.state).toBe("reduced");
    const over = run(start(options), [...accepted(9, normalPlan, 1), lot(normalPlan, 6)]); // 15
    expect(over.snapshot.state).toBe("normal");
    const nine = run(start(options), accepted(9));
    expect(nine.snapshot.state).toBe("normal");
  });

  it("reduced → normal on a rejection, on a Z1.4 count between Ac and Re, on irregular production or other conditions", () => {
    const options = {
      edition: "z1.4" as const,
      reducedApproved: true,
      limitNumbers: [{ minSampleUnits: 0, limit: 100 }],
    };
    const reduced = run(start(options), accepted(10)).snapshot;
    expect(reduced.state).toBe("reduced");
    expect(run(reduced, [lot(reducedPlan, 3)]).snapshot.state).toBe("reduced");
    expect(run(reduced, [lot(reducedPlan, 4)]).snapshot.state).toBe("normal");
    expect(run(reduced, [lot(reducedPlan, 6)]).snapshot.state).toBe("normal");
    expect(run(reduced, [{ type: "PRODUCTION_IRREGULAR" }]).snapshot.state).toBe("normal");
    expect(run(reduced, [{ type: "NORMAL_INSPECTION_REQUIRED" }]).snapshot.state).toBe("normal");
    expect(run(reduced, [{ type: "REDUCED_APPROVAL_CHANGED", approved: false }]).snapshot.state).toBe("normal");
    const back = run(reduced, [lot(reducedPlan, 6)]).snapshot.context;
    expect([back.switchingScore, back.normalHistory.length]).toEqual([0, 0]);
  });

  it("refuses an undecided double-sampling lot and never mutates the snapshot", () => {
    const dbl = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" });
    const s = start();
    const frozen = JSON.stringify(s);
    expect(() => transition(machine, s, lot(dbl, 4))).toThrow(/not decided/);
    run(s, accepted(3));
    expect(JSON.stringify(s)).toBe(frozen);
  });
});
