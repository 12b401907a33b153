import { describe, expect, it } from "vitest";
import { CN_2026, isCrossborderOpsError } from "../../../src/core/index.js";
import {
  chooseAutoReply,
  createSupportCalendar,
  offHoursReplyTemplates,
  pickReplyTemplate,
  renderReplyTemplate,
  templateVariables,
  trackingNoticeTemplates,
  validateReplyTemplates,
} from "../../../src/service/index.js";
import { shanghaiHours } from "../fixtures.js";

const calendar = createSupportCalendar(shanghaiHours, CN_2026);
const variables = { buyerName: "Anna", shopName: "Lumi Home" };
const base = { templates: offHoursReplyTemplates, calendar, variables };

function caught(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isCrossborderOpsError(e)) return { code: e.code, path: e.issues[0]?.path };
    throw e;
  }
  throw new Error("expected a throw");
}

describe("chooseAutoReply", () => {
  it("answers a Berlin buyer during Spring Festival in German with the opening in Berlin time", () => {
    const r = chooseAutoReply({
      ...base,
      at: "2026-02-16T09:00:00Z",
      channel: "email",
      language: "de",
      buyerTimeZone: "Europe/Berlin",
    });
    expect(r.ok && r.value.state).toBe("holiday");
    expect(r.ok && r.value.nextOpening.toISOString()).toBe("2026-02-24T01:00:00.000Z");
    expect(r.ok && r.value.reply).toEqual({
      templateId: "off-hours.holiday",
      language: "de",
      subject: "Wir haben Ihre Nachricht erhalten",
      body: "Hallo Anna, vielen Dank für Ihre Nachricht an Lumi Home. Wegen eines Feiertags ist unser Team nicht erreichbar und antwortet ab 2026-02-24 02:00 (Europe/Berlin). Bestehende Bestellungen werden wie angekündigt versandt.",
    });
  });
  it("uses the short chat version at night in Chinese", () => {
    const r = chooseAutoReply({
      ...base,
      variables: { buyerName: "李女士", shopName: "Lumi Home" },
      at: "2026-03-02T12:00:00Z",
      channel: "chat",
      language: "zh-CN",
    });
    expect(r.ok && r.value.reply.body).toBe(
      "李女士您好，Lumi Home客服已下线，将于2026-03-03 09:00（Asia/Shanghai）上线后回复您。",
    );
  });
  it("falls back from en-US to en and writes the opening across the US change to summer time", () => {
    const r = chooseAutoReply({
      ...base,
      at: "2026-03-07T02:00:00Z",
      channel: "marketplace",
      language: "en-US",
      buyerTimeZone: "America/New_York",
    });
    expect(r.ok && [r.value.state, r.value.reply.language, r.value.nextOpeningLocal]).toEqual([
      "weekend",
      "en",
      "2026-03-08 21:00",
    ]);
  });
  it("falls back to English for a language without templates", () => {
    const r = chooseAutoReply({ ...base, at: "2026-03-02T12:00:00Z", channel: "email", language: "ja" });
    expect(r.ok && r.value.reply.language).toBe("en");
  });
  it("sends nothing while open or at lunch, unless asked to answer breaks", () => {
    const open = chooseAutoReply({ ...base, at: "2026-03-02T02:00:00Z", channel: "email", language: "en" });
    expect(!open.ok && open.error.code).toBe("NO_AUTO_REPLY_WHILE_OPEN");
    const lunch = chooseAutoReply({ ...base, at: "2026-03-02T04:30:00Z", channel: "email", language: "en" });
    expect(!lunch.ok && lunch.error.code).toBe("NO_AUTO_REPLY_WHILE_OPEN");
    const answered = chooseAutoReply({
      ...base,
      at: "2026-03-02T04:30:00Z",
      channel: "email",
      language: "en",
      replyDuringBreaks: true,
    });
    expect(answered.ok && [answered.value.state, answered.value.nextOpeningLocal]).toEqual([
      "break",
      "2026-03-02 13:30",
    ]);
  });
  it("makes a missing variable an error, not a blank", () => {
    expect(
      caught(() =>
        chooseAutoReply({
          ...base,
          variables: { buyerName: "Anna" },
          at: "2026-03-02T12:00:00Z",
          channel: "email",
          language: "en",
        }),
      ),
    ).toEqual({ code: "TEMPLATE_VARIABLE_MISSING", path: ["variables", "shopName"] });
  });
  it("refuses a bad channel", () => {
    expect(
      caught(() => chooseAutoReply({ ...base, at: "2026-03-02T12:00:00Z", channel: "fax", language: "en" })),
    ).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["input", "channel"],
    });
  });
});

describe("reply templates", () => {
  it("lists variables in order", () => {
    expect(templateVariables("Hi {{buyerName}}, order {{ orderId }} for {{buyerName}}")).toEqual([
      "buyerName",
      "orderId",
    ]);
  });
  it("renders subject and body", () => {
    const t = { id: "x", language: "en", subject: "Order {{orderId}}", body: "Hi {{name}}, {{orderId}} shipped" };
    expect(renderReplyTemplate(t, { name: "Li", orderId: 302 })).toEqual({
      templateId: "x",
      language: "en",
      subject: "Order 302",
      body: "Hi Li, 302 shipped",
    });
    expect(caught(() => renderReplyTemplate(t, { name: "Li", orderId: "" }))).toEqual({
      code: "TEMPLATE_VARIABLE_MISSING",
      path: ["variables", "orderId"],
    });
  });
  it("validates the shipped sets and refuses translations with other variables", () => {
    expect(validateReplyTemplates(offHoursReplyTemplates)).toHaveLength(offHoursReplyTemplates.length);
    expect(validateReplyTemplates(trackingNoticeTemplates)).toHaveLength(18);
    expect(
      caught(() =>
        validateReplyTemplates([
          { id: "x", language: "en", body: "Order {{orderId}} shipped" },
          { id: "x", language: "zh-CN", body: "订单已发货" },
        ]),
      ),
    ).toEqual({ code: "TEMPLATE_VARIABLES_DIFFER", path: ["templates", 1] });
    expect(
      caught(() =>
        validateReplyTemplates([
          { id: "x", language: "en", body: "a" },
          { id: "x", language: "en", body: "b" },
        ]),
      ),
    ).toEqual({ code: "TEMPLATE_DUPLICATE", path: ["templates", 1] });
    expect(caught(() => validateReplyTemplates([{ id: "x", language: "en", body: "Hi {{name" }]))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["templates", 0, "body"],
    });
  });
  it("prefers a channel-specific template and reports a missing one", () => {
    const chat = pickReplyTemplate(offHoursReplyTemplates, { id: "off-hours.night", language: "en", channel: "chat" });
    expect(chat.ok && chat.value.channel).toBe("chat");
    const email = pickReplyTemplate(offHoursReplyTemplates, {
      id: "off-hours.night",
      language: "en",
      channel: "email",
    });
    expect(email.ok && email.value.channel).toBeUndefined();
    const none = pickReplyTemplate(offHoursReplyTemplates, { id: "nope", language: "en" });
    expect(!none.ok && none.error.code).toBe("TEMPLATE_NOT_FOUND");
  });
});
