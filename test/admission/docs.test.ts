import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  engineeringChangeMachine,
  proposalMachine,
  sampleRequestMachine,
  stageGateMachine,
} from "../../src/admission/index.js";
import { assertMachineWellFormed, toMermaid } from "../../src/core/index.js";

const drawings: [string, () => string][] = [
  [proposalMachine.id, () => (assertMachineWellFormed(proposalMachine), toMermaid(proposalMachine))],
  [sampleRequestMachine.id, () => (assertMachineWellFormed(sampleRequestMachine), toMermaid(sampleRequestMachine))],
  [stageGateMachine.id, () => (assertMachineWellFormed(stageGateMachine), toMermaid(stageGateMachine))],
  [
    engineeringChangeMachine.id,
    () => (assertMachineWellFormed(engineeringChangeMachine), toMermaid(engineeringChangeMachine)),
  ],
];

describe("docs/admission.md", () => {
  const docs = readFileSync(new URL("../../docs/admission.md", import.meta.url), "utf8");
  for (const [id, draw] of drawings) {
    it(`draws ${id} as it is`, () => {
      expect(docs).toContain(`\`\`\`mermaid\n${draw()}\n\`\`\``);
    });
  }
});
