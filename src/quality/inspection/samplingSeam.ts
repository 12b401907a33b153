import type { ClassVerdict, InspectionPlan } from "./planData.js";

/**
 * @internal The one place where inspections meet the sampling module's decision rule (`judgeLot`). Decides a
 * class at a stage from its plan and the positions of its nonconforming sample units. Single sampling rejects at
 * `d >= Re` and accepts below (a count between Ac and Re, possible in Z1.4's reduced tables, accepts; normal
 * inspection is then reinstated by the switching rules). The first stage of a double plan accepts at `d1 <= Ac1`,
 * rejects at `d1 >= Re1` and otherwise asks for the second sample; the second stage rejects at `d1 + d2 >= Re2`.
 */
export function decideClass(
  classId: string,
  plan: InspectionPlan,
  stage: 1 | 2,
  nonconformingUnits: readonly number[],
): ClassVerdict {
  const total = nonconformingUnits.length;
  if (plan.scheme === "single")
    return { classId, decision: total >= plan.rejectionNumber ? "reject" : "accept", nonconforming: total };
  const [first, second] = plan.stages;
  const firstCount = nonconformingUnits.filter((unit) => unit <= (first?.sampleSize ?? 0)).length;
  if (stage === 1 || plan.hundredPercent === true) {
    const decision =
      firstCount >= (first?.rejectionNumber ?? 1)
        ? "reject"
        : firstCount <= (first?.acceptanceNumber ?? 0) || plan.hundredPercent === true
          ? "accept"
          : "second-sample";
    return { classId, decision, nonconforming: firstCount };
  }
  return { classId, decision: total >= (second?.rejectionNumber ?? 1) ? "reject" : "accept", nonconforming: total };
}
