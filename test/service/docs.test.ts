import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMermaid } from "../../src/core/index.js";
import { complaintMachine, rmaMachine } from "../../src/service/index.js";

describe("docs/service.md", () => {
  const doc = readFileSync(new URL("../../docs/service.md", import.meta.url), "utf8");
  it.each([
    ["rma", rmaMachine],
    ["complaint", complaintMachine],
  ] as const)("draws the %s machine as it is", (_, machine) => {
    expect(doc).toContain(toMermaid(machine as never));
  });
});
