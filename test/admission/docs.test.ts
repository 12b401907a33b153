import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  engineeringChangeMachine,
  proposalMachine,
  sampleRequestMachine,
  stageGateMachine,
} from "../../src/admission/index.js";
import { assertMachineWellFormed, toMermaid } from "../../src/core/index.js";

describe("docs/admission.md", () => {
  const docs = readFileSync(new URL("../../docs/admission.md", import.meta.url), "utf8");
  for (const machine of [proposalMachine, sampleRequestMachine, stageGateMachine, engineeringChangeMachine]) {
    it(`draws ${machine.id} as it is`, () => {
      assertMachineWellFormed(machine);
      expect(docs).toContain(`\`\`\`mermaid\n${toMermaid(machine)}\n\`\`\``);
    });
  }
});
