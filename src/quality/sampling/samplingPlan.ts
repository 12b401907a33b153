import { invalidArgument } from "../../core/index.js";
import { aqlIndex } from "./aql.js";
import { assertInspectionLevel, assertLotSize, codeLetterFor } from "./sampleSizeCodeLetter.js";
import { resolveMasterTable } from "./tables/resolveMasterTable.js";
import { selectMasterTable } from "./tables/selectMasterTable.js";
import {
  AQL_SERIES,
  type AqlValue,
  INSPECTION_LEVELS,
  type InspectionLevel,
  type InspectionSeverity,
  type PlanCodeLetter,
  type SampleSizeCodeLetter,
  type SamplingEdition,
  type SamplingScheme,
} from "./vocabulary.js";

/**
 * What {@link samplingPlan} needs: the lot size and AQL, and optionally level, severity, scheme and edition.
 *
 * @example
 * ```ts
 * const request: SamplingPlanRequest = { lotSize: 1500, aql: "2.5", level: "II", severity: "normal" };
 * ```
 */
export interface SamplingPlanRequest {
  /** Units in the lot, a positive integer. */
  readonly lotSize: number;
  /** An AQL of the preferred series, as a number (`2.5`) or a string (`"2.5"`). */
  readonly aql: number | string;
  /** Inspection level, `"II"` by default. */
  readonly level?: InspectionLevel;
  /** Normal (default), tightened or reduced inspection. */
  readonly severity?: InspectionSeverity;
  /** Single (default) or double sampling. */
  readonly scheme?: SamplingScheme;
  /** `"iso"` (ISO 2859-1:1999, default) or `"z1.4"` (ANSI/ASQ Z1.4-2008). */
  readonly edition?: SamplingEdition;
}

/**
 * What every plan says about where it came from.
 *
 * @example
 * ```ts
 * const basis: SamplingPlanBasis = { lotSize: 1500, aql: "2.5", level: "II", severity: "normal", edition: "iso", lotCodeLetter: "K", requestedScheme: "single" };
 * ```
 */
export interface SamplingPlanBasis {
  readonly lotSize: number;
  /** The AQL in its printed spelling; `"0"` only for a zero-tolerance class of a multi-class plan. */
  readonly aql: AqlValue | "0";
  readonly level: InspectionLevel;
  readonly severity: InspectionSeverity;
  readonly edition: SamplingEdition;
  /** The letter Table I gives for the lot size and level, before following arrows. */
  readonly lotCodeLetter: SampleSizeCodeLetter;
  /** The scheme asked for; a double request can come back single where the double table says "use single". */
  readonly requestedScheme: SamplingScheme;
}

/**
 * A single sampling plan: inspect `sampleSize` units, accept with at most `acceptanceNumber` nonconforming, reject
 * with `rejectionNumber` or more. In Z1.4 reduced plans `rejectionNumber` can exceed `acceptanceNumber + 1`: a count
 * in between accepts the lot but reinstates normal inspection.
 *
 * @example
 * ```ts
 * const plan = samplingPlan({ lotSize: 1500, aql: 2.5 }) as SingleSamplingPlan;
 * plan.sampleSize; // 125
 * ```
 */
export interface SingleSamplingPlan extends SamplingPlanBasis {
  readonly scheme: "single";
  /** Letter of the plan used, after following arrows. */
  readonly codeLetter: PlanCodeLetter;
  /** Units to inspect; the lot size when `hundredPercent`. */
  readonly sampleSize: number;
  /** The sample size printed in the table for `codeLetter`. */
  readonly tableSampleSize: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  /** True when the table's sample size equals or exceeds the lot: inspect every unit. */
  readonly hundredPercent: boolean;
}

/**
 * One stage of a double sampling plan; numbers are for the cumulative count up to this stage.
 *
 * @example
 * ```ts
 * const stage: SamplingStage = { sampleSize: 80, cumulativeSampleSize: 80, acceptanceNumber: 3, rejectionNumber: 7 };
 * ```
 */
export interface SamplingStage {
  readonly sampleSize: number;
  readonly cumulativeSampleSize: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
}

/**
 * A double sampling plan: two stages; after the first, accept at or below Ac1, reject at or above Re1, otherwise
 * take the second sample and judge the cumulative count against Ac2 / Re2.
 *
 * @example
 * ```ts
 * const plan = samplingPlan({ lotSize: 1500, aql: 2.5, scheme: "double" }) as DoubleSamplingPlan;
 * plan.stages[0].acceptanceNumber; // 3
 * ```
 */
export interface DoubleSamplingPlan extends SamplingPlanBasis {
  readonly scheme: "double";
  readonly codeLetter: PlanCodeLetter;
  readonly stages: readonly [SamplingStage, SamplingStage];
  /** True when the first sample alone would cover the lot: inspect every unit, judged on the first stage. */
  readonly hundredPercent: boolean;
}

/**
 * A single or double sampling plan.
 *
 * @example
 * ```ts
 * const plan: SamplingPlan = samplingPlan({ lotSize: 500, aql: "4.0", level: "S-3" });
 * ```
 */
export type SamplingPlan = SingleSamplingPlan | DoubleSamplingPlan;

const SEVERITIES: readonly string[] = ["normal", "tightened", "reduced"];
const SCHEMES: readonly string[] = ["single", "double"];
const EDITIONS: readonly string[] = ["iso", "z1.4"];

/**
 * The sampling plan of ISO 2859-1 / ANSI/ASQ Z1.4 for a lot: Table I gives the code letter, the master table for the
 * scheme and severity gives the plan, following arrows to the first plan with acceptance and rejection numbers (its
 * sample size and letter are used). When the sample size equals or exceeds the lot size, every unit is inspected.
 *
 * @throws `INVALID_ARGUMENT` with the path of the bad field (`lotSize`, `aql` — the message lists the 26 allowed
 *   values —, `level`, `severity`, `scheme`, `edition`); `SAMPLING_TABLE_UNAVAILABLE` for ISO reduced double sampling
 * @example
 * ```ts
 * samplingPlan({ lotSize: 1500, aql: 2.5 });
 * // { scheme: "single", codeLetter: "K", sampleSize: 125, acceptanceNumber: 7, rejectionNumber: 8, hundredPercent: false, ... }
 * samplingPlan({ lotSize: 500, aql: "4.0", level: "S-3" }); // letter D → arrow → E: n = 13, Ac 1, Re 2
 * ```
 */
export function samplingPlan(request: SamplingPlanRequest): SamplingPlan {
  if (typeof request !== "object" || request === null) throw invalidArgument([], "must be an object");
  const { lotSize, aql, level = "II", severity = "normal", scheme = "single", edition = "iso" } = request;
  assertLotSize(lotSize, ["lotSize"]);
  const column = aqlIndex(aql, ["aql"]);
  assertInspectionLevel(level, ["level"]);
  if (!SEVERITIES.includes(severity)) throw invalidArgument(["severity"], "must be normal, tightened or reduced");
  if (!SCHEMES.includes(scheme)) throw invalidArgument(["scheme"], "must be single or double");
  if (!EDITIONS.includes(edition))
    throw invalidArgument(["edition"], 'must be "iso" (ISO 2859-1:1999) or "z1.4" (ANSI/ASQ Z1.4-2008)');
  const lotCodeLetter = codeLetterFor(lotSize, INSPECTION_LEVELS.indexOf(level));
  const aqlValue = AQL_SERIES[column] as AqlValue;
  if (scheme === "double") {
    const found = resolveMasterTable(selectMasterTable("double", severity, edition), lotCodeLetter, column);
    if (found.kind === "plan") {
      const stageSize = found.sampleSize;
      const first = Math.min(stageSize, lotSize);
      const second = Math.max(0, Math.min(stageSize, lotSize - first));
      const numbers = found.numbers;
      return {
        scheme: "double",
        codeLetter: found.codeLetter,
        stages: [
          {
            sampleSize: first,
            cumulativeSampleSize: first,
            acceptanceNumber: numbers[0] as number,
            rejectionNumber: numbers[1] as number,
          },
          {
            sampleSize: second,
            cumulativeSampleSize: first + second,
            acceptanceNumber: numbers[2] as number,
            rejectionNumber: numbers[3] as number,
          },
        ],
        hundredPercent: stageSize >= lotSize,
        lotSize,
        aql: aqlValue,
        level,
        severity,
        edition,
        lotCodeLetter,
        requestedScheme: scheme,
      };
    }
  }
  const found = resolveMasterTable(selectMasterTable("single", severity, edition), lotCodeLetter, column);
  /* c8 ignore next */
  if (found.kind !== "plan") throw invalidArgument(["aql"], "has no single sampling plan in the table");
  const tableSampleSize = found.sampleSize;
  const hundredPercent = tableSampleSize >= lotSize;
  return {
    scheme: "single",
    codeLetter: found.codeLetter,
    sampleSize: hundredPercent ? lotSize : tableSampleSize,
    tableSampleSize,
    acceptanceNumber: found.numbers[0] as number,
    rejectionNumber: found.numbers[1] as number,
    hundredPercent,
    lotSize,
    aql: aqlValue,
    level,
    severity,
    edition,
    lotCodeLetter,
    requestedScheme: scheme,
  };
}
