/**
 * Locales the library's messages are written in.
 *
 * @example
 * ```ts
 * const locale: MessageLocale = "zh-CN";
 * ```
 */
export type MessageLocale = "en" | "zh-CN";

/**
 * A catalog of human-readable titles per error or outcome code, in each supported locale.
 * Areas export their own catalogs; merge them with {@link mergeMessageCatalogs}.
 *
 * @example
 * ```ts
 * const mine: MessageCatalog = { OUT_OF_STOCK: { en: "Out of stock", "zh-CN": "库存不足" } };
 * ```
 */
export type MessageCatalog = Readonly<Record<string, Readonly<Record<MessageLocale, string>>>>;

/**
 * Titles of the codes the core defines.
 *
 * @example
 * ```ts
 * coreMessages.CURRENCY_MISMATCH?.["zh-CN"]; // "币种不一致"
 * ```
 */
export const coreMessages: MessageCatalog = {
  INVALID_ARGUMENT: { en: "Invalid argument", "zh-CN": "参数无效" },
  CURRENCY_MISMATCH: { en: "Currencies do not match", "zh-CN": "币种不一致" },
  UNKNOWN_CURRENCY: { en: "Unknown currency code", "zh-CN": "未知的币种代码" },
  FX_RATE_MISSING: { en: "No exchange rate available", "zh-CN": "缺少汇率" },
  ILLEGAL_TRANSITION: { en: "This step is not allowed in the current state", "zh-CN": "当前状态下不允许此操作" },
  VERSION_CONFLICT: {
    en: "The record was changed by someone else; reload and try again",
    "zh-CN": "记录已被他人修改，请刷新后重试",
  },
  NOT_FOUND: { en: "Record not found", "zh-CN": "记录不存在" },
  ALREADY_EXISTS: { en: "A record with this id already exists", "zh-CN": "该编号的记录已存在" },
  CALENDAR_OUT_OF_RANGE: { en: "Date outside the calendar's data", "zh-CN": "日期超出日历数据范围" },
};

/**
 * Merges catalogs; later catalogs override earlier ones for the same code.
 *
 * @example
 * ```ts
 * const all = mergeMessageCatalogs(coreMessages, { LOT_REJECTED: { en: "Lot rejected", "zh-CN": "批次判定不合格" } });
 * ```
 */
export function mergeMessageCatalogs(...catalogs: readonly MessageCatalog[]): MessageCatalog {
  return Object.freeze(Object.assign({}, ...catalogs));
}

/**
 * The title of a code in a locale, falling back to English and then to the code itself.
 *
 * @example
 * ```ts
 * describeCode("VERSION_CONFLICT", "zh-CN"); // "记录已被他人修改，请刷新后重试"
 * describeCode("SOMETHING_NEW", "en"); // "SOMETHING_NEW"
 * ```
 */
export function describeCode(
  code: string,
  locale: MessageLocale = "en",
  catalog: MessageCatalog = coreMessages,
): string {
  const entry = catalog[code];
  return entry?.[locale] ?? entry?.en ?? code;
}
