import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const outDir = join(root, "out", "journey");
const machineFiles = [
  "admission-proposal.mmd",
  "purchase-order.mmd",
  "sampling-switching.mmd",
  "quality.inspection.mmd",
  "quality.ncr.mmd",
  "rma.mmd",
  "complaint.mmd",
  "quality.capa.mmd",
];

let stdout = "";
let stderr = "";

// Spawning node with the tsx loader compiles the journey on the fly: seconds, more on a loaded machine.
beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "examples/journey/index.ts"], {
    cwd: root,
    maxBuffer: 10 * 1024 * 1024,
  });
  stdout = run.stdout;
  stderr = run.stderr;
}, 120_000);

const lines = () => stdout.split("\n");

describe("examples/journey", () => {
  it("prints a heading for every chapter, in order", () => {
    const headings = lines().filter((l) => /^\d+\. /.test(l));
    expect(headings).toEqual([
      "1. Proposal and unit economics",
      "2. Supplier screening and approval",
      "3. Purchase order with a 30% deposit",
      "4. Production milestones (CN_2026 calendar)",
      "5. IQC of two received lots (AQL, level II)",
      "6. NCR for the rejected lot, dispositions and the receiving ledger",
      "7. Supplier scorecard, Q3 2026",
      "8. Shipping method per buyer order",
      "9. Landed cost per unit, DE and US (DDP, 1,500 units by ocean)",
      "10. Tracking events → buyer notices",
      "11. Return and refund",
      "12. Complaint → CAPA",
      "13. CAPA due dates (CN_2026 calendar)",
      "14. Machines at the end of the journey",
    ]);
  });

  it("approves the proposal and takes a 30% deposit on the CNY 127,500 PO", () => {
    expect(stdout).toContain("  proposal:           approved on 2026-06-10, supplier SUP-SZ-001");
    // 3,000 × 42.50 = 127,500; 30% = 38,250; 70% = 89,250
    expect(stdout).toMatch(/ {2}deposit +30 +on-order +¥38,250\.00\n/);
    expect(stdout).toMatch(/ {2}balance +70 +before-shipment +¥89,250\.00\n/);
  });

  it("rejects lot A (9 major > Ac 7) and accepts lot B (2 major)", () => {
    expect(stdout).toMatch(/ {2}major +2\.5 +K +125 +7 +8\n/);
    expect(lines()).toContain("  IQC LOT-2026-0031-A: REJECTED");
    expect(lines()).toContain("  IQC LOT-2026-0031-B: ACCEPTED");
    expect(stdout).toContain("  NCR-000001: closed; claim CLM-000001 for ¥2,890.00 accepted");
    // lot A: 1,420 passed sorting + 12 by concession; lot B: 1,500 − 4 nonconforming in the sample
    expect(stdout).toMatch(/ {2}10 +3000 +2928 +72 +68 +2928\n/);
  });

  it("scores the supplier on the quarter's KPIs", () => {
    // price (110 − 96.59) / 15 → 89.39 pts × 0.2; response (72 − 18) / 64 → 84.375 × 0.1; survey 4 → 75 × 0.1;
    // on-time and pass rate 50% are below their floors: 0 points
    expect(stdout).toMatch(/ {2}response \(bus\. h\) +18\.00 /);
    expect(lines()).toContain("  total:  33.82 grade D");
  });

  it("turns the tracking triggers into buyer notices", () => {
    expect(stdout).toMatch(/ {2}customs_hold +sent +Bestellung SO-DE-1001 ist beim Zoll\n/);
    expect(stdout).toMatch(/ {2}delayed +sent +/);
  });

  it("chooses the cheapest allowed method per destination", () => {
    expect(lines()).toContain("  chosen for SO-DE-1001: sample-overseas-warehouse-de (¥35.50, latest 2026-10-02)");
    expect(lines()).toContain("  chosen for SO-US-2001: sample-overseas-warehouse-us (¥46.00, latest 2026-10-02)");
  });

  it("refunds one of two units: 34.99 − 1.50 discount share + 2.45 shipping share", () => {
    expect(lines()).toContain("  Refund total: 35.94 EUR (seller's fault)");
  });

  it("ends with every machine instance in its expected state", () => {
    const table = lines().slice(lines().indexOf("14. Machines at the end of the journey"));
    const state = (instance: string) =>
      table
        .find((l) => l.startsWith(`  ${instance} `))
        ?.trim()
        .split(/\s+/)
        .at(-1);
    expect(state("proposal NP-2026-014")).toBe("approved");
    expect(state("purchase order PO-2026-0031")).toBe("received");
    expect(state("inspection IQC-000001 (LOT-2026-0031-A)")).toBe("rejected");
    expect(state("inspection IQC-000002 (LOT-2026-0031-B)")).toBe("accepted");
    expect(state("NCR NCR-000001")).toBe("closed");
    expect(state("RMA RMA-000001")).toBe("refunded");
    expect(state("complaint CMP-000001")).toBe("resolved");
    expect(state("CAPA CAPA-000001")).toBe("containment");
  });

  it("writes the OC curve SVG and one Mermaid diagram per machine", () => {
    const svg = readFileSync(join(outDir, "oc-curve-major.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const file of machineFiles) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
      expect(readFileSync(join(outDir, file), "utf8").startsWith("stateDiagram-v2"), file).toBe(true);
    }
    expect(lines()).toContain(`Artefacts in out/journey/: oc-curve-major.svg, ${machineFiles.join(", ")}`);
  });

  it("reports its duration on stderr, leaving stdout deterministic", () => {
    expect(stderr).toMatch(/^Journey finished in \d+ ms\.\n$/);
    expect(stdout).not.toContain("Journey finished");
  });
});
