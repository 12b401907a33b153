import { defineConfig } from "tsup";

/** One entry per public subpath; the exports map in package.json mirrors this list. */
export const subpaths = ["core", "admission", "quality", "suppliers", "logistics", "landed-cost", "service", "testing"];

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(subpaths.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  external: ["vitest"],
  // Keep Chinese messages as UTF-8 instead of \uXXXX escapes (smaller, readable in the bundle).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
