import * as z from "zod";

/**
 * Exports one of the library's input schemas as JSON Schema (draft 2020-12), describing the JSON a client
 * sends (money as `{ amount: "12.34", currency: "USD" }`, dates as ISO strings), so services written in other
 * languages can validate the same payloads.
 *
 * @example
 * ```ts
 * const jsonSchema = toJsonSchema(moneySchema);
 * // { type: "object", properties: { amount: ..., currency: ... }, ... }
 * ```
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
