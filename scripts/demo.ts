// `npm run demo`: runs the end-to-end journey (examples/journey), then every example in examples/ in name order.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const examplesDir = fileURLToPath(new URL("../examples/", import.meta.url));
// The end-to-end journey first, then one example per area.
const examples = [
  "journey/index.ts",
  ...readdirSync(examplesDir)
    .filter((name) => name.endsWith(".ts"))
    .sort(),
];

let failed = 0;
for (const name of examples) {
  const title = `▶ examples/${name}`;
  console.log(`\n${title}\n${"─".repeat(title.length)}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `${examplesDir}${name}`], { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`✖ examples/${name} exited with ${run.status}`);
  }
}
console.log(`\n${examples.length - failed} of ${examples.length} examples ran cleanly.`);
process.exitCode = failed === 0 ? 0 : 1;
