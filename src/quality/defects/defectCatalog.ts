import * as z from "zod";
import { parseInput } from "../../core/index.js";

/**
 * A class of defects (nonconformities) by seriousness. `rank` orders the classes: 0 is the most serious. The
 * usual classes are critical / major / minor ({@link standardDefectClasses}); any other set works.
 *
 * @example
 * ```ts
 * const cosmetic = defectClassSchema.parse({ id: "cosmetic", name: "Cosmetic", nameZh: "外观", rank: 3 });
 * ```
 */
export const defectClassSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'must be a lower-case id such as "major"' }),
  name: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  rank: z.number().int().nonnegative(),
});

/**
 * A class of defects, see {@link defectClassSchema}.
 *
 * @example
 * ```ts
 * const major: DefectClass = { id: "major", name: "Major", nameZh: "严重缺陷", rank: 1 };
 * ```
 */
export type DefectClass = z.infer<typeof defectClassSchema>;

/**
 * Critical, major and minor, the three classes used in consumer-goods QC (致命 / 严重 / 轻微).
 *
 * @example
 * ```ts
 * standardDefectClasses.map((c) => c.id); // ["critical", "major", "minor"]
 * ```
 */
export const standardDefectClasses: readonly DefectClass[] = Object.freeze([
  Object.freeze({ id: "critical", name: "Critical", nameZh: "致命缺陷", rank: 0 }),
  Object.freeze({ id: "major", name: "Major", nameZh: "严重缺陷", rank: 1 }),
  Object.freeze({ id: "minor", name: "Minor", nameZh: "轻微缺陷", rank: 2 }),
]);

/**
 * One kind of defect an inspector can record, with the class it belongs to.
 *
 * @example
 * ```ts
 * defectTypeSchema.parse({ code: "SCRATCH", description: "Scratch on housing", descriptionZh: "外壳划伤", classId: "minor" });
 * ```
 */
export const defectTypeSchema = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]*$/, { message: 'must be an upper-case code such as "SCRATCH"' }),
  description: z.string().min(1),
  descriptionZh: z.string().min(1).optional(),
  classId: z.string().min(1),
});

/**
 * One kind of defect, see {@link defectTypeSchema}.
 *
 * @example
 * ```ts
 * const crack: DefectType = { code: "CRACK", description: "Cracked housing", classId: "major" };
 * ```
 */
export type DefectType = z.infer<typeof defectTypeSchema>;

/**
 * Schema of a defect catalog: the classes and the defect kinds, each kind pointing to a declared class. Class ids,
 * class ranks and defect codes are unique.
 *
 * @example
 * ```ts
 * defectCatalogSchema.parse({ classes: standardDefectClasses, defects: [{ code: "CRACK", description: "Crack", classId: "major" }] });
 * ```
 */
export const defectCatalogSchema = z
  .object({
    classes: z.array(defectClassSchema).min(1, { message: "must declare at least one defect class" }),
    defects: z.array(defectTypeSchema).min(1, { message: "must declare at least one defect" }),
  })
  .superRefine((catalog, ctx) => {
    const ids = new Set<string>();
    const ranks = new Set<number>();
    catalog.classes.forEach((cls, i) => {
      if (ids.has(cls.id)) ctx.addIssue({ code: "custom", path: ["classes", i, "id"], message: `repeats "${cls.id}"` });
      if (ranks.has(cls.rank))
        ctx.addIssue({ code: "custom", path: ["classes", i, "rank"], message: `repeats rank ${cls.rank}` });
      ids.add(cls.id);
      ranks.add(cls.rank);
    });
    const codes = new Set<string>();
    catalog.defects.forEach((defect, i) => {
      if (codes.has(defect.code))
        ctx.addIssue({ code: "custom", path: ["defects", i, "code"], message: `repeats "${defect.code}"` });
      codes.add(defect.code);
      if (!ids.has(defect.classId))
        ctx.addIssue({
          code: "custom",
          path: ["defects", i, "classId"],
          message: `"${defect.classId}" is not a declared class (declared: ${[...ids].join(", ")})`,
        });
    });
  });

/**
 * A validated defect catalog, see {@link defectCatalogSchema}.
 *
 * @example
 * ```ts
 * const catalog: DefectCatalog = createDefectCatalog({
 *   classes: standardDefectClasses,
 *   defects: [{ code: "CRACK", description: "Cracked housing", classId: "major" }],
 * });
 * ```
 */
export type DefectCatalog = z.infer<typeof defectCatalogSchema>;

/**
 * Validates a defect catalog and returns it with its classes sorted from the most serious (lowest rank).
 *
 * @throws `INVALID_ARGUMENT` for a repeated id, code or rank, or a defect pointing to an undeclared class
 * @example
 * ```ts
 * const catalog = createDefectCatalog({
 *   classes: standardDefectClasses,
 *   defects: [
 *     { code: "SHARP_EDGE", description: "Sharp edge", descriptionZh: "锐边", classId: "critical" },
 *     { code: "SCRATCH", description: "Scratch > 10 mm", descriptionZh: "划伤大于10毫米", classId: "major" },
 *   ],
 * });
 * ```
 */
export function createDefectCatalog(input: {
  readonly classes: readonly z.input<typeof defectClassSchema>[];
  readonly defects: readonly z.input<typeof defectTypeSchema>[];
}): DefectCatalog {
  const catalog = parseInput(defectCatalogSchema, input, ["catalog"]);
  return { classes: [...catalog.classes].sort((a, b) => a.rank - b.rank), defects: catalog.defects };
}
