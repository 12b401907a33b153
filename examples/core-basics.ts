// Core in one page: exact money, allocation that always sums, a workflow drawn as Mermaid, business days.
import {
  addBusinessDays,
  allocate,
  applyCutoff,
  CN_2026,
  convertMoney,
  createBusinessCalendar,
  createInMemoryFxRates,
  defineMachine,
  formatMoney,
  initialSnapshot,
  money,
  multiplyMoney,
  roundMoney,
  sumMoney,
  toMermaid,
  transition,
} from "../src/core/index.js";

console.log("Money is exact");
const unitPrice = money("3.45", "USD");
const lineTotal = multiplyMoney(unitPrice, 1200);
console.log(
  `  1,200 × ${formatMoney(unitPrice)} = ${formatMoney(lineTotal)}   (0.1 + 0.2 in floats would already be off)`,
);
const fx = createInMemoryFxRates([
  { from: "USD", to: "CNY", rate: "7.1234", asOf: "2026-03-02", source: "PBOC central parity" },
]);
const inCny = convertMoney(lineTotal, "CNY", fx, "2026-03-16");
console.log(
  `  in CNY: ${formatMoney(inCny.money, "zh-CN")} at ${inCny.rate.rate} (${inCny.rate.source}, ${inCny.rate.asOf})`,
);

console.log("\nFreight of $1,000.00 spread over three SKUs by chargeable weight 12.0 / 7.5 / 3.3 kg");
const freight = money("1000.00", "USD");
const parts = allocate(freight, ["12.0", "7.5", "3.3"]);
for (const [i, part] of parts.entries()) console.log(`  SKU ${i + 1}: ${formatMoney(part)}`);
console.log(`  sum: ${formatMoney(sumMoney(parts))} (always exactly the whole)`);
console.log(
  `  VAT 19% on a €1,290.00 base, rounded half-up: ${formatMoney(roundMoney(multiplyMoney(money("1290.00", "EUR"), "0.19")), "de-DE")}`,
);

console.log("\nA purchase order as a machine");
const po = defineMachine({
  id: "purchase-order",
  initial: "draft",
  states: ["draft", "approved", "sent", "cancelled"],
  final: ["sent", "cancelled"],
  transitions: [
    { from: "draft", event: "APPROVE", to: "approved", guard: "withinBudget" },
    { from: "approved", event: "SEND", to: "sent", effects: [{ type: "email-supplier" }] },
    { from: ["draft", "approved"], event: "CANCEL", to: "cancelled" },
  ],
  guards: { withinBudget: (ctx: { total: number; budget: number }) => ctx.total <= ctx.budget },
});
const refused = transition(po, initialSnapshot(po, { total: 12_000, budget: 10_000 }), { type: "APPROVE" });
console.log(`  approve over budget → ${refused.ok ? "ok" : `${refused.error.code}: ${refused.error.message}`}`);
console.log(toMermaid(po).replace(/^/gm, "  "));

console.log("\nBusiness days in China around Golden Week 2026");
const cn = createBusinessCalendar(CN_2026);
const received = applyCutoff(cn, "2026-09-30T10:30:00Z", "17:00");
console.log(`  order received 2026-09-30 18:30 Shanghai time → handled on ${received}`);
console.log(
  `  + 5 business days → ${addBusinessDays(cn, received, 5)} (1–7 Oct closed, Sat 10 Oct is a make-up working day)`,
);
