import { invalidArgument, type Money, money, type Snapshot, sumMoney } from "../../core/index.js";
import type { ComplaintContext, ComplaintState } from "./complaintMachine.js";
import type { ComplaintSeverity } from "./complaintSeverity.js";

/**
 * One line of the complaint ledger (投诉处理台账), flat for a table or a CSV export.
 *
 * @example
 * ```ts
 * const row: ComplaintLedgerRow = {
 *   complaintId: "CMP-1", openedAt: "2026-03-02T08:00:00.000Z", channel: "email", severity: "critical",
 *   state: "closed", escalationLevel: 0, orderId: "302-1", supplierId: "SUP-7", lotInspectionId: "INS-044",
 *   shipmentId: null, sku: "CHG-65W", resolutionKind: "refund", compensation: "15.00 USD",
 *   rootCauseCategory: "production", capaRequired: true,
 * };
 * ```
 */
export interface ComplaintLedgerRow {
  readonly complaintId: string;
  readonly openedAt: string;
  readonly channel: string;
  readonly severity: ComplaintSeverity;
  readonly state: ComplaintState;
  readonly escalationLevel: number;
  readonly orderId: string | null;
  readonly shipmentId: string | null;
  readonly lotInspectionId: string | null;
  readonly supplierId: string | null;
  readonly sku: string | null;
  readonly resolutionKind: string | null;
  /** `"15.00 USD"`, or null. */
  readonly compensation: string | null;
  readonly rootCauseCategory: string | null;
  readonly capaRequired: boolean;
}

/**
 * Totals of a complaint ledger: counts by severity and state, open and escalated complaints, CAPAs requested and
 * compensation paid per currency.
 *
 * @example
 * ```ts
 * const s: ComplaintLedgerSummary = {
 *   rows: [], bySeverity: { critical: 1, major: 0, minor: 2 }, byState: { closed: 3 }, open: 0, escalated: 1,
 *   capaRequested: 1, compensation: [money("15.00", "USD")],
 * };
 * ```
 */
export interface ComplaintLedgerSummary {
  readonly rows: readonly ComplaintLedgerRow[];
  readonly bySeverity: Readonly<Record<ComplaintSeverity, number>>;
  readonly byState: Readonly<Partial<Record<ComplaintState, number>>>;
  /** Not yet resolved or closed. */
  readonly open: number;
  /** Escalated at least once. */
  readonly escalated: number;
  readonly capaRequested: number;
  /** Compensation per currency, in order of first appearance. */
  readonly compensation: readonly Money[];
}

/**
 * Builds the complaint ledger from complaint snapshots: one flat row each and the totals.
 *
 * @throws `INVALID_ARGUMENT` for something that is not a complaint snapshot
 * @example
 * ```ts
 * const ledger = complaintLedger([snapA, snapB]);
 * ledger.compensation.map((m) => formatMoney(m)); // ["$15.00"]
 * ```
 */
export function complaintLedger(
  complaints: readonly Snapshot<ComplaintState, ComplaintContext>[],
): ComplaintLedgerSummary {
  if (!Array.isArray(complaints as unknown))
    throw invalidArgument(["complaints"], "must be an array of complaint snapshots");
  const bySeverity: Record<ComplaintSeverity, number> = { critical: 0, major: 0, minor: 0 };
  const byState: Partial<Record<ComplaintState, number>> = {};
  const paid = new Map<string, Money[]>();
  let open = 0;
  let escalated = 0;
  let capaRequested = 0;
  const rows = complaints.map((snapshot, i): ComplaintLedgerRow => {
    const candidate = snapshot as { machine?: unknown; context?: { complaintId?: unknown } } | null;
    if (candidate?.machine !== "complaint" || typeof candidate.context?.complaintId !== "string")
      throw invalidArgument(["complaints", i], "must be a complaint snapshot from openComplaint()");
    const ctx = snapshot.context;
    bySeverity[ctx.severity] += 1;
    byState[snapshot.state] = (byState[snapshot.state] ?? 0) + 1;
    if (snapshot.state !== "resolved" && snapshot.state !== "closed") open += 1;
    if (ctx.escalationLevel > 0) escalated += 1;
    if (ctx.rootCause?.capaRequired) capaRequested += 1;
    const compensation = ctx.resolution?.compensation;
    if (compensation) {
      const amount = money(compensation.amount, compensation.currency);
      paid.set(amount.currency, [...(paid.get(amount.currency) ?? []), amount]);
    }
    return {
      complaintId: ctx.complaintId,
      openedAt: ctx.openedAt,
      channel: ctx.channel,
      severity: ctx.severity,
      state: snapshot.state,
      escalationLevel: ctx.escalationLevel,
      orderId: ctx.links.orderId ?? null,
      shipmentId: ctx.links.shipmentId ?? null,
      lotInspectionId: ctx.links.lotInspectionId ?? null,
      supplierId: ctx.links.supplierId ?? null,
      sku: ctx.links.sku ?? null,
      resolutionKind: ctx.resolution?.kind ?? null,
      compensation: compensation ? `${compensation.amount} ${compensation.currency}` : null,
      rootCauseCategory: ctx.rootCause?.category ?? null,
      capaRequired: ctx.rootCause?.capaRequired ?? false,
    };
  });
  return {
    rows,
    bySeverity,
    byState,
    open,
    escalated,
    capaRequested,
    compensation: [...paid].map(([currency, amounts]) => sumMoney(amounts, currency)),
  };
}
