import type { ReplyTemplate } from "./replyTemplate.js";

/**
 * Off-hours auto-replies for the night, the weekend and holidays, in English, Simplified Chinese and German, with a
 * short chat version. Variables: `buyerName`, `shopName`, `nextOpening` (local date and time) and `timeZone`.
 * Replace or extend them; run your own set through `validateReplyTemplates`.
 *
 * @example
 * ```ts
 * chooseAutoReply({ templates: offHoursReplyTemplates, calendar, at, channel: "email", language: "de", variables });
 * ```
 */
export const offHoursReplyTemplates: readonly ReplyTemplate[] = Object.freeze([
  {
    id: "off-hours.night",
    language: "en",
    subject: "We received your message",
    body: "Hello {{buyerName}}, thank you for contacting {{shopName}}. Our team is offline for the night and will answer from {{nextOpening}} ({{timeZone}}).",
  },
  {
    id: "off-hours.night",
    language: "en",
    channel: "chat",
    body: "Hi {{buyerName}}, {{shopName}} is offline now. We are back at {{nextOpening}} ({{timeZone}}) and will reply then.",
  },
  {
    id: "off-hours.night",
    language: "zh-CN",
    subject: "我们已收到您的消息",
    body: "{{buyerName}}您好，感谢您联系{{shopName}}。客服现为非工作时间，我们将于{{nextOpening}}（{{timeZone}}）起尽快回复您。",
  },
  {
    id: "off-hours.night",
    language: "zh-CN",
    channel: "chat",
    body: "{{buyerName}}您好，{{shopName}}客服已下线，将于{{nextOpening}}（{{timeZone}}）上线后回复您。",
  },
  {
    id: "off-hours.night",
    language: "de",
    subject: "Wir haben Ihre Nachricht erhalten",
    body: "Hallo {{buyerName}}, vielen Dank für Ihre Nachricht an {{shopName}}. Unser Team ist gerade nicht erreichbar und antwortet ab {{nextOpening}} ({{timeZone}}).",
  },
  {
    id: "off-hours.weekend",
    language: "en",
    subject: "We received your message",
    body: "Hello {{buyerName}}, thank you for contacting {{shopName}}. Our team is away for the weekend and will answer from {{nextOpening}} ({{timeZone}}).",
  },
  {
    id: "off-hours.weekend",
    language: "zh-CN",
    subject: "我们已收到您的消息",
    body: "{{buyerName}}您好，感谢您联系{{shopName}}。周末客服休息，我们将于{{nextOpening}}（{{timeZone}}）起尽快回复您。",
  },
  {
    id: "off-hours.weekend",
    language: "de",
    subject: "Wir haben Ihre Nachricht erhalten",
    body: "Hallo {{buyerName}}, vielen Dank für Ihre Nachricht an {{shopName}}. Unser Team ist am Wochenende nicht erreichbar und antwortet ab {{nextOpening}} ({{timeZone}}).",
  },
  {
    id: "off-hours.holiday",
    language: "en",
    subject: "We received your message",
    body: "Hello {{buyerName}}, thank you for contacting {{shopName}}. Our team is away for a public holiday and will answer from {{nextOpening}} ({{timeZone}}). Orders already placed keep shipping as announced.",
  },
  {
    id: "off-hours.holiday",
    language: "zh-CN",
    subject: "我们已收到您的消息",
    body: "{{buyerName}}您好，感谢您联系{{shopName}}。法定节假日期间客服休息，我们将于{{nextOpening}}（{{timeZone}}）起尽快回复您。已下单的订单将按公告发货。",
  },
  {
    id: "off-hours.holiday",
    language: "de",
    subject: "Wir haben Ihre Nachricht erhalten",
    body: "Hallo {{buyerName}}, vielen Dank für Ihre Nachricht an {{shopName}}. Wegen eines Feiertags ist unser Team nicht erreichbar und antwortet ab {{nextOpening}} ({{timeZone}}). Bestehende Bestellungen werden wie angekündigt versandt.",
  },
]);
