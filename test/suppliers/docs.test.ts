import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertMachineWellFormed, type Machine, type MachineEvent, toMermaid } from "../../src/core/index.js";
import {
  outsourcedProcurementMachine,
  purchaseOrderMachine,
  supplierApprovalMachine,
} from "../../src/suppliers/index.js";

function draw<S extends string, E extends MachineEvent, C>(machine: Machine<S, E, C>) {
  assertMachineWellFormed(machine);
  return { id: machine.id, states: machine.states as readonly string[], mermaid: toMermaid(machine) };
}

const drawings = [draw(supplierApprovalMachine), draw(purchaseOrderMachine), draw(outsourcedProcurementMachine)];
const docs = readFileSync(new URL("../../docs/suppliers.md", import.meta.url), "utf8");
const blocks = [...docs.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);

describe("docs/suppliers.md", () => {
  for (const { id, mermaid } of drawings) {
    it(`draws ${id} exactly as toMermaid does`, () => {
      expect(blocks).toContain(mermaid);
    });
  }

  it("has no Mermaid block that is not a machine's drawing", () => {
    expect(blocks).toHaveLength(drawings.length);
    for (const block of blocks) expect(drawings.map((d) => d.mermaid)).toContain(block);
  });

  it("labels every state whose id Mermaid had to rewrite with its real kebab-case value", () => {
    const purchaseOrder = draw(purchaseOrderMachine);
    expect(purchaseOrder.mermaid).toContain("  pending_approval : pending-approval 待审批");
    expect(purchaseOrder.mermaid).toContain("  in_production : in-production 生产中");
    expect(purchaseOrder.mermaid).toContain("  partially_received : partially-received 部分收货");
    for (const { mermaid, states } of drawings)
      for (const state of states.filter((s) => s.includes("-")))
        expect(mermaid).toContain(`  ${state.replaceAll("-", "_")} : ${state} `);
  });
});
