import { describe, expect, it } from "vitest";
import { createDefectCatalog, standardDefectClasses } from "../../../src/quality/index.js";
import { expectInvalid } from "../fixtures.js";

describe("createDefectCatalog", () => {
  it("sorts classes from the most serious and keeps custom classes", () => {
    const catalog = createDefectCatalog({
      classes: [
        { id: "cosmetic", name: "Cosmetic", nameZh: "外观", rank: 5 },
        { id: "safety", name: "Safety", nameZh: "安全", rank: 0 },
      ],
      defects: [{ code: "SHARP_EDGE", description: "Sharp edge", classId: "safety" }],
    });
    expect(catalog.classes.map((c) => c.id)).toEqual(["safety", "cosmetic"]);
  });

  it("ships critical / major / minor with Chinese names", () => {
    expect(standardDefectClasses.map((c) => `${c.id}:${c.nameZh}:${c.rank}`)).toEqual([
      "critical:致命缺陷:0",
      "major:严重缺陷:1",
      "minor:轻微缺陷:2",
    ]);
  });

  it("refuses repeats and unknown classes with paths", () => {
    const defects = [{ code: "CRACK", description: "Crack", classId: "major" }];
    expectInvalid(
      () => createDefectCatalog({ classes: [...standardDefectClasses, standardDefectClasses[0] as never], defects }),
      ["catalog", "classes", 3, "id"],
    );
    expectInvalid(
      () =>
        createDefectCatalog({ classes: [...standardDefectClasses, { id: "extra", name: "Extra", rank: 1 }], defects }),
      ["catalog", "classes", 3, "rank"],
    );
    expectInvalid(
      () => createDefectCatalog({ classes: standardDefectClasses, defects: [...defects, ...defects] }),
      ["catalog", "defects", 1, "code"],
    );
    expectInvalid(
      () =>
        createDefectCatalog({
          classes: standardDefectClasses,
          defects: [{ code: "X", description: "x", classId: "fatal" }],
        }),
      ["catalog", "defects", 0, "classId"],
    );
    expectInvalid(
      () =>
        createDefectCatalog({
          classes: standardDefectClasses,
          defects: [{ code: "lower", description: "x", classId: "major" }],
        }),
      ["catalog", "defects", 0, "code"],
    );
    expectInvalid(() => createDefectCatalog({ classes: [], defects }), ["catalog", "classes"]);
  });
});
