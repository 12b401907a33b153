import { dinero, allocate as dineroAllocate } from "dinero.js";
import { dinero as dineroBigint, allocate as dineroBigintAllocate } from "dinero.js/bigint";
import { USD as USD_BIGINT } from "dinero.js/bigint/currencies";
import { USD } from "dinero.js/currencies";
import { bench, describe } from "vitest";
import { allocate, money } from "../../src/core/index.js";

// 1,000,000.00 USD over 1,000 ratios (1, 2, ... 1000), the same input for every contender.
const ratios = Array.from({ length: 1000 }, (_, i) => i + 1);
const whole = money("1000000.00", "USD");
const wholeNumber = dinero({ amount: 100_000_000, currency: USD });
const wholeBigint = dineroBigint({ amount: 100_000_000n, currency: USD_BIGINT });
const ratiosBigint = ratios.map((ratio) => BigInt(ratio));

describe("allocate 1,000,000.00 USD over 1,000 ratios", () => {
  bench("crossborder-ops allocate", () => {
    allocate(whole, ratios);
  });
  bench("dinero.js v2 allocate (number calculator)", () => {
    dineroAllocate(wholeNumber, ratios);
  });
  bench("dinero.js v2 allocate (bigint calculator)", () => {
    dineroBigintAllocate(wholeBigint, ratiosBigint);
  });
});
