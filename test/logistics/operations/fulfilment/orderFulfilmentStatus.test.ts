import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveOrderFulfilmentStatus, type FulfilmentState } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

describe("deriveOrderFulfilmentStatus", () => {
  it.each<[FulfilmentState[], string]>([
    [["received"], "processing"],
    [["labelled", "packed"], "processing"],
    [["in_transit", "packed"], "partially_shipped"],
    [["in_transit", "handed_to_carrier"], "shipped"],
    [["delivered", "in_transit"], "partially_delivered"],
    [["delivered", "packed"], "partially_delivered"],
    [["delivered", "delivered"], "delivered"],
    [["delivered", "cancelled"], "delivered"],
    [["delivered", "closed"], "closed"],
    [["delivered", "customs_hold"], "exception"],
    [["in_transit", "backordered"], "exception"],
    [["cancelled", "cancelled"], "cancelled"],
  ])("%j → %s", (states, expected) => {
    expect(deriveOrderFulfilmentStatus(states)).toBe(expected);
  });

  it("property: order status does not depend on the order of shipments", () => {
    const states: FulfilmentState[] = [
      "received",
      "backordered",
      "reviewed",
      "picked",
      "packed",
      "labelled",
      "handed_to_carrier",
      "in_transit",
      "delivered",
      "address_problem",
      "customs_hold",
      "lost",
      "damaged",
      "returned_to_sender",
      "cancelled",
      "closed",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...states), { minLength: 1, maxLength: 6 }), (list) => {
        expect(deriveOrderFulfilmentStatus([...list].reverse())).toBe(deriveOrderFulfilmentStatus(list));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses an empty list and an unknown state", () => {
    expectOpsError(() => deriveOrderFulfilmentStatus([]), "INVALID_ARGUMENT", ["shipmentStates"]);
    expectOpsError(() => deriveOrderFulfilmentStatus(["shipped" as never]), "INVALID_ARGUMENT", ["shipmentStates", 0]);
  });
});
