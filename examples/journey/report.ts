/** A tiny report printer for the journey: chapter headings, aligned tables and key/value lines. */

/** Prints one line of the report. */
export function say(text = ""): void {
  console.log(text);
}

/** A chapter heading: number, title and an underline. */
export function chapter(n: number, title: string): void {
  const heading = `${n}. ${title}`;
  say();
  say(heading);
  say("=".repeat(heading.length));
}

/** `label: value` lines with the labels aligned. */
export function facts(rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) say(`  ${`${label}:`.padEnd(width + 1)} ${value}`);
}

/**
 * A table with a header row; columns whose header starts with ">" are right-aligned (the ">" is dropped).
 */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const right = headers.map((h) => h.startsWith(">"));
  const names = headers.map((h) => (h.startsWith(">") ? h.slice(1) : h));
  const cells = rows.map((row) => row.map(String));
  const widths = names.map((name, i) => Math.max(name.length, ...cells.map((row) => (row[i] ?? "").length)));
  const render = (row: readonly string[]) =>
    `  ${row
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd()}`;
  say(render(names));
  say(render(widths.map((w) => "-".repeat(w))));
  for (const row of cells) say(render(row));
}
