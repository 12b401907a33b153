/**
 * Replays one buyer's conversation and return: a Berlin buyer writes to a Shanghai support desk during the Spring
 * Festival holiday about a defective lamp bought on amazon-de. Prints the auto-reply, the SLA status, the return
 * decision, the refund and the effects for the host to run.
 *
 * Run: npx tsx examples/service-return.ts
 */
import { CN_2026, formatMoney, money } from "../src/core/index.js";
import {
  applyRmaEvent,
  calculateRefund,
  checkReturnEligibility,
  chooseAutoReply,
  computeSlaStatus,
  createRma,
  createSupportCalendar,
  decideReturnless,
  defaultReturnPolicy,
  offHoursReplyTemplates,
  rmaAmount,
} from "../src/service/index.js";

const support = createSupportCalendar(
  {
    id: "shanghai-desk",
    timeZone: "Asia/Shanghai",
    hours: [
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "18:00" },
    ],
  },
  CN_2026,
);
const policy = {
  id: "marketplace-business",
  clock: "business",
  warnBeforeMinutes: 30,
  targets: { normal: { firstReplyMinutes: 240, nextReplyMinutes: 120, resolutionMinutes: 1800 } },
};

// 1. Sunday 15 Feb, 10:00 in Berlin (17:00 in Shanghai, Spring Festival): the buyer writes.
const firstMessage = "2026-02-15T09:00:00Z";
const auto = chooseAutoReply({
  templates: offHoursReplyTemplates,
  calendar: support,
  at: firstMessage,
  channel: "marketplace",
  language: "de",
  buyerTimeZone: "Europe/Berlin",
  variables: { buyerName: "Anna Becker", shopName: "Lumi Home" },
});
console.log("Auto-reply");
if (auto.ok) console.log(`  [${auto.value.state}] ${auto.value.reply.body}`);

// 2. The conversation until Tuesday 24 Feb, 16:00 Shanghai.
const conversation = {
  priority: "normal",
  events: [
    { type: "customer-message", at: firstMessage },
    { type: "agent-reply", at: "2026-02-24T01:40:00Z" }, // 09:40: asks for a photo
    { type: "waiting-on-customer", at: "2026-02-24T01:40:00Z" },
    { type: "customer-message", at: "2026-02-24T07:00:00Z" }, // 15:00: photo of the broken switch
  ],
};
const now = "2026-02-24T08:00:00Z";
const sla = computeSlaStatus({ conversation, policy, calendar: support, now });
console.log(`\nSLA at ${now} (${sla.policyId}): worst ${sla.worst}`);
for (const t of sla.targets) {
  const due = t.dueAt ? t.dueAt.toISOString() : "paused";
  console.log(
    `  ${t.target.padEnd(11)} due ${due}  ${t.status.padEnd(8)} used ${t.elapsedMs / 60_000} min, left ${t.remainingMs / 60_000} min`,
  );
}

// 3. The return: defective lamp, delivered 10 Feb, asked 15 Feb.
const terms = checkReturnEligibility(defaultReturnPolicy, {
  marketplace: "amazon-de",
  category: "lighting",
  reason: "defective",
  deliveredOn: "2026-02-10",
  requestedOn: "2026-02-15",
  opened: true,
});
if (!terms.ok) throw new Error(terms.error.message);
console.log(
  `\nReturn accepted on ${terms.value.policyId}: ${terms.value.fault}'s fault, window to ${terms.value.deadline}`,
);

const order = {
  currency: "EUR",
  lines: [
    { lineId: "A", sku: "LAMP-01", unitPrice: money("39.90", "EUR"), quantity: 2 },
    { lineId: "B", sku: "SHADE-02", unitPrice: money("24.90", "EUR"), quantity: 1 },
  ],
  orderDiscount: money("5.00", "EUR"),
  shipping: money("6.90", "EUR"),
};
const refund = calculateRefund({
  order,
  returnLines: [{ lineId: "A", quantity: 1 }],
  refundOriginalShipping: terms.value.refundOriginalShipping,
  restockingFeeRate: terms.value.restockingFeeRate,
});
const line = refund.lines[0];
if (line) {
  console.log(
    `Refund: item ${formatMoney(line.itemAmount)} − discount ${formatMoney(line.discount)} + shipping ${formatMoney(line.shipping)} − fee ${formatMoney(line.restockingFee)} = ${formatMoney(refund.total)}`,
  );
}

const returnless = decideReturnless({
  rule: { recoveryRates: { defective: "0" }, defaultRecoveryRate: "0.8", maxRefund: money("60.00", "EUR") },
  reason: "defective",
  itemValue: money("9.80", "EUR"),
  returnShippingCost: money("8.50", "EUR"),
  handlingCost: money("2.00", "EUR"),
  refund: refund.total,
});
console.log(
  `Returnless: ${returnless.returnless} (${returnless.code}, return would cost ${formatMoney(returnless.returnCost)})`,
);

// 4. The RMA: refunded without return; quality hears about lot LOT-2026-031.
const rma = createRma({
  rmaId: "RMA-2026-0042",
  orderId: "302-4417-2210",
  reason: "defective",
  returnless: returnless.returnless,
  description: "switch broken on arrival (photo)",
  lines: [{ lineId: "A", sku: "LAMP-01", quantity: 1, lotId: "LOT-2026-031", supplierId: "SUP-NINGBO-7" }],
});
// applyRmaEvent validates the event (amount, currency, dates) before the machine takes it.
const step = applyRmaEvent(
  rma,
  { type: "REFUND_WITHOUT_RETURN", amount: rmaAmount(refund.total) },
  { at: now, actor: "agent.chen" },
);
if (!step.ok) throw new Error(step.error.message);
console.log(`\nRMA ${rma.context.rmaId}: ${step.value.snapshot.state}`);
for (const effect of step.value.effects) console.log(`  effect ${JSON.stringify(effect)}`);
