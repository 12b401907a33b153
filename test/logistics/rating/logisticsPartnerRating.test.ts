import { describe, expect, it } from "vitest";
import {
  basicLogisticsPartnerScorer,
  type LogisticsPartnerKpisInput,
  type LogisticsPartnerScorecard,
  logisticsPartnerScorecard,
  rateLogisticsPartner,
} from "../../../src/logistics/index.js";
import { expectThrows } from "./helpers.js";

const kpis: LogisticsPartnerKpisInput = {
  partnerId: "sample-line",
  period: { from: "2026-01-01", to: "2026-03-31" },
  shipments: 1840,
  onTimeRate: "0.93",
  lossRate: "0.004",
  damageRate: "0.006",
  customsClearanceRate: "0.985",
  priceIndex: "0.92",
  responsivenessHours: "5",
};

describe("partner rating seam", () => {
  it("builds scorecard-shaped data with directions", () => {
    const card = logisticsPartnerScorecard(kpis);
    expect(card.subjectKind).toBe("logistics-partner");
    expect(card.sampleSize).toBe(1840);
    expect(card.metrics.map((m) => [m.key, m.value.toString(), m.better])).toEqual([
      ["on-time-rate", "0.93", "higher"],
      ["loss-rate", "0.004", "lower"],
      ["damage-rate", "0.006", "lower"],
      ["customs-clearance-rate", "0.985", "higher"],
      ["price-index", "0.92", "lower"],
      ["responsiveness-hours", "5", "lower"],
    ]);
  });

  it("hands the scorecard to any scorer and returns score and reliability", () => {
    let seen: LogisticsPartnerScorecard | undefined;
    const rating = rateLogisticsPartner({
      kpis,
      scorer: (card) => {
        seen = card;
        return { score: "72.5", grade: "B" };
      },
    });
    expect(seen?.subjectId).toBe("sample-line");
    expect(rating.score.toString()).toBe("72.5");
    expect(rating.reliability.toString()).toBe("0.725");
    expect(rating.grade).toBe("B");
  });

  it("the interim scorer: 37.2 + 21.5 + 14.775 + 10 + 9.7727… = 93.25", () => {
    expect(basicLogisticsPartnerScorer(logisticsPartnerScorecard(kpis)).score).toBe("93.25");
    const perfect = {
      ...kpis,
      onTimeRate: 1,
      lossRate: 0,
      damageRate: 0,
      customsClearanceRate: 1,
      priceIndex: 1,
      responsivenessHours: 1,
    };
    expect(basicLogisticsPartnerScorer(logisticsPartnerScorecard(perfect)).score).toBe("100.00");
    const awful = {
      ...kpis,
      onTimeRate: 0,
      lossRate: "0.2",
      damageRate: "0.5",
      customsClearanceRate: 0,
      priceIndex: 4,
      responsivenessHours: 72,
    };
    expect(basicLogisticsPartnerScorer(logisticsPartnerScorecard(awful)).score).toBe("2.50");
  });

  it("refuses bad KPIs and bad scorer answers", () => {
    expectThrows(() => logisticsPartnerScorecard({ ...kpis, onTimeRate: "1.2" }), "INVALID_ARGUMENT", [
      "kpis",
      "onTimeRate",
    ]);
    expectThrows(() => logisticsPartnerScorecard({ ...kpis, priceIndex: 0 }), "INVALID_ARGUMENT", [
      "kpis",
      "priceIndex",
    ]);
    expectThrows(() => rateLogisticsPartner({ kpis, scorer: () => ({ score: 101 }) }), "INVALID_ARGUMENT", [
      "scorer",
      "score",
    ]);
    // @ts-expect-error the scorer must be a function
    expectThrows(() => rateLogisticsPartner({ kpis, scorer: "engine" }), "INVALID_ARGUMENT", ["scorer"]);
  });
});
