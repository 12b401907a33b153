import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  engineeringChangeMachine,
  proposalMachine,
  sampleRequestMachine,
  stageGateMachine,
} from "../../src/admission/index.js";
import { assertMachineWellFormed, type Machine, type MachineEvent, toMermaid } from "../../src/core/index.js";

function draw<S extends string, E extends MachineEvent, C>(machine: Machine<S, E, C>): [string, () => string] {
  return [
    machine.id,
    () => {
      assertMachineWellFormed(machine);
      return toMermaid(machine);
    },
  ];
}

const drawings = [
  draw(proposalMachine),
  draw(sampleRequestMachine),
  draw(stageGateMachine),
  draw(engineeringChangeMachine),
];

describe("docs/admission.md", () => {
  const docs = readFileSync(new URL("../../docs/admission.md", import.meta.url), "utf8");
  for (const [id, draw] of drawings) {
    it(`draws ${id} as it is`, () => {
      expect(docs).toContain(`\`\`\`mermaid\n${draw()}\n\`\`\``);
    });
  }
});
