import { describe, expectTypeOf, it } from "vitest";
import {
  createInspection,
  judgeLot,
  ocCurveSvg,
  type PlannedInspectionClass,
  planInspectionClasses,
  type SamplingPlan,
} from "../../../src/quality/index.js";

describe("planInspectionClasses types", () => {
  it("gives plans usable wherever a SamplingPlan is expected, and by createInspection", () => {
    const plans = planInspectionClasses({ lotSize: 1200, classes: [{ classId: "major", aql: "2.5" }] });
    expectTypeOf(plans).toEqualTypeOf<PlannedInspectionClass[]>();
    expectTypeOf(plans[0]?.plan).toEqualTypeOf<SamplingPlan | undefined>();
    const plan = (plans[0] as PlannedInspectionClass).plan;
    expectTypeOf(judgeLot).toBeCallableWith(plan, 3);
    expectTypeOf(ocCurveSvg).toBeCallableWith(plan);
    expectTypeOf(createInspection).parameter(0).toHaveProperty("plans");
    expectTypeOf(plans).toExtend<Parameters<typeof createInspection>[0]["plans"]>();
  });
});
