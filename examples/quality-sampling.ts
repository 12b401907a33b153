/**
 * IQC of a received lot: 3,000 power banks from PO-2026-0311 arrive at the warehouse. The QC inspector plans a
 * multi-class inspection (critical 0 / major 2.5 / minor 4.0, level II), records what the sample showed, judges the
 * lot, looks at the plan's risks and feeds the result to the switching rules.
 *
 * Run: npx tsx examples/quality-sampling.ts
 */
import { describeCode, initialSnapshot, transition } from "../src/core/index.js";
import {
  averageOutgoingQualityLimit,
  createSwitchingContext,
  judgeMultiClassLot,
  limitingQuality,
  multiClassSamplingPlan,
  ocCurveSvg,
  producersRisk,
  samplingMessages,
  samplingSwitchingMachine,
} from "../src/quality/index.js";

const lotSize = 3000;
const plan = multiClassSamplingPlan({
  lotSize,
  level: "II",
  classes: [
    { name: "critical", aql: 0 },
    { name: "major", aql: 2.5 },
    { name: "minor", aql: "4.0" },
  ],
});

console.log(`IQC · PO-2026-0311 · lot of ${lotSize} power banks · level II, normal inspection`);
console.log(`Draw ${plan.drawSampleSize} units at random.`);
for (const entry of plan.classes) {
  const p = entry.plan;
  if (p.scheme !== "single") continue;
  const aql = entry.zeroTolerance ? "0 (zero tolerance)" : p.aql;
  console.log(
    `  ${entry.name.padEnd(8)} AQL ${aql.padEnd(18)} letter ${p.codeLetter}  n ${p.sampleSize}  Ac ${p.acceptanceNumber}  Re ${p.rejectionNumber}`,
  );
}

// What the inspector found in the 125 units (a unit counts once per class).
const found = { critical: 0, major: 3, minor: 6 };
const verdict = judgeMultiClassLot(plan, found);
const code = verdict.ok ? verdict.value.code : verdict.error.code;
console.log(`Found: critical ${found.critical}, major ${found.major}, minor ${found.minor}`);
console.log(
  `Verdict: ${describeCode(code, "en", samplingMessages)} / ${describeCode(code, "zh-CN", samplingMessages)}`,
);

const major = plan.classes[1]?.plan;
if (major) {
  const aoql = averageOutgoingQualityLimit(major);
  console.log("Major-defect plan (n 125, Ac 7):");
  console.log(`  producer's risk at AQL 2.5 %: ${(producersRisk(major) * 100).toFixed(2)} %`);
  console.log(
    `  limiting quality (Pa 10 %): ${(limitingQuality(major) * 100).toFixed(2)} %; (Pa 5 %): ${(limitingQuality(major, { consumerRisk: 0.05 }) * 100).toFixed(2)} %`,
  );
  console.log(`  AOQL: ${(aoql.aoql * 100).toFixed(2)} % at p = ${(aoql.atFraction * 100).toFixed(2)} %`);
  console.log(
    `  OC curve SVG: ${ocCurveSvg(major, { title: "PO-2026-0311 major defects" }).length} characters, standalone`,
  );

  let snapshot = initialSnapshot(
    samplingSwitchingMachine,
    createSwitchingContext({ edition: "iso", reducedApproved: true }),
  );
  const step = transition(samplingSwitchingMachine, snapshot, {
    type: "LOT_INSPECTED",
    plan: major,
    nonconforming: found.major,
  });
  if (step.ok) snapshot = step.value.snapshot;
  console.log(
    `Switching rules: stay on ${snapshot.state} inspection, switching score ${snapshot.context.switchingScore}`,
  );
}
