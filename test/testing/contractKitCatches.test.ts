import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface JsonReport {
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

function runBrokenAdapters(): Map<string, string> {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        "node_modules/vitest/vitest.mjs",
        "run",
        "--reporter=json",
        "--config",
        "test/testing/fixtures/vitest.contract.config.ts",
      ],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout; // failing tests make vitest exit 1, which is the point
  }
  const report = JSON.parse(output.slice(output.indexOf("{"))) as JsonReport;
  return new Map(
    report.testResults.flatMap((file) => file.assertionResults.map((test) => [test.fullName, test.status] as const)),
  );
}

describe("the contract kit catches broken adapters", () => {
  it("fails a last-write-wins repository, a date-blind FX port and a calendar without make-up days", () => {
    const results = runBrokenAdapters();
    const status = (name: string) => results.get(name);
    expect(
      status("Repository contract: last write wins returns VERSION_CONFLICT for a stale write and changes nothing"),
    ).toBe("failed");
    expect(
      status(
        "Repository contract: last write wins lets exactly one of several concurrent writers of the same version win",
      ),
    ).toBe("failed");
    expect(
      status(
        "Repository contract: last write wins creates at version 1 and refuses a duplicate id with ALREADY_EXISTS",
      ),
    ).toBe("failed");
    expect(
      status("Repository contract: last write wins returns undefined for a missing record and an empty list at first"),
    ).toBe("passed");
    expect(status("FxRates contract: ignores dates picks the latest rate on or before the date")).toBe("failed");
    expect(
      status("BusinessCalendar contract: no make-up days agrees with the reference adapter on every day of CN-2026"),
    ).toBe("failed");
    expect(
      status("BusinessCalendar contract: no make-up days agrees with the reference adapter on every day of US-2026"),
    ).toBe("passed");
  }, 60_000);
});
