import { describe, expect, it } from "vitest";
import {
  externalRateSchema,
  normaliseEasyPostRate,
  normaliseShipEngineRate,
  normaliseShippoRate,
} from "../../../src/logistics/index.js";
import { expectThrows } from "./helpers.js";

describe("outside rate mappers", () => {
  it("EasyPost", () => {
    expect(
      normaliseEasyPostRate({
        id: "rate_1",
        object: "Rate",
        carrier: "USPS",
        service: "Priority",
        rate: "9.15",
        currency: "USD",
        delivery_days: null,
        est_delivery_days: 2,
        delivery_date: "2026-03-04T00:00:00Z",
      }),
    ).toEqual({
      provider: "easypost",
      rateId: "rate_1",
      carrier: "USPS",
      service: "Priority",
      total: { amount: "9.15", currency: "USD" },
      deliveryDays: 2,
      estimatedDeliveryDate: "2026-03-04",
    });
  });

  it("Shippo", () => {
    expect(
      normaliseShippoRate({
        object_id: "r2",
        provider: "UPS",
        servicelevel: { name: "Ground", token: "ups_ground" },
        amount: "11.20",
        currency: "USD",
        estimated_days: 4,
      }),
    ).toEqual({
      provider: "shippo",
      rateId: "r2",
      carrier: "UPS",
      service: "Ground",
      total: { amount: "11.20", currency: "USD" },
      deliveryDays: 4,
    });
  });

  it("ShipEngine adds its four amounts as decimals (0.1 + 0.2 is 0.3)", () => {
    const rate = normaliseShipEngineRate({
      rate_id: "se-1",
      carrier_friendly_name: "FedEx",
      service_type: "FedEx Ground",
      shipping_amount: { currency: "usd", amount: 12.1 },
      insurance_amount: { currency: "usd", amount: 0.1 },
      confirmation_amount: { currency: "usd", amount: 0.2 },
      other_amount: { currency: "usd", amount: 0 },
      delivery_days: 3,
      estimated_delivery_date: "2026-03-05T23:59:00Z",
    });
    expect(rate.total).toEqual({ amount: "12.4", currency: "USD" });
    expect(rate.estimatedDeliveryDate).toBe("2026-03-05");
    expect(externalRateSchema.parse(rate).total.amount.toString()).toBe("12.4");
  });

  it("refuses malformed vendor objects with the path", () => {
    expectThrows(
      () => normaliseEasyPostRate({ id: "x", carrier: "USPS", service: "P", currency: "USD" }),
      "INVALID_ARGUMENT",
      ["rate", "rate"],
    );
    expectThrows(
      () => normaliseShippoRate({ object_id: "r", provider: "UPS", servicelevel: {}, amount: "1", currency: "USD" }),
      "INVALID_ARGUMENT",
      ["rate", "servicelevel", "name"],
    );
    expectThrows(
      () =>
        normaliseShipEngineRate({
          rate_id: "se",
          shipping_amount: { currency: "usd", amount: 1 },
          other_amount: { currency: "eur", amount: 1 },
        }),
      "INVALID_ARGUMENT",
      ["rate", "other_amount", "currency"],
    );
  });
});
