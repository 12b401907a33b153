import * as z from "zod";
import { err, ok, opsError, parseInput, type Result } from "../../core/index.js";
import { languageTagSchema, serviceChannelSchema } from "../conversation/conversation.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const STRAY_BRACES = /\{\{|\}\}/;

/**
 * Names of the `{{variables}}` in a text, in order of first appearance.
 *
 * @example
 * ```ts
 * templateVariables("Hi {{buyerName}}, back at {{nextOpening}}"); // ["buyerName", "nextOpening"]
 * ```
 */
export function templateVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of String(text).matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const templateTextSchema = z.string().refine((text) => !STRAY_BRACES.test(text.replace(PLACEHOLDER, "")), {
  message: "has an unclosed or malformed {{variable}}",
});

/**
 * A reply template in one language, optionally for one channel only: `{{name}}` placeholders in the subject and
 * body. Templates of the same `id` in different languages are versions of one message.
 *
 * @example
 * ```ts
 * const t: ReplyTemplate = { id: "off-hours.night", language: "en", body: "Hi {{buyerName}}, we are back at {{nextOpening}}." };
 * ```
 */
export type ReplyTemplate = z.infer<typeof replyTemplateSchema>;

/**
 * Schema of {@link ReplyTemplate}; placeholders must be well formed.
 *
 * @example
 * ```ts
 * replyTemplateSchema.parse({ id: "x", language: "de", body: "Hallo {{buyerName}}" });
 * ```
 */
export const replyTemplateSchema = z.object({
  id: z.string().min(1),
  language: languageTagSchema,
  /** Only for this channel; absent for every channel. */
  channel: serviceChannelSchema.optional(),
  subject: templateTextSchema.optional(),
  body: templateTextSchema.min(1),
});

/**
 * A rendered reply.
 *
 * @example
 * ```ts
 * const reply: RenderedReply = { templateId: "off-hours.night", language: "en", body: "Hi Anna, ..." };
 * ```
 */
export interface RenderedReply {
  readonly templateId: string;
  readonly language: string;
  readonly subject?: string;
  readonly body: string;
}

/**
 * Checks a set of templates: each well formed, no two for the same id, language and channel, and every language
 * of an id using the same variables (so a translation cannot silently drop the order number).
 *
 * @throws `INVALID_ARGUMENT` for a malformed template; `TEMPLATE_DUPLICATE` or `TEMPLATE_VARIABLES_DIFFER`
 *   with the path of the offending template
 * @example
 * ```ts
 * validateReplyTemplates(offHoursReplyTemplates); // passes
 * ```
 */
export function validateReplyTemplates(templates: readonly ReplyTemplate[]): readonly ReplyTemplate[] {
  const parsed = parseInput(z.array(replyTemplateSchema), templates, ["templates"]);
  const seen = new Set<string>();
  const variablesById = new Map<string, { index: number; names: string }>();
  parsed.forEach((template, index) => {
    const key = `${template.id}|${template.language}|${template.channel ?? "*"}`;
    if (seen.has(key))
      throw opsError("TEMPLATE_DUPLICATE", [
        { path: ["templates", index], message: `a second "${template.id}" in ${template.language}` },
      ]);
    seen.add(key);
    const names = templateVariables(`${template.subject ?? ""} ${template.body}`)
      .sort()
      .join(",");
    const first = variablesById.get(template.id);
    if (first === undefined) variablesById.set(template.id, { index, names });
    else if (first.names !== names)
      throw opsError("TEMPLATE_VARIABLES_DIFFER", [
        {
          path: ["templates", index],
          message: `"${template.id}" (${template.language}) uses {${names}} but templates[${first.index}] uses {${first.names}}`,
        },
      ]);
  });
  return parsed;
}

/**
 * Picks the template for an id, language and channel: the exact language, then its base language (`de` for
 * `de-AT`), then the fallback language (`en` unless given); within a language a channel-specific template wins
 * over a general one.
 *
 * @returns the template, or `TEMPLATE_NOT_FOUND`
 * @example
 * ```ts
 * const t = pickReplyTemplate(offHoursReplyTemplates, { id: "off-hours.holiday", language: "de-AT", channel: "email" });
 * if (t.ok) t.value.language; // "de"
 * ```
 */
export function pickReplyTemplate(
  templates: readonly ReplyTemplate[],
  wanted: {
    readonly id: string;
    readonly language: string;
    readonly channel?: string;
    readonly fallbackLanguage?: string;
  },
): Result<ReplyTemplate, { code: "TEMPLATE_NOT_FOUND"; message: string }> {
  const parsed = parseInput(z.array(replyTemplateSchema), templates, ["templates"]);
  const want = parseInput(
    z.object({
      id: z.string().min(1),
      language: languageTagSchema,
      channel: serviceChannelSchema.optional(),
      fallbackLanguage: languageTagSchema.default("en"),
    }),
    wanted,
    ["wanted"],
  );
  const base = want.language.split("-")[0] as string;
  const languages = [want.language, base, want.fallbackLanguage];
  for (const language of languages) {
    const candidates = parsed.filter(
      (t) =>
        t.id === want.id &&
        t.language.toLowerCase() === language.toLowerCase() &&
        (t.channel === undefined || t.channel === want.channel),
    );
    const best = candidates.find((t) => t.channel !== undefined) ?? candidates[0];
    if (best) return ok(best);
  }
  return err({ code: "TEMPLATE_NOT_FOUND", message: `no "${want.id}" template in ${languages.join(", ")}` });
}

/**
 * Fills a template's `{{variables}}`. A variable the template uses but the caller did not give is an error, never
 * a blank: a buyer must not read "your order  has shipped".
 *
 * @throws `TEMPLATE_VARIABLE_MISSING` with the path `["variables", name]` of the first missing variable;
 *   `INVALID_ARGUMENT` for a malformed template or a variable that is not a string or finite number
 * @example
 * ```ts
 * renderReplyTemplate({ id: "x", language: "en", body: "Order {{orderId}} shipped" }, { orderId: "302-1" }).body;
 * // "Order 302-1 shipped"
 * ```
 */
export function renderReplyTemplate(
  template: ReplyTemplate,
  variables: Readonly<Record<string, string | number>>,
): RenderedReply {
  const parsed = parseInput(replyTemplateSchema, template, ["template"]);
  const values = parseInput(z.record(z.string(), z.union([z.string(), z.number().finite()])), variables, ["variables"]);
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === "")
        throw opsError("TEMPLATE_VARIABLE_MISSING", [
          { path: ["variables", name], message: `template "${parsed.id}" (${parsed.language}) needs "${name}"` },
        ]);
      return String(value);
    });
  const body = fill(parsed.body);
  return parsed.subject === undefined
    ? { templateId: parsed.id, language: parsed.language, body }
    : { templateId: parsed.id, language: parsed.language, subject: fill(parsed.subject), body };
}
