import { describe, expect, it } from "vitest";
import { normaliseTrackingEvent } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

describe("normaliseTrackingEvent", () => {
  it("normalises a 17TRACK checkpoint and keeps raw codes, location and text", () => {
    expect(
      normaliseTrackingEvent({
        vendor: "17track",
        status: "InTransit",
        subStatus: "InTransit_CustomsProcessing",
        at: "2026-10-13T10:00:00+02:00",
        location: "Leipzig",
        description: "Zollabfertigung",
      }),
    ).toEqual({
      at: new Date("2026-10-13T08:00:00Z"),
      status: "in_transit",
      subStatus: "customs_processing",
      mappedBy: "detail",
      vendor: "17track",
      rawStatus: "InTransit",
      rawSubStatus: "InTransit_CustomsProcessing",
      location: "Leipzig",
      description: "Zollabfertigung",
    });
  });
  it("refuses a missing time and a checkpoint without codes", () => {
    expectOpsError(() => normaliseTrackingEvent({ vendor: "shippo", status: "TRANSIT" } as never), "INVALID_ARGUMENT", [
      "input",
      "at",
    ]);
    expectOpsError(() => normaliseTrackingEvent({ vendor: "shippo", at: "2026-10-13T08:00:00Z" }), "INVALID_ARGUMENT", [
      "input",
      "status",
    ]);
  });
});
