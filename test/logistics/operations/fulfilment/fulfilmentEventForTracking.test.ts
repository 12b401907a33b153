import { describe, expect, it } from "vitest";
import { replay, transition } from "../../../../src/core/index.js";
import {
  type FulfilmentContext,
  type FulfilmentEvent,
  fulfilmentEventForTracking,
  fulfilmentMachine,
  summariseTracking,
} from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";
import { berlinParcelEvents } from "../tracking/fixtures.js";

describe("fulfilmentEventForTracking", () => {
  it.each([
    ["exception", "customs_hold", "CUSTOMS_HOLD"],
    ["exception", "customs_documents_required", "CUSTOMS_HOLD"],
    ["in_transit", "customs_released", "CUSTOMS_RELEASED"],
    ["exception", "lost", "REPORT_LOST"],
    ["exception", "destroyed", "REPORT_LOST"],
    ["exception", "damaged", "REPORT_DAMAGED"],
    ["exception", "returning_to_sender", "RETURN_TO_SENDER"],
    ["exception", "returned_to_sender", "RETURN_TO_SENDER"],
    ["exception", "address_issue", "ADDRESS_ISSUE"],
    ["failed_attempt", "address_issue", "ADDRESS_ISSUE"],
    ["in_transit", "address_issue", "CARRIER_SCAN"],
    ["delivered", "signed", "DELIVER"],
    ["in_transit", "picked_up", "CARRIER_SCAN"],
    ["out_for_delivery", "out_for_delivery", "CARRIER_SCAN"],
    ["failed_attempt", "recipient_unavailable", "CARRIER_SCAN"],
    ["available_for_pickup", "awaiting_collection", "CARRIER_SCAN"],
  ] as const)("%s / %s → %s", (status, subStatus, type) => {
    expect(fulfilmentEventForTracking({ status, subStatus })).toEqual({ type });
  });

  it.each([
    ["pending", "awaiting_tracking"],
    ["info_received", "label_created"],
    ["expired", "expired"],
    ["exception", "delayed"],
    ["exception", "unrecognised_code"],
  ] as const)("%s / %s does not move the shipment", (status, subStatus) => {
    expect(fulfilmentEventForTracking({ status, subStatus })).toBeUndefined();
  });

  it("drives the Berlin parcel from hand-over to delivered, through the customs hold", () => {
    const context: FulfilmentContext = {
      orderId: "SO-1001",
      shipmentId: "SO-1001-1",
      handedOver: false,
      dispatchCount: 0,
    };
    const start = replay(fulfilmentMachine, context, [
      { event: { type: "REVIEW", addressValid: true, stockAvailable: true } },
      { event: { type: "PICK" } },
      { event: { type: "PACK" } },
      { event: { type: "LABEL", trackingNumber: "LX123456789CN", carrier: "DHL" } },
      { event: { type: "HAND_OVER" } },
    ]);
    if (!start.ok) throw new Error(start.error.message);
    let snapshot = start.value.snapshot;
    const visited: string[] = [];
    for (const { event, applied } of summariseTracking(berlinParcelEvents()).timeline) {
      const machineEvent: FulfilmentEvent | undefined = applied ? fulfilmentEventForTracking(event) : undefined;
      if (!machineEvent) continue;
      const r = transition(fulfilmentMachine, snapshot, machineEvent);
      if (r.ok) {
        snapshot = r.value.snapshot;
        visited.push(snapshot.state);
      }
    }
    expect(visited).toEqual(["in_transit", "in_transit", "customs_hold", "in_transit", "in_transit", "delivered"]);
  });

  it("refuses an unknown sub-status", () => {
    expectOpsError(
      () => fulfilmentEventForTracking({ status: "exception", subStatus: "stolen" as never }),
      "INVALID_ARGUMENT",
      ["reading", "subStatus"],
    );
  });
});
