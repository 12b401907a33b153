import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMermaid } from "../../src/core/index.js";
import { fulfilmentMachine } from "../../src/logistics/index.js";

describe("docs/logistics.md", () => {
  it("draws the current fulfilment machine", () => {
    const guide = readFileSync(new URL("../../docs/logistics.md", import.meta.url), "utf8");
    expect(guide).toContain(toMermaid(fulfilmentMachine));
  });
});
