import * as z from "zod";

/**
 * The 26 AQL values of the preferred series (ISO 2859-1 / Z1.4), in percent nonconforming (up to 10) or
 * nonconformities per 100 units, as printed in the column headings.
 *
 * @example
 * ```ts
 * AQL_SERIES.indexOf("2.5"); // 12
 * ```
 */
export const AQL_SERIES = [
  "0.010",
  "0.015",
  "0.025",
  "0.040",
  "0.065",
  "0.10",
  "0.15",
  "0.25",
  "0.40",
  "0.65",
  "1.0",
  "1.5",
  "2.5",
  "4.0",
  "6.5",
  "10",
  "15",
  "25",
  "40",
  "65",
  "100",
  "150",
  "250",
  "400",
  "650",
  "1000",
] as const;

/**
 * One AQL of the preferred series, in its printed spelling.
 *
 * @example
 * ```ts
 * const aql: AqlValue = "2.5";
 * ```
 */
export type AqlValue = (typeof AQL_SERIES)[number];

/**
 * Sample size code letters in table order (I and O are not used by the standard; S exists only in the tightened
 * tables).
 *
 * @example
 * ```ts
 * SAMPLE_SIZE_CODE_LETTERS[9]; // "K"
 * ```
 */
export const SAMPLE_SIZE_CODE_LETTERS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "J",
  "K",
  "L",
  "M",
  "N",
  "P",
  "Q",
  "R",
] as const;

/**
 * A sample size code letter from Table I, `"A"` to `"R"`.
 *
 * @example
 * ```ts
 * const letter: SampleSizeCodeLetter = "K";
 * ```
 */
export type SampleSizeCodeLetter = (typeof SAMPLE_SIZE_CODE_LETTERS)[number];

/**
 * A code letter a plan can end up with after following arrows: Table I's letters plus `"S"` (3150, tightened only).
 *
 * @example
 * ```ts
 * const letter: PlanCodeLetter = "S";
 * ```
 */
export type PlanCodeLetter = SampleSizeCodeLetter | "S";

/**
 * The seven inspection levels: special S-1 to S-4 and general I, II (the default), III.
 *
 * @example
 * ```ts
 * INSPECTION_LEVELS.includes("II"); // true
 * ```
 */
export const INSPECTION_LEVELS = ["S-1", "S-2", "S-3", "S-4", "I", "II", "III"] as const;

/**
 * Zod schema of an inspection level.
 *
 * @example
 * ```ts
 * inspectionLevelSchema.parse("S-3"); // "S-3"
 * ```
 */
export const inspectionLevelSchema = z.enum(INSPECTION_LEVELS, {
  error: `must be one of the inspection levels ${INSPECTION_LEVELS.join(", ")}`,
});

/**
 * An inspection level.
 *
 * @example
 * ```ts
 * const level: InspectionLevel = "II";
 * ```
 */
export type InspectionLevel = z.infer<typeof inspectionLevelSchema>;

/**
 * Zod schema of the inspection severity.
 *
 * @example
 * ```ts
 * inspectionSeveritySchema.parse("tightened");
 * ```
 */
export const inspectionSeveritySchema = z.enum(["normal", "tightened", "reduced"], {
  error: "must be normal, tightened or reduced",
});

/**
 * Normal, tightened or reduced inspection.
 *
 * @example
 * ```ts
 * const severity: InspectionSeverity = "normal";
 * ```
 */
export type InspectionSeverity = z.infer<typeof inspectionSeveritySchema>;

/**
 * Zod schema of the sampling scheme.
 *
 * @example
 * ```ts
 * samplingSchemeSchema.parse("double");
 * ```
 */
export const samplingSchemeSchema = z.enum(["single", "double"], { error: "must be single or double" });

/**
 * Single or double sampling.
 *
 * @example
 * ```ts
 * const scheme: SamplingScheme = "single";
 * ```
 */
export type SamplingScheme = z.infer<typeof samplingSchemeSchema>;

/**
 * Zod schema of the standard's edition: `"iso"` is ISO 2859-1:1999 (the default), `"z1.4"` is ANSI/ASQ Z1.4-2008.
 *
 * @example
 * ```ts
 * samplingEditionSchema.parse("z1.4");
 * ```
 */
export const samplingEditionSchema = z.enum(["iso", "z1.4"], {
  error: 'must be "iso" (ISO 2859-1:1999) or "z1.4" (ANSI/ASQ Z1.4-2008)',
});

/**
 * The edition whose tables and switching rules apply.
 *
 * @example
 * ```ts
 * const edition: SamplingEdition = "iso";
 * ```
 */
export type SamplingEdition = z.infer<typeof samplingEditionSchema>;
