import { describe, expect, it } from "vitest";
import { isCrossborderOpsError } from "../../../src/core/index.js";
import { ocCurveSvg, samplingPlan } from "../../../src/quality/sampling/index.js";

describe("ocCurveSvg", () => {
  const svg = ocCurveSvg(samplingPlan({ lotSize: 1500, aql: 2.5 }));
  it("is a standalone SVG with axes, labels, the curve and guides", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain("OC curve: n = 125, Ac 7, Re 8");
    expect(svg).toContain("Probability of acceptance Pa");
    expect(svg).toContain("Lot quality p (% nonconforming)");
    expect(svg).toContain("AQL 2.5%");
    expect(svg).toContain("LQ10 9.24%");
    expect(svg.match(/<polyline[^>]*points="([^"]*)"/)?.[1]?.split(" ")).toHaveLength(200);
    expect(svg).not.toMatch(/href|<script|url\(/);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
  it("escapes the title and validates sizes", () => {
    expect(ocCurveSvg(samplingPlan({ lotSize: 1500, aql: 2.5 }), { title: "<IQC & OQC>" })).toContain(
      "&lt;IQC &amp; OQC&gt;",
    );
    try {
      ocCurveSvg(samplingPlan({ lotSize: 1500, aql: 2.5 }), { width: 10 });
      expect.unreachable();
    } catch (e) {
      expect(isCrossborderOpsError(e) && e.issues[0]?.path).toEqual(["options", "width"]);
    }
  });
});
