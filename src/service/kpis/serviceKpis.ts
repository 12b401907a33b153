import * as z from "zod";
import { Dec, invalidArgument, parseInput } from "../../core/index.js";
import type { SupportCalendar } from "../calendar/supportCalendar.js";
import { requireSupportCalendar } from "../calendar/supportTime.js";
import { openMsBetween } from "../calendar/workingTime.js";
import { conversationEventSchema } from "../conversation/conversation.js";
import { returnReasonSchema } from "../returns/returnReasons.js";

/**
 * Count, mean, median and 90th percentile of a duration, in minutes (`null` when there is nothing to measure).
 *
 * @example
 * ```ts
 * const d: ServiceDurationStats = { count: 3, meanMinutes: 40, medianMinutes: 30, p90Minutes: 60 };
 * ```
 */
export interface ServiceDurationStats {
  readonly count: number;
  readonly meanMinutes: number | null;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
}

/**
 * Returned units and return rate (returned ÷ sold, a decimal string with 4 places) for one reason or SKU.
 *
 * @example
 * ```ts
 * const r: ServiceReturnRate = { returned: 3, sold: 200, rate: "0.0150" };
 * ```
 */
export interface ServiceReturnRate {
  readonly returned: number;
  readonly sold: number;
  /** `null` when nothing was sold. */
  readonly rate: string | null;
}

/**
 * Service KPIs for a period.
 *
 * @example
 * ```ts
 * const k = serviceKpis(input);
 * k.complaintsPer1000Orders; // "2.50"
 * ```
 */
export interface ServiceKpis {
  /** From the first buyer message to the first agent reply. */
  readonly firstResponse: ServiceDurationStats;
  /** From the first buyer message to the last resolution. */
  readonly resolution: ServiceDurationStats;
  /** Complaints ÷ orders × 1000, two decimals; `null` without orders. */
  readonly complaintsPer1000Orders: string | null;
  readonly returnRateByReason: Readonly<Record<string, ServiceReturnRate>>;
  readonly returnRateBySku: Readonly<Record<string, ServiceReturnRate>>;
}

/**
 * Schema of {@link ServiceKpiInput}.
 *
 * @example
 * ```ts
 * serviceKpiInputSchema.parse({ conversations: [], orders: 10, complaints: 0, returns: [], unitsSold: [] });
 * ```
 */
export const serviceKpiInputSchema = z.object({
  conversations: z.array(z.object({ events: z.array(conversationEventSchema) })),
  orders: z.number().int().nonnegative(),
  complaints: z.number().int().nonnegative(),
  returns: z.array(
    z.object({ sku: z.string().min(1), reason: returnReasonSchema, quantity: z.number().int().positive() }),
  ),
  unitsSold: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().nonnegative() })),
});

/**
 * Input of {@link serviceKpis}.
 *
 * @example
 * ```ts
 * const input: ServiceKpiInput = { conversations, orders: 1200, complaints: 3, returns: [{ sku: "LAMP-01", reason: "defective", quantity: 2 }], unitsSold: [{ sku: "LAMP-01", quantity: 400 }] };
 * ```
 */
export type ServiceKpiInput = z.input<typeof serviceKpiInputSchema>;

function stats(durations: number[]): ServiceDurationStats {
  if (durations.length === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null };
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, meanMinutes: mean, medianMinutes: median, p90Minutes: at(0.9) };
}

function rate(returned: number, sold: number): ServiceReturnRate {
  return { returned, sold, rate: sold === 0 ? null : new Dec(returned).div(sold).toFixed(4) };
}

/**
 * Computes the service KPIs: first response time and resolution time (mean, median, 90th percentile by the
 * nearest-rank method; in open support minutes when a calendar is given, elapsed minutes otherwise), complaints
 * per 1,000 orders, and the return rate by reason (over all units sold) and by SKU (over that SKU's units sold).
 *
 * @throws `INVALID_ARGUMENT` for malformed input
 * @example
 * ```ts
 * const k = serviceKpis({ conversations, orders: 1200, complaints: 3,
 *   returns: [{ sku: "LAMP-01", reason: "defective", quantity: 2 }], unitsSold: [{ sku: "LAMP-01", quantity: 400 }] });
 * k.returnRateBySku["LAMP-01"]?.rate; // "0.0050"
 * ```
 */
export function serviceKpis(input: ServiceKpiInput, calendar?: SupportCalendar): ServiceKpis {
  const parsed = parseInput(serviceKpiInputSchema, input, ["input"]);
  const support = calendar === undefined ? undefined : requireSupportCalendar(calendar, ["calendar"]);
  const minutes = (from: Date, to: Date) =>
    (support === undefined ? to.getTime() - from.getTime() : openMsBetween(support, from.getTime(), to.getTime())) /
    60_000;
  const first: number[] = [];
  const resolution: number[] = [];
  parsed.conversations.forEach((conversation, i) => {
    const opened = conversation.events.find((e) => e.type === "customer-message");
    if (!opened) return;
    const reply = conversation.events.find((e) => e.type === "agent-reply" && e.at >= opened.at);
    if (reply) first.push(minutes(opened.at, reply.at));
    const last = conversation.events.at(-1);
    if (last?.type === "resolved") {
      if (last.at < opened.at)
        throw invalidArgument(["input", "conversations", i, "events"], "resolved before the first message");
      resolution.push(minutes(opened.at, last.at));
    }
  });
  const soldBySku = new Map<string, number>();
  for (const line of parsed.unitsSold) soldBySku.set(line.sku, (soldBySku.get(line.sku) ?? 0) + line.quantity);
  const totalSold = [...soldBySku.values()].reduce((a, b) => a + b, 0);
  const byReason = new Map<string, number>();
  const bySku = new Map<string, number>();
  for (const item of parsed.returns) {
    byReason.set(item.reason, (byReason.get(item.reason) ?? 0) + item.quantity);
    bySku.set(item.sku, (bySku.get(item.sku) ?? 0) + item.quantity);
  }
  return {
    firstResponse: stats(first),
    resolution: stats(resolution),
    complaintsPer1000Orders:
      parsed.orders === 0 ? null : new Dec(parsed.complaints).times(1000).div(parsed.orders).toFixed(2),
    returnRateByReason: Object.fromEntries([...byReason].map(([reason, n]) => [reason, rate(n, totalSold)])),
    returnRateBySku: Object.fromEntries([...bySku].map(([sku, n]) => [sku, rate(n, soldBySku.get(sku) ?? 0)])),
  };
}
