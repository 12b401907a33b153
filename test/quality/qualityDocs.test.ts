import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMermaid } from "../../src/core/index.js";
import { capaMachine, inspectionMachine, ncrMachine } from "../../src/quality/index.js";

describe("docs/quality.md", () => {
  const guide = readFileSync(new URL("../../docs/quality.md", import.meta.url), "utf8");

  it("draws every machine exactly as it is defined", () => {
    for (const drawing of [toMermaid(inspectionMachine), toMermaid(ncrMachine), toMermaid(capaMachine)])
      expect(guide).toContain(`\`\`\`mermaid\n${drawing}\n\`\`\``);
  });

  it("keeps the place for the sampling plans", () => {
    expect(guide).toContain("## Sampling plans");
  });
});
