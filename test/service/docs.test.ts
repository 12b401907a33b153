import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Machine, type MachineEvent, toMermaid } from "../../src/core/index.js";
import * as service from "../../src/service/index.js";

type AnyMachine = Machine<string, MachineEvent, unknown>;

/** Every machine the service area exports, found by shape so a new machine cannot be forgotten here. */
const machines = Object.entries(service as Record<string, unknown>).filter(
  (entry): entry is [string, AnyMachine] =>
    typeof entry[1] === "object" &&
    entry[1] !== null &&
    "states" in entry[1] &&
    "transitions" in entry[1] &&
    "initial" in entry[1],
);

const doc = readFileSync(new URL("../../docs/service.md", import.meta.url), "utf8");
const blocks = [...doc.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? "");
const prose = doc.replace(/```[\s\S]*?```/g, "");
/** Mermaid state ids cannot hold "-", so toMermaid writes "label-issued" as the id "label_issued". */
const mermaidId = (state: string) => state.replace(/[^A-Za-z0-9_]/g, "_");

describe("docs/service.md", () => {
  it("finds the service machines", () => {
    expect(machines.map(([name]) => name).sort()).toEqual(["complaintMachine", "rmaMachine"]);
  });
  it.each(machines)("draws %s exactly once, as toMermaid draws it", (_, machine) => {
    expect(blocks.filter((block) => block === toMermaid(machine))).toHaveLength(1);
  });
  it("has no hand-drawn or stale Mermaid block", () => {
    const drawn = machines.map(([, machine]) => toMermaid(machine));
    expect(blocks.filter((block) => !drawn.includes(block))).toEqual([]);
  });
  // toMermaid's ids are Mermaid-safe (snake_case); the reader must still see the real state names, so each
  // diagram's visible text (the id, or its label) starts with the state exactly as the machine spells it.
  it.each(machines)("shows every state of %s by its real name", (_, machine) => {
    const block = toMermaid(machine);
    for (const state of machine.states) {
      const id = mermaidId(state);
      const labelled = block.split("\n").find((line) => line.startsWith(`  ${id} : `));
      const shown = labelled === undefined ? id : labelled.slice(`  ${id} : `.length);
      expect(shown === state || shown.startsWith(`${state} `), `${machine.id}: "${state}" is shown as "${shown}"`).toBe(
        true,
      );
    }
  });
  it.each(machines)("names the states of %s in the prose as the machine spells them", (_, machine) => {
    for (const state of machine.states) {
      const id = mermaidId(state);
      if (id !== state) expect(prose, `${machine.id}: write "${state}", not "${id}"`).not.toContain(id);
    }
  });
});
