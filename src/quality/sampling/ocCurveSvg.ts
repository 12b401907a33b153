import { invalidArgument } from "../../core/index.js";
import {
  limitingQuality,
  type OcCurveOptions,
  type OcPlan,
  operatingCharacteristicCurve,
} from "./operatingCharacteristics.js";

/**
 * Options of {@link ocCurveSvg}.
 *
 * @example
 * ```ts
 * const options: OcCurveSvgOptions = { width: 640, height: 400, title: "IQC lot 2026-0142" };
 * ```
 */
export interface OcCurveSvgOptions extends OcCurveOptions {
  /** Width in pixels, 200 to 4000; 640 by default. */
  readonly width?: number;
  /** Height in pixels, 150 to 4000; 400 by default. */
  readonly height?: number;
  /** Title above the plot; by default the plan's numbers. */
  readonly title?: string;
}

const MARGIN = { left: 64, right: 24, top: 40, bottom: 56 };

/**
 * Draws a plan's OC curve as a standalone SVG document (axes, ticks, labels, the curve, and dashed guides at the AQL
 * and at the limiting quality for Pa = 10 %). No scripts, fonts or external references: embed it in a report or
 * save it as a `.svg` file.
 *
 * @throws `INVALID_ARGUMENT` for bad sizes or curve options (as `operatingCharacteristicCurve`)
 * @example
 * ```ts
 * const svg = ocCurveSvg(samplingPlan({ lotSize: 1500, aql: 2.5 }));
 * svg.startsWith("<svg"); // true
 * ```
 */
export function ocCurveSvg(plan: OcPlan, options: OcCurveSvgOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  if (!Number.isFinite(width) || width < 200 || width > 4000)
    throw invalidArgument(["options", "width"], `must be between 200 and 4000 pixels; got ${String(width)}`);
  if (!Number.isFinite(height) || height < 150 || height > 4000)
    throw invalidArgument(["options", "height"], `must be between 150 and 4000 pixels; got ${String(height)}`);
  const curve = operatingCharacteristicCurve(plan, options);
  const maxP = curve[curve.length - 1]?.p ?? 1;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (p: number) => MARGIN.left + (maxP > 0 ? (p / maxP) * plotW : 0);
  const y = (pa: number) => MARGIN.top + (1 - pa) * plotH;
  const f = (v: number) => v.toFixed(2);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${f(width / 2)}" y="24" text-anchor="middle" font-size="14">${escapeXml(options.title ?? describePlan(plan))}</text>`,
  );
  // grid and ticks
  for (let i = 0; i <= 5; i++) {
    const pa = i / 5;
    parts.push(
      `<line x1="${MARGIN.left}" y1="${f(y(pa))}" x2="${width - MARGIN.right}" y2="${f(y(pa))}" stroke="#e5e7eb"/>`,
    );
    parts.push(`<text x="${MARGIN.left - 8}" y="${f(y(pa) + 4)}" text-anchor="end">${Math.round(pa * 100)}%</text>`);
  }
  const step = niceStep((maxP * 100) / 5);
  for (let v = 0; v <= maxP * 100 + 1e-9; v += step) {
    const px = x(v / 100);
    parts.push(
      `<line x1="${f(px)}" y1="${MARGIN.top}" x2="${f(px)}" y2="${height - MARGIN.bottom}" stroke="#e5e7eb"/>`,
    );
    parts.push(`<text x="${f(px)}" y="${height - MARGIN.bottom + 18}" text-anchor="middle">${trimNumber(v)}%</text>`);
  }
  parts.push(
    `<line x1="${MARGIN.left}" y1="${height - MARGIN.bottom}" x2="${width - MARGIN.right}" y2="${height - MARGIN.bottom}" stroke="#111827"/>`,
  );
  parts.push(
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${height - MARGIN.bottom}" stroke="#111827"/>`,
  );
  parts.push(
    `<text x="${f(MARGIN.left + plotW / 2)}" y="${height - 14}" text-anchor="middle">Lot quality p (% nonconforming)</text>`,
  );
  parts.push(
    `<text x="16" y="${f(MARGIN.top + plotH / 2)}" text-anchor="middle" transform="rotate(-90 16 ${f(MARGIN.top + plotH / 2)})">Probability of acceptance Pa</text>`,
  );
  // guides
  const aql = plan.aql !== undefined && plan.aql !== "0" ? Number(plan.aql) / 100 : undefined;
  if (aql !== undefined && aql <= maxP)
    parts.push(guide(x(aql), MARGIN.top, height - MARGIN.bottom, `AQL ${trimNumber(aql * 100)}%`));
  const lq = limitingQuality(plan, options);
  if (lq <= maxP)
    parts.push(guide(x(lq), MARGIN.top, height - MARGIN.bottom, `LQ10 ${trimNumber(Math.round(lq * 10000) / 100)}%`));
  const points = curve.map((point) => `${f(x(point.p))},${f(y(point.pa))}`).join(" ");
  parts.push(`<polyline fill="none" stroke="#2563eb" stroke-width="2" points="${points}"/>`);
  parts.push("</svg>");
  return parts.join("\n");
}

function guide(px: number, top: number, bottom: number, label: string): string {
  return `<line x1="${px.toFixed(2)}" y1="${top}" x2="${px.toFixed(2)}" y2="${bottom}" stroke="#9ca3af" stroke-dasharray="4 3"/><text x="${(px + 4).toFixed(2)}" y="${top + 14}" fill="#4b5563">${escapeXml(label)}</text>`;
}

function describePlan(plan: OcPlan): string {
  if (plan.scheme === "single")
    return `OC curve: n = ${plan.sampleSize}, Ac ${plan.acceptanceNumber}, Re ${plan.rejectionNumber}`;
  const [a, b] = plan.stages;
  return `OC curve: n₁ = n₂ = ${a.sampleSize}, Ac ${a.acceptanceNumber}/${b.acceptanceNumber}, Re ${a.rejectionNumber}/${b.rejectionNumber}`;
}

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function trimNumber(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );
}
