export { allocate } from "./allocate.js";
export { addMoney, multiplyMoney, negateMoney, subtractMoney, sumMoney } from "./arithmetic.js";
export { compareMoney, equalsMoney, maxMoney, minMoney, signOfMoney } from "./compare.js";
export { type Conversion, convertMoney } from "./convertMoney.js";
export { currencyCodes, minorUnitsOf } from "./currencies.js";
export { Dec, type Decimal, type DecimalInput } from "./decimal.js";
export { formatMoney } from "./formatMoney.js";
export { isMoney, type Money, money, moneyFromMinor } from "./Money.js";
export {
  currencySchema,
  type MoneyJson,
  type MoneyToJsonOptions,
  moneySchema,
  moneyToJson,
} from "./moneySchema.js";
export {
  isRoundedToMinor,
  type RoundingMode,
  roundDecimal,
  roundingModeSchema,
  roundMoney,
  toMinorUnits,
} from "./round.js";
