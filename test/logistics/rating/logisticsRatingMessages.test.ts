import { describe, expect, it } from "vitest";
import { describeCode } from "../../../src/core/index.js";
import { freightChargeCodeSchema, logisticsRatingMessages } from "../../../src/logistics/index.js";

const codes = [
  "CANNOT_CARRY",
  "RATE_CARD_NOT_VALID",
  "ORIGIN_NOT_SERVED",
  "DESTINATION_NOT_SERVED",
  "DESTINATION_BANNED",
  "OVERWEIGHT",
  "PIECE_OVERWEIGHT",
  "TOO_LONG",
  "LENGTH_PLUS_GIRTH_EXCEEDED",
  "BATTERY_NOT_ALLOWED",
  "LIQUID_NOT_ALLOWED",
  "POWDER_NOT_ALLOWED",
  "MAGNET_NOT_ALLOWED",
  "CATEGORY_BANNED",
  "MISSES_DEADLINE",
  "CURRENCY_NOT_COMPARABLE",
  "ETA_UNKNOWN",
  "ETA_BEYOND_CALENDAR",
  "DUPLICATE",
  "NOT_BOOKED",
  "SERVICE_NOT_BOOKED",
  "REWEIGHED",
  "UNEXPECTED_CHARGE",
  "CHARGE_VARIANCE",
  "MISSING_CHARGE",
  "OVER_TOLERANCE",
  ...freightChargeCodeSchema.options,
];

describe("logisticsRatingMessages", () => {
  it("has an English and a Chinese title for every code", () => {
    for (const code of codes) {
      expect(logisticsRatingMessages[code]?.en, code).toBeTruthy();
      expect(logisticsRatingMessages[code]?.["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.keys(logisticsRatingMessages).sort()).toEqual([...new Set(codes)].sort());
  });

  it("reads in the sellers' vocabulary", () => {
    expect(describeCode("BATTERY_NOT_ALLOWED", "zh-CN", logisticsRatingMessages)).toBe("该渠道不接受带电产品");
    expect(describeCode("REMOTE_AREA", "zh-CN", logisticsRatingMessages)).toBe("偏远地区附加费");
  });
});
