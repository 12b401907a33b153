import { describe, expect, it } from "vitest";
import {
  compareSamples,
  evaluateSample,
  requestSample,
  type SampleEvaluationInput,
  sampleRequestMachine,
} from "../../../src/admission/index.js";
import { assertMachineWellFormed, transition } from "../../../src/core/index.js";
import { expectOpsError } from "../../core/expectOpsError.js";

const evaluation = (supplierId: string, length: string, dropPassed: boolean): SampleEvaluationInput => ({
  sampleId: `S-${supplierId}`,
  supplierId,
  evaluatedOn: "2026-05-20",
  evaluator: "qa.zhang",
  checks: [
    { kind: "judged", aspect: "appearance", name: "no scratches at 50 cm", passed: true },
    {
      kind: "measured",
      aspect: "dimensions",
      name: "length",
      unit: "mm",
      nominal: "98.0",
      plus: "0.3",
      minus: "0.2",
      measured: length,
      drawing: "DWG-PB-01 rev B",
    },
    { kind: "judged", aspect: "function", name: "15 W wireless output", passed: true, observation: "14.6 W" },
    { kind: "judged", aspect: "durability", name: "1.2 m drop, 6 faces", passed: dropPassed },
    { kind: "judged", aspect: "safety", name: "overcharge protection", passed: true, standard: "IEC 62133-2" },
    { kind: "judged", aspect: "packaging", name: "ISTA 1A", passed: true },
  ],
});

describe("evaluateSample", () => {
  it("judges dimensions against the drawing's tolerance band, bounds included", () => {
    expect(evaluateSample(evaluation("A", "98.3", true)).passed).toBe(true);
    expect(evaluateSample(evaluation("A", "97.8", true)).passed).toBe(true);
    const over = evaluateSample(evaluation("A", "98.31", true));
    expect(over.passed).toBe(false);
    expect(over.failures).toEqual(["length"]);
    expect(over.checks[1]).toMatchObject({ passed: false, deviation: "0.31" });
    const under = evaluateSample(evaluation("A", "97.79", true));
    expect(under.checks[1]).toMatchObject({ passed: false, deviation: "-0.21" });
  });
  it("fails the sample on any failed check", () => {
    expect(evaluateSample(evaluation("B", "98.0", false)).failures).toEqual(["1.2 m drop, 6 faces"]);
  });
  it("refuses an evaluation without checks or with a malformed measurement", () => {
    expectOpsError(() => evaluateSample({ ...evaluation("A", "98", true), checks: [] }), "INVALID_ARGUMENT", [
      "input",
      "checks",
    ]);
    expectOpsError(() => evaluateSample(evaluation("A", "98,1", true)), "INVALID_ARGUMENT", [
      "input",
      "checks",
      1,
      "measured",
    ]);
  });
});

describe("compareSamples", () => {
  it("lays samples side by side and orders suppliers by fewest failures", () => {
    const c = compareSamples([
      evaluateSample(evaluation("SUP-DG-007", "98.5", false)),
      evaluateSample(evaluation("SUP-SZ-001", "98.1", true)),
    ]);
    expect(c.suppliers).toEqual(["SUP-DG-007", "SUP-SZ-001"]);
    expect(c.rows[1]).toEqual({
      aspect: "dimensions",
      name: "length",
      results: { "SUP-DG-007": { passed: false, value: "98.5 mm" }, "SUP-SZ-001": { passed: true, value: "98.1 mm" } },
    });
    expect(c.summary).toEqual([
      { supplierId: "SUP-SZ-001", passed: true, passedChecks: 6, failedChecks: 0 },
      { supplierId: "SUP-DG-007", passed: false, passedChecks: 4, failedChecks: 2 },
    ]);
  });
  it("refuses an empty list and two evaluations of one supplier", () => {
    expectOpsError(() => compareSamples([]), "INVALID_ARGUMENT", ["evaluations"]);
    const e = evaluateSample(evaluation("A", "98", true));
    expectOpsError(() => compareSamples([e, e]), "INVALID_ARGUMENT", ["evaluations", 1]);
  });
});

describe("sampleRequestMachine", () => {
  it("is well formed and follows a request to its evaluation", () => {
    assertMachineWellFormed(sampleRequestMachine);
    let s = requestSample({ requestId: "SR-1", supplierId: "SUP-SZ-001", quantity: 3, drawings: ["DWG-PB-01 rev B"] });
    const at = { at: "2026-05-10T01:00:00.000Z", actor: "buyer.li" };
    const empty = transition(sampleRequestMachine, s, { type: "RECEIVE", receivedOn: "2026-05-18", quantity: 0 }, at);
    expect(!empty.ok && empty.error.blockedBy).toEqual(["someReceived"]);
    for (const event of [
      { type: "SHIP", tracking: "SF123" },
      { type: "RECEIVE", receivedOn: "2026-05-18", quantity: 3 },
      { type: "RECORD_EVALUATION", evaluationId: "SE-1", passed: true },
    ] as const) {
      const r = transition(sampleRequestMachine, s, event, at);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value.snapshot;
    }
    expect(s.state).toBe("evaluated");
    expect(s.context).toMatchObject({ tracking: "SF123", receivedQuantity: 3, passed: true });
  });
  it("refuses a malformed request", () => {
    expectOpsError(() => requestSample({ requestId: "SR-1", supplierId: "S", quantity: 0 }), "INVALID_ARGUMENT", [
      "input",
      "quantity",
    ]);
  });
});
