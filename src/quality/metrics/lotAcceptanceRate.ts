import { Dec, type Decimal } from "../../core/index.js";
import type { QualityEvent } from "../events/qualityEvent.js";
import { type QualityEventFilter, selectQualityEvents } from "./selectQualityEvents.js";

/**
 * Lot acceptance rate (LAR, 批次合格率): lots accepted over lots judged, from `lot-accepted` / `lot-rejected`
 * events. Every submission counts (a lot rejected, sorted and accepted on resubmission counts one of each),
 * unless `firstSubmissionOnly` is set. Rounded half-up to 4 decimal places (0.7778 is 77.78%).
 *
 * @returns the counts and the rate, `null` when no lot was judged
 * @throws `INVALID_ARGUMENT` for an invalid event or filter
 * @example
 * ```ts
 * lotAcceptanceRate(events); // { accepted: 7, rejected: 2, judged: 9, rate: 0.7778 }
 * ```
 */
export function lotAcceptanceRate(
  events: readonly QualityEvent[],
  filter?: QualityEventFilter & { readonly firstSubmissionOnly?: boolean },
): { readonly accepted: number; readonly rejected: number; readonly judged: number; readonly rate: Decimal | null } {
  const { firstSubmissionOnly = false, ...eventFilter } = filter ?? {};
  let accepted = 0;
  let rejected = 0;
  for (const event of selectQualityEvents(events, eventFilter)) {
    if (event.type !== "lot-accepted" && event.type !== "lot-rejected") continue;
    if (firstSubmissionOnly && event.attempt > 1) continue;
    if (event.type === "lot-accepted") accepted += 1;
    else rejected += 1;
  }
  const judged = accepted + rejected;
  const rate = judged === 0 ? null : new Dec(accepted).div(judged).toDecimalPlaces(4, Dec.ROUND_HALF_UP);
  return { accepted, rejected, judged, rate };
}
