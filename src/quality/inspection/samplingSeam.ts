import type { ClassVerdict, InspectionPlan } from "./planData.js";

/**
 * @internal The one place where inspections meet the sampling module's decision rule. Decides a class at a stage
 * from its plan and the nonconforming count: single sampling accepts at `d <= Ac` and rejects at `d >= Re`; the
 * first stage of a double plan asks for the second sample between the two; the second stage accepts at
 * `d <= Ac2` on the cumulative count.
 */
export function decideClass(classId: string, plan: InspectionPlan, stage: 1 | 2, nonconforming: number): ClassVerdict {
  if (plan.scheme === "single") {
    return { classId, decision: nonconforming <= plan.acceptanceNumber ? "accept" : "reject", nonconforming };
  }
  const [first, second] = plan.stages;
  if (stage === 1 && first) {
    const decision =
      nonconforming <= first.acceptanceNumber
        ? "accept"
        : nonconforming >= first.rejectionNumber
          ? "reject"
          : "second-sample";
    return { classId, decision, nonconforming };
  }
  return { classId, decision: nonconforming <= (second?.acceptanceNumber ?? -1) ? "accept" : "reject", nonconforming };
}
