import { describe, expect, it } from "vitest";
import { qualityEventsOf } from "../../../src/quality/index.js";
import { completeAt, expectInvalid, finding, iqc, run, start } from "../fixtures.js";

describe("qualityEventsOf", () => {
  it("gives the typed quality events of a step's effects, in order", () => {
    const { effects } = run(iqc(), [start, finding(1, "SCRATCH"), completeAt]);
    const events = qualityEventsOf(effects);
    expect(events.map((event) => [event.type, event.id])).toEqual([
      ["lot-accepted", "IQC-000001#1:lot-accepted"],
      ["defects-counted", "IQC-000001#1:defects-counted"],
    ]);
    expect(events[1]).toMatchObject({ inspectedUnits: 80, nonconformingUnits: 1 });
  });

  it("ignores other effects and gives nothing for a step without events", () => {
    expect(qualityEventsOf([{ type: "notify", to: "qc" }])).toEqual([]);
    expect(qualityEventsOf([])).toEqual([]);
  });

  it("refuses what is not a quality event, with its path", () => {
    expectInvalid(
      () => qualityEventsOf([{ type: "emit-quality-events", events: [{ type: "lot-accepted" }] }]),
      ["effects", 0, "events", 0, "id"],
    );
    expectInvalid(() => qualityEventsOf("nope" as never), ["effects"]);
  });
});
