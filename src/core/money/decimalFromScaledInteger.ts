import { Dec, type Decimal } from "./decimal.js";

const LOG_BASE = 7;
const WORD = 1e7;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

type RawDecimalConstructor = new (sign: number, exponent: number, words: number[]) => Decimal;

/**
 * A constructor of Dec instances that takes decimal.js's fields as they are: it shares Dec's prototype and sets the
 * own fields in the order decimal.js's constructor does (`constructor`, `s`, `e`, `d`), so its objects share one
 * shape and cost one allocation, where `Object.create` and four property additions cost much more.
 */
const RawDecimal: RawDecimalConstructor = /* @__PURE__ */ (() => {
  function RawDecimal(
    this: { constructor: unknown; s: number; e: number; d: number[] },
    s: number,
    e: number,
    d: number[],
  ) {
    this.constructor = Dec;
    this.s = s;
    this.e = e;
    this.d = d;
  }
  RawDecimal.prototype = Dec.prototype;
  return RawDecimal as unknown as RawDecimalConstructor;
})();

/**
 * @internal Builds the decimal `integer × 10^-scale` without parsing a string: the hot path of `allocate`, where
 * parsing dominated the cost (about 300 ns per part). It fills decimal.js's documented internal fields (`s` sign,
 * `e` base-10 exponent, `d` base-1e7 words aligned on the decimal point, no trailing zeros) exactly as its own
 * parser does; a property test compares the result with `new Dec(string)` for every sign, size and scale, so a
 * decimal.js upgrade that changed the layout would fail the tests rather than the users. Falls back to parsing
 * outside safe integers.
 */
export function decimalFromScaledInteger(integer: number, scale: number): Decimal {
  if (!Number.isSafeInteger(integer) || integer === 0) return new Dec(integer === 0 ? 0 : `${integer}e-${scale}`);
  let digits = integer < 0 ? -integer : integer;
  let length = 1;
  while (length < 16 && (POW10[length] as number) <= digits) length++;
  const exponent = length - 1 - scale;
  while (digits % 10 === 0) {
    digits /= 10;
    length--;
  }
  // The first word holds the digits before the first boundary of seven counted from the decimal point.
  const first = (((exponent + 1) % LOG_BASE) + LOG_BASE) % LOG_BASE || LOG_BASE;
  let words: number[];
  if (length <= first) {
    words = [digits * (POW10[first - length] as number)];
  } else {
    const rest = length - first;
    const count = 1 + Math.ceil(rest / LOG_BASE);
    const lastLength = rest - LOG_BASE * (count - 2);
    words = new Array<number>(count);
    words[count - 1] = (digits % (POW10[lastLength] as number)) * (POW10[LOG_BASE - lastLength] as number);
    let head = Math.floor(digits / (POW10[lastLength] as number));
    for (let k = count - 2; k > 0; k--) {
      words[k] = head % WORD;
      head = Math.floor(head / WORD);
    }
    words[0] = head;
  }
  return new RawDecimal(integer < 0 ? -1 : 1, exponent, words);
}
