import { opsError } from "../../../core/index.js";
import type { InspectionSeverity, SamplingEdition, SamplingScheme } from "../vocabulary.js";
import { DOUBLE_NORMAL_TABLE, DOUBLE_REDUCED_Z14_TABLE, DOUBLE_TIGHTENED_TABLE } from "./doubleSamplingTables.js";
import type { MasterTable } from "./masterTable.js";
import { SINGLE_NORMAL_TABLE, SINGLE_REDUCED_Z14_TABLE, SINGLE_TIGHTENED_TABLE } from "./singleSamplingTables.js";

/**
 * The master table for a scheme, severity and edition. Normal and tightened tables are the same in both editions;
 * the reduced tables differ, and only Z1.4's are shipped (see docs/quality-sampling.md).
 *
 * @throws `SAMPLING_TABLE_UNAVAILABLE` (path `["severity"]`) for reduced inspection under the ISO edition
 * @example
 * ```ts
 * selectMasterTable("single", "normal", "iso").id; // "single-normal"
 * ```
 */
export function selectMasterTable(
  scheme: SamplingScheme,
  severity: InspectionSeverity,
  edition: SamplingEdition,
): MasterTable {
  if (severity === "normal") return scheme === "single" ? SINGLE_NORMAL_TABLE : DOUBLE_NORMAL_TABLE;
  if (severity === "tightened") return scheme === "single" ? SINGLE_TIGHTENED_TABLE : DOUBLE_TIGHTENED_TABLE;
  if (edition === "z1.4") return scheme === "single" ? SINGLE_REDUCED_Z14_TABLE : DOUBLE_REDUCED_Z14_TABLE;
  throw opsError("SAMPLING_TABLE_UNAVAILABLE", [
    {
      path: ["severity"],
      message:
        'the ISO 2859-1:1999 reduced-inspection tables (2-C, 3-C) are not shipped yet; use edition "z1.4" for reduced inspection',
    },
  ]);
}
