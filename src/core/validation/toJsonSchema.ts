import * as z from "zod";

/** Marks, while exporting, a node for an input only code can pass (a `Money` or `Decimal` value, a `Date`). */
const RUNTIME_ONLY = "x-crossborder-ops-runtime-only";

/**
 * Exports one of the library's input schemas as JSON Schema (draft 2020-12), describing the JSON a client
 * sends (money as `{ amount: "12.34", currency: "USD" }`, dates as ISO strings), so services written in other
 * languages can validate the same payloads. Where a field takes either JSON or a value only code can pass (a
 * `Money` or `Decimal` instance, a `Date`), only the JSON alternatives are described, since no payload can carry
 * the others; a field that takes only such a value (a port such as `fxRates`) stays unconstrained (`{}`).
 *
 * @example
 * ```ts
 * const jsonSchema = toJsonSchema(moneySchema);
 * // { type: "object", properties: { amount: ..., currency: ... }, ... }
 * ```
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (context) => {
      const type = context.zodSchema._zod.def.type;
      if (type === "custom" || type === "date") context.jsonSchema[RUNTIME_ONLY] = true;
    },
  });
  return jsonOnly(json) as Record<string, unknown>;
}

function isRuntimeOnly(node: unknown): boolean {
  return typeof node === "object" && node !== null && (node as Record<string, unknown>)[RUNTIME_ONLY] === true;
}

/** Drops runtime-only alternatives from every `anyOf` (inlining one left alone) and removes the marks. */
function jsonOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonOnly);
  if (typeof node !== "object" || node === null) return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "anyOf" && Array.isArray(value) && value.some((branch) => !isRuntimeOnly(branch))) {
      const kept = value.filter((branch) => !isRuntimeOnly(branch)).map(jsonOnly);
      if (kept.length === 1) Object.assign(result, kept[0]);
      else result.anyOf = kept;
    } else if (key !== RUNTIME_ONLY) {
      result[key] = jsonOnly(value);
    }
  }
  return result;
}
