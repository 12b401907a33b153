import * as z from "zod";
import { err, instantSchema, invalidArgument, ok, parseInput, type Result } from "../../core/index.js";
import { formatLocalDateTime } from "../calendar/localDates.js";
import type { SupportCalendar } from "../calendar/supportCalendar.js";
import { type SupportState, supportCalendarState } from "../calendar/supportCalendarState.js";
import { supportTimeZoneSchema } from "../calendar/supportHours.js";
import { requireSupportCalendar } from "../calendar/supportTime.js";
import { languageTagSchema, serviceChannelSchema } from "../conversation/conversation.js";
import { pickReplyTemplate, type RenderedReply, type ReplyTemplate, renderReplyTemplate } from "./replyTemplate.js";

/**
 * Input of {@link chooseAutoReply}.
 *
 * @example
 * ```ts
 * const input: AutoReplyInput = {
 *   templates: offHoursReplyTemplates, calendar: support, at: new Date(), channel: "email", language: "de",
 *   buyerTimeZone: "Europe/Berlin", variables: { buyerName: "Anna", shopName: "Lumi Home" },
 * };
 * ```
 */
export interface AutoReplyInput {
  readonly templates: readonly ReplyTemplate[];
  readonly calendar: SupportCalendar;
  readonly at: Date | string;
  readonly channel: string;
  readonly language: string;
  /** The buyer's zone: the next opening is written in it (the support calendar's zone otherwise). */
  readonly buyerTimeZone?: string;
  /** Other variables of the templates (`buyerName`, `shopName` ...). */
  readonly variables: Readonly<Record<string, string | number>>;
  /** Also answer during a lunch break (template `off-hours.night` is used); false by default. */
  readonly replyDuringBreaks?: boolean;
}

/**
 * An off-hours auto-reply: the calendar state it answers, the next opening and the rendered message.
 *
 * @example
 * ```ts
 * const r = chooseAutoReply(input);
 * if (r.ok) console.log(r.value.state, r.value.reply.body);
 * ```
 */
export interface AutoReply {
  readonly state: Exclude<SupportState, "open">;
  readonly nextOpening: Date;
  /** `YYYY-MM-DD HH:mm` in `timeZone`. */
  readonly nextOpeningLocal: string;
  readonly timeZone: string;
  readonly reply: RenderedReply;
}

const inputSchema = z.object({
  at: instantSchema,
  channel: serviceChannelSchema,
  language: languageTagSchema,
  buyerTimeZone: supportTimeZoneSchema.optional(),
  replyDuringBreaks: z.boolean().default(false),
});

/**
 * Chooses the off-hours auto-reply for a message arriving at `at`: reads the support calendar's state (night,
 * weekend, holiday, lunch break), picks template `off-hours.<state>` for the channel and language (falling back to
 * the base language, then English), and fills in the next opening time in the buyer's zone. While support is
 * open (or on a lunch break, unless asked) no auto-reply is sent.
 *
 * @returns the {@link AutoReply}, `NO_AUTO_REPLY_WHILE_OPEN`, or `TEMPLATE_NOT_FOUND`
 * @throws `TEMPLATE_VARIABLE_MISSING` when a template needs a variable that was not given
 * @example
 * ```ts
 * const r = chooseAutoReply({
 *   templates: offHoursReplyTemplates, calendar: support, at: "2026-02-16T09:00:00Z", channel: "email",
 *   language: "de", buyerTimeZone: "Europe/Berlin", variables: { buyerName: "Anna", shopName: "Lumi Home" },
 * });
 * if (r.ok) r.value.nextOpeningLocal; // "2026-02-24 02:00" (09:00 in Shanghai)
 * ```
 */
export function chooseAutoReply(
  input: AutoReplyInput,
): Result<AutoReply, { code: "NO_AUTO_REPLY_WHILE_OPEN" | "TEMPLATE_NOT_FOUND"; message: string }> {
  if (typeof input !== "object" || input === null) throw invalidArgument(["input"], "must be an object");
  const calendar = requireSupportCalendar(input.calendar, ["input", "calendar"]);
  const parsed = parseInput(inputSchema, input, ["input"]);
  const status = supportCalendarState(calendar, parsed.at);
  if (status.state === "open" || (status.state === "break" && !parsed.replyDuringBreaks))
    return err({
      code: "NO_AUTO_REPLY_WHILE_OPEN",
      message: `support is ${status.state} at ${parsed.at.toISOString()}`,
    });
  const state = status.state;
  const templateState = state === "break" ? "night" : state;
  const picked = pickReplyTemplate(input.templates, {
    id: `off-hours.${templateState}`,
    language: parsed.language,
    channel: parsed.channel,
  });
  if (!picked.ok) return picked;
  const timeZone = parsed.buyerTimeZone ?? calendar.timeZone;
  const nextOpeningLocal = formatLocalDateTime(status.nextOpening.getTime(), timeZone);
  const reply = renderReplyTemplate(picked.value, { ...input.variables, nextOpening: nextOpeningLocal, timeZone });
  return ok({ state, nextOpening: status.nextOpening, nextOpeningLocal, timeZone, reply });
}
