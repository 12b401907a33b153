/**
 * One product's journey end to end: a 10,000 mAh magnetic power bank (PB-10K-MAG) from the new-product proposal to
 * a buyer's complaint that opens a CAPA, through supplier screening, the purchase order, IQC of two lots, the
 * supplier's quarterly scorecard, shipping to Germany and the US, landed cost, tracking notices and a return.
 * Only the public API of each area is used. Everything is deterministic: fixed dates, a manual clock and
 * sequential ids. Writes the OC curve SVG and one Mermaid diagram per machine into out/journey/.
 *
 * Run: npx tsx examples/journey/index.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toMermaid } from "../../src/core/index.js";
import { admissionChapters } from "./admission.js";
import { machines } from "./machines.js";
import { purchasingChapters } from "./purchasing.js";
import { qualityChapters } from "./quality.js";
import { chapter, say, table } from "./report.js";
import { scorecardChapter } from "./scorecard.js";
import { serviceChapters } from "./service.js";
import { shippingChapters } from "./shipping.js";

const started = performance.now();
const outDir = join(process.cwd(), "out", "journey");
mkdirSync(outDir, { recursive: true });

say("The journey of PB-10K-MAG, 10,000 mAh magnetic power bank, supplier SUP-SZ-001");

const admission = admissionChapters();
const purchasing = purchasingChapters(admission);
const quality = qualityChapters(purchasing);
scorecardChapter(quality);
const shipping = shippingChapters();
serviceChapters(shipping, quality);

writeFileSync(join(outDir, "oc-curve-major.svg"), quality.ocCurve);
const written = ["oc-curve-major.svg"];
for (const m of machines.definitions()) {
  const file = `${m.id}.mmd`;
  writeFileSync(join(outDir, file), `${toMermaid(m)}\n`);
  written.push(file);
}

chapter(14, "Machines at the end of the journey");
table(
  ["instance", "machine", "state"],
  machines.instances().map((i) => [i.name, i.machineId, i.state]),
);
say();
say(`Artefacts in out/journey/: ${written.join(", ")}`);
// On stderr, so the report on stdout stays byte-for-byte the same from run to run.
console.error(`Journey finished in ${Math.round(performance.now() - started)} ms.`);
