import { describe, expect, it } from "vitest";
import { describeCode } from "../../../src/core/index.js";
import {
  type CustomsFindingCode,
  logisticsOperationsMessages,
  shipmentNotificationTypeSchema,
  trackingStatusSchema,
} from "../../../src/logistics/operations/index.js";

const findingCodes: Record<CustomsFindingCode, true> = {
  VAGUE_DESCRIPTION: true,
  MISSING_ORIGIN: true,
  HS_CODE_CHAPTER_INVALID: true,
  HS_CODE_LENGTH: true,
  LINE_CURRENCY_MISMATCH: true,
  LINE_TOTAL_MISMATCH: true,
  INVOICE_TOTAL_MISMATCH: true,
  ZERO_VALUE_LINE: true,
  NET_EXCEEDS_GROSS: true,
  WEIGHT_TOTAL_MISMATCH: true,
  PACKING_LIST_WEIGHT_MISMATCH: true,
  MISSING_CARTON_MARKS: true,
  VALUE_PER_KG_OUT_OF_BAND: true,
  VALUE_BAND_NOT_CHECKED: true,
};

describe("logisticsOperationsMessages", () => {
  const keys = [
    "SPLIT_QUANTITY_MISMATCH",
    ...Object.keys(findingCodes),
    ...trackingStatusSchema.options.map((s) => `tracking.${s}`),
    ...shipmentNotificationTypeSchema.options.map((t) => `notification.${t}`),
  ];
  it.each(keys)("has %s in English and Chinese", (key) => {
    const entry = logisticsOperationsMessages[key];
    expect(entry?.en.length).toBeGreaterThan(0);
    expect(entry?.["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  });
  it("reads through describeCode", () => {
    expect(describeCode("VAGUE_DESCRIPTION", "zh-CN", logisticsOperationsMessages)).toBe("品名申报过于笼统");
    expect(describeCode("tracking.customs_hold", "en", logisticsOperationsMessages)).toBe("tracking.customs_hold");
  });
});
