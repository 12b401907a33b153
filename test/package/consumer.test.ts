// Checks the package as a consumer gets it: build, `npm pack`, install the tarball into a fresh ESM project and a
// fresh CommonJS project, run a script in each, and type-check them under `nodenext` and `bundler` resolution.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const runtimeDependencies = ["zod", "decimal.js", "@date-fns/tz", "ts-pattern"];
let workspace = "";

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A project folder with the packed tarball unpacked as node_modules/crossborder-ops and the runtime dependencies linked. */
function makeProject(name: string, packageJson: object, files: Record<string, string>): string {
  const dir = join(workspace, name);
  mkdirSync(join(dir, "node_modules", "crossborder-ops"), { recursive: true });
  const tarball = readdirSync(workspace).find((file) => file.endsWith(".tgz")) as string;
  run(
    "tar",
    ["-xzf", join(workspace, tarball), "-C", join(dir, "node_modules", "crossborder-ops"), "--strip-components=1"],
    dir,
  );
  for (const dependency of [...runtimeDependencies, "@types/node"]) {
    const target = join(dir, "node_modules", dependency);
    mkdirSync(join(target, ".."), { recursive: true });
    symlinkSync(join(root, "node_modules", dependency), target, "dir");
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify(packageJson));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const tsconfig = (moduleResolution: "nodenext" | "bundler") =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: moduleResolution === "nodenext" ? "nodenext" : "esnext",
      moduleResolution,
      types: ["node"],
      skipLibCheck: true,
    },
    include: ["*.ts", "*.mts", "*.cts"],
  });

const consumerCode = `
import { allocate, isCrossborderOpsError, money, sumMoney } from "crossborder-ops";
import { CN_2026, addBusinessDays, createBusinessCalendar, type Money } from "crossborder-ops/core";
import * as quality from "crossborder-ops/quality";

const parts: Money[] = allocate(money("100.00", "USD"), [1, 1, 1]);
const total: string = sumMoney(parts).amount.toFixed(2);
let guarded = false;
try {
  money("12,34", "USD");
} catch (error) {
  guarded = isCrossborderOpsError(error, "INVALID_ARGUMENT");
}
const day: string = addBusinessDays(createBusinessCalendar(CN_2026), "2026-09-30", 1);
console.log(JSON.stringify({ parts: parts.map((p) => p.amount.toFixed(2)), total, guarded, day, quality: typeof quality }));
`;

const expected = {
  parts: ["33.34", "33.33", "33.33"],
  total: "100.00",
  guarded: true,
  day: "2026-10-08",
  quality: "object",
};

describe("the published package, as a consumer installs it", () => {
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), "crossborder-ops-consumer-"));
    run(process.execPath, [join(root, "node_modules/tsup/dist/cli-default.js")], root);
    run("npm", ["pack", "--silent", "--pack-destination", workspace], root);
  }, 240_000);
  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it("works from an ESM project and type-checks under nodenext and bundler resolution", () => {
    const dir = makeProject(
      "esm",
      { type: "module", private: true },
      {
        "index.ts": consumerCode,
        "index.mjs": `
import { allocate, isCrossborderOpsError, money, sumMoney } from "crossborder-ops";
import { CN_2026, addBusinessDays, createBusinessCalendar } from "crossborder-ops/core";
import * as quality from "crossborder-ops/quality";
const parts = allocate(money("100.00", "USD"), [1, 1, 1]);
let guarded = false;
try { money("12,34", "USD"); } catch (error) { guarded = isCrossborderOpsError(error, "INVALID_ARGUMENT"); }
const day = addBusinessDays(createBusinessCalendar(CN_2026), "2026-09-30", 1);
console.log(JSON.stringify({ parts: parts.map((p) => p.amount.toFixed(2)), total: sumMoney(parts).amount.toFixed(2), guarded, day, quality: typeof quality }));
`,
        "tsconfig.json": tsconfig("nodenext"),
        "tsconfig.bundler.json": tsconfig("bundler"),
      },
    );
    expect(JSON.parse(run(process.execPath, ["index.mjs"], dir))).toEqual(expected);
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    expect(run(process.execPath, [tsc, "-p", "tsconfig.json"], dir)).toBe("");
    expect(run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], dir)).toBe("");
  }, 300_000);

  it("works from a CommonJS project, and errors from one subpath are recognised by another", () => {
    const dir = makeProject(
      "cjs",
      { type: "commonjs", private: true },
      {
        "index.cjs": `
const { allocate, money, sumMoney } = require("crossborder-ops");
const { isCrossborderOpsError, CN_2026, addBusinessDays, createBusinessCalendar } = require("crossborder-ops/core");
const quality = require("crossborder-ops/quality");
const parts = allocate(money("100.00", "USD"), [1, 1, 1]);
let guarded = false;
try { money("12,34", "USD"); } catch (error) { guarded = isCrossborderOpsError(error, "INVALID_ARGUMENT"); }
const day = addBusinessDays(createBusinessCalendar(CN_2026), "2026-09-30", 1);
console.log(JSON.stringify({ parts: parts.map((p) => p.amount.toFixed(2)), total: sumMoney(parts).amount.toFixed(2), guarded, day, quality: typeof quality }));
`,
        "index.cts": consumerCode.replace(
          'import * as quality from "crossborder-ops/quality";',
          'import quality = require("crossborder-ops/quality");',
        ),
        "tsconfig.json": tsconfig("nodenext"),
      },
    );
    expect(JSON.parse(run(process.execPath, ["index.cjs"], dir))).toEqual(expected);
    expect(run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], dir)).toBe("");
  }, 300_000);
});
