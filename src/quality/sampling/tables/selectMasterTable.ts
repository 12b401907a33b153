import { opsError } from "../../../core/index.js";
import type { InspectionSeverity, SamplingEdition, SamplingScheme } from "../vocabulary.js";
import { DOUBLE_NORMAL_TABLE, DOUBLE_REDUCED_Z14_TABLE, DOUBLE_TIGHTENED_TABLE } from "./doubleSamplingTables.js";
import type { MasterTable } from "./masterTable.js";
import {
  SINGLE_NORMAL_TABLE,
  SINGLE_REDUCED_ISO_TABLE,
  SINGLE_REDUCED_Z14_TABLE,
  SINGLE_TIGHTENED_TABLE,
} from "./singleSamplingTables.js";

/**
 * The master table for a scheme, severity and edition. Normal and tightened tables are the same in both editions;
 * the reduced tables differ: Z1.4 Tables II-C and III-C and ISO 2859-1:1999 Table 2-C are shipped, ISO Table 3-C
 * (double sampling, reduced) is not yet (see docs/quality-sampling.md).
 *
 * @throws `SAMPLING_TABLE_UNAVAILABLE` (path `["severity"]`) for reduced double sampling under the ISO edition
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
  if (scheme === "single") return SINGLE_REDUCED_ISO_TABLE;
  throw opsError("SAMPLING_TABLE_UNAVAILABLE", [
    {
      path: ["severity"],
      message:
        'the ISO 2859-1:1999 table for reduced double sampling (3-C) is not shipped yet; use scheme "single" (Table 2-C) or edition "z1.4" for reduced double sampling',
    },
  ]);
}
