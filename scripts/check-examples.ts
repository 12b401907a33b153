// Fails when an exported name of a public entry point has no TSDoc `@example`: `npm run docs:examples`.
import ts from "typescript";

const entries = ["core", "admission", "quality", "suppliers", "logistics", "landed-cost", "service", "testing"].map(
  (name) => `src/${name}/index.ts`,
);
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
});
const checker = program.getTypeChecker();

const missing: string[] = [];
for (const entry of entries) {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const hasExample = (symbol.declarations ?? []).some((declaration) =>
      ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "example"),
    );
    if (!hasExample) {
      const file = symbol.declarations?.[0]?.getSourceFile().fileName.replace(`${process.cwd()}/`, "") ?? "?";
      missing.push(`${entry}: ${exported.name} (${file})`);
    }
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} exported names have no @example:\n  ${missing.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log("Every exported name has an @example.");
}
