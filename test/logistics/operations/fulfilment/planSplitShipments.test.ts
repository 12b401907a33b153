import { describe, expect, it } from "vitest";
import { planSplitShipments } from "../../../../src/logistics/operations/index.js";
import { expectOpsError } from "../../../core/expectOpsError.js";

const lines = [
  { sku: "FLASK-500", quantity: 3 },
  { sku: "LID-BLUE", quantity: 2 },
];

describe("planSplitShipments", () => {
  it("accepts a split that carries every unit once", () => {
    const r = planSplitShipments({
      orderId: "SO-1",
      lines,
      shipments: [
        {
          shipmentId: "SO-1-CN",
          lines: [
            { sku: "FLASK-500", quantity: 2 },
            { sku: "LID-BLUE", quantity: 2 },
          ],
        },
        { shipmentId: "SO-1-DE", lines: [{ sku: "FLASK-500", quantity: 1 }] },
      ],
    });
    expect(r.ok).toBe(true);
  });
  it("lists short, over and foreign SKUs", () => {
    const r = planSplitShipments({
      orderId: "SO-1",
      lines,
      shipments: [
        {
          shipmentId: "SO-1-CN",
          lines: [
            { sku: "FLASK-500", quantity: 4 },
            { sku: "MUG", quantity: 1 },
          ],
        },
      ],
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: "SPLIT_QUANTITY_MISMATCH",
        message: "FLASK-500: ordered 3, planned 4; LID-BLUE: ordered 2, planned 0; MUG: ordered 0, planned 1",
        mismatches: [
          { sku: "FLASK-500", ordered: 3, planned: 4 },
          { sku: "LID-BLUE", ordered: 2, planned: 0 },
          { sku: "MUG", ordered: 0, planned: 1 },
        ],
      },
    });
  });
  it("refuses duplicate shipment ids and fractional quantities", () => {
    expectOpsError(
      () =>
        planSplitShipments({
          orderId: "SO-1",
          lines,
          shipments: [
            { shipmentId: "A", lines: [{ sku: "FLASK-500", quantity: 3 }] },
            { shipmentId: "A", lines: [{ sku: "LID-BLUE", quantity: 2 }] },
          ],
        }),
      "INVALID_ARGUMENT",
      ["plan", "shipments", 1, "shipmentId"],
    );
    expectOpsError(
      () => planSplitShipments({ orderId: "SO-1", lines: [{ sku: "X", quantity: 1.5 }], shipments: [] }),
      "INVALID_ARGUMENT",
      ["plan", "lines", 0, "quantity"],
    );
  });
});
