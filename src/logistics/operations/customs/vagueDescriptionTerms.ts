/**
 * A word customs officers and carriers refuse as a goods description on its own, with what to write instead.
 *
 * @example
 * ```ts
 * const term: VagueDescriptionTerm = { term: "parts", language: "en", suggestion: "name the part and what it is for: 'bicycle brake pads'" };
 * ```
 */
export interface VagueDescriptionTerm {
  readonly term: string;
  readonly language: "en" | "zh";
  readonly suggestion: string;
}

/**
 * Generic words that get parcels held when a description rests on them ("gift", "sample", "parts",
 * "accessories"...), in English and common Chinese equivalents. Compiled from carriers' and customs
 * administrations' lists of unacceptable descriptions (e.g. UK HMRC guidance on describing goods, US CBP
 * "acceptable descriptions" lists published by carriers). Data: replace or extend per call.
 *
 * @example
 * ```ts
 * defaultVagueDescriptionTerms.some((t) => t.term === "礼品"); // true
 * ```
 */
export const defaultVagueDescriptionTerms: readonly VagueDescriptionTerm[] = Object.freeze([
  { term: "gift", language: "en", suggestion: "describe the goods themselves: 'women's cotton scarf'" },
  { term: "gifts", language: "en", suggestion: "describe the goods themselves: 'women's cotton scarf'" },
  { term: "present", language: "en", suggestion: "describe the goods themselves" },
  { term: "sample", language: "en", suggestion: "say what the sample is: 'stainless steel water bottle, sample'" },
  { term: "samples", language: "en", suggestion: "say what the samples are" },
  { term: "parts", language: "en", suggestion: "name the part and its use: 'bicycle brake pads'" },
  { term: "spare parts", language: "en", suggestion: "name the part and its use" },
  { term: "accessories", language: "en", suggestion: "name the item: 'silicone phone case'" },
  { term: "goods", language: "en", suggestion: "name the goods, their material and use" },
  { term: "merchandise", language: "en", suggestion: "name the goods, their material and use" },
  { term: "items", language: "en", suggestion: "name the goods" },
  { term: "products", language: "en", suggestion: "name the goods" },
  { term: "stuff", language: "en", suggestion: "name the goods" },
  { term: "general merchandise", language: "en", suggestion: "list each kind of goods on its own line" },
  { term: "misc", language: "en", suggestion: "list each kind of goods on its own line" },
  { term: "miscellaneous", language: "en", suggestion: "list each kind of goods on its own line" },
  { term: "various", language: "en", suggestion: "list each kind of goods on its own line" },
  { term: "personal effects", language: "en", suggestion: "list the items" },
  {
    term: "clothing",
    language: "en",
    suggestion: "say the garment, material and who it is for: 'men's cotton T-shirts'",
  },
  { term: "clothes", language: "en", suggestion: "say the garment, material and who it is for" },
  { term: "electronics", language: "en", suggestion: "name the device: 'Bluetooth headphones'" },
  { term: "tools", language: "en", suggestion: "name the tool: 'cordless drill'" },
  { term: "toys", language: "en", suggestion: "name the toy and material: 'plastic building blocks'" },
  { term: "cosmetics", language: "en", suggestion: "name the product: 'lipstick'" },
  { term: "food", language: "en", suggestion: "name the food and its ingredients" },
  { term: "machine", language: "en", suggestion: "name the machine and its function" },
  { term: "equipment", language: "en", suggestion: "name the equipment and its function" },
  { term: "礼物", language: "zh", suggestion: "写明货物本身，如“女士棉质围巾”" },
  { term: "礼品", language: "zh", suggestion: "写明货物本身，如“女士棉质围巾”" },
  { term: "样品", language: "zh", suggestion: "写明样品是什么，如“不锈钢水杯（样品）”" },
  { term: "配件", language: "zh", suggestion: "写明具体配件和用途，如“硅胶手机壳”" },
  { term: "零件", language: "zh", suggestion: "写明零件名称和用途，如“自行车刹车片”" },
  { term: "零部件", language: "zh", suggestion: "写明零件名称和用途" },
  { term: "货物", language: "zh", suggestion: "写明品名、材质和用途" },
  { term: "商品", language: "zh", suggestion: "写明品名、材质和用途" },
  { term: "物品", language: "zh", suggestion: "写明品名、材质和用途" },
  { term: "杂货", language: "zh", suggestion: "按品类分行申报" },
  { term: "日用品", language: "zh", suggestion: "写明具体品名" },
  { term: "衣服", language: "zh", suggestion: "写明款式、材质和适用人群，如“男士棉质T恤”" },
  { term: "服装", language: "zh", suggestion: "写明款式、材质和适用人群" },
  { term: "电子产品", language: "zh", suggestion: "写明具体设备，如“蓝牙耳机”" },
  { term: "工具", language: "zh", suggestion: "写明具体工具，如“充电式电钻”" },
  { term: "玩具", language: "zh", suggestion: "写明玩具种类和材质" },
  { term: "化妆品", language: "zh", suggestion: "写明具体产品，如“口红”" },
]);
