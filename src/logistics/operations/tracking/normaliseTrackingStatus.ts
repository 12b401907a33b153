import * as z from "zod";
import { parseInput } from "../../../core/index.js";
import type { TrackingStatus, TrackingSubStatus } from "./trackingStatus.js";
import { trackingVendorVocabularies } from "./vendors/trackingVendorVocabularies.js";
import {
  type TrackingVendor,
  trackingVendorSchema,
  type VendorStatusRow,
  type VendorVocabulary,
} from "./vendors/vendorVocabulary.js";

/**
 * What a vendor sent: its main status and/or its detail code (AfterShip subtag, 17TRACK sub-status, ShipEngine
 * `status_detail_code`, Shippo `substatus.code`, EasyPost `status_detail`). At least one is required.
 *
 * @example
 * ```ts
 * vendorTrackingStatusSchema.parse({ vendor: "aftership", status: "InTransit", subStatus: "InTransit_007" });
 * ```
 */
export const vendorTrackingStatusSchema = z
  .object({
    vendor: trackingVendorSchema,
    status: z.string().trim().min(1).max(100).optional(),
    subStatus: z.string().trim().min(1).max(100).optional(),
  })
  .refine((value) => value.status !== undefined || value.subStatus !== undefined, {
    message: "give the vendor's status, its sub-status, or both",
    path: ["status"],
  });

/**
 * A vendor status as received (see {@link vendorTrackingStatusSchema}).
 *
 * @example
 * ```ts
 * const raw: VendorTrackingStatus = { vendor: "shippo", status: "TRANSIT", subStatus: "out_for_delivery" };
 * ```
 */
export type VendorTrackingStatus = z.input<typeof vendorTrackingStatusSchema>;

/**
 * The normalised reading of a vendor status, with the raw codes kept. `mappedBy` tells which table row decided:
 * `detail` (the detail code was known), `status` (only the main status was), or `fallback` (neither: the
 * result is `exception / unrecognised_code`).
 *
 * @example
 * ```ts
 * const n: NormalisedTrackingStatus = {
 *   vendor: "aftership", status: "in_transit", subStatus: "departed_facility", mappedBy: "detail",
 *   rawStatus: "InTransit", rawSubStatus: "InTransit_007",
 * };
 * ```
 */
export interface NormalisedTrackingStatus {
  readonly vendor: TrackingVendor;
  readonly status: TrackingStatus;
  readonly subStatus: TrackingSubStatus;
  readonly mappedBy: "detail" | "status" | "fallback";
  readonly rawStatus?: string;
  readonly rawSubStatus?: string;
}

/**
 * The documented result for a code no row knows: an exception that needs a person, flagged `unrecognised_code`,
 * with the raw codes kept on the result. Tracking summaries do not let such an event move the status.
 *
 * @example
 * ```ts
 * unrecognisedTrackingFallback; // { status: "exception", subStatus: "unrecognised_code" }
 * ```
 */
export const unrecognisedTrackingFallback: { readonly status: TrackingStatus; readonly subStatus: TrackingSubStatus } =
  Object.freeze({ status: "exception", subStatus: "unrecognised_code" });

const indexCache = new WeakMap<readonly VendorStatusRow[], ReadonlyMap<string, VendorStatusRow>>();

function indexRows(rows: readonly VendorStatusRow[]): ReadonlyMap<string, VendorStatusRow> {
  let index = indexCache.get(rows);
  if (!index) {
    index = new Map(rows.map((row) => [row.code.toLowerCase(), row]));
    indexCache.set(rows, index);
  }
  return index;
}

/**
 * Maps one vendor status (and/or detail code) onto the normalised vocabulary, through the vendor's table.
 * A known detail code decides both status and sub-status when the vendor's precedence is `detail`; for EasyPost
 * and Karrio (precedence `status`) the main status decides and the detail only refines the sub-status. Codes
 * are matched case-insensitively. Unknown codes give {@link unrecognisedTrackingFallback}, never an error.
 *
 * @param input - the vendor and its raw codes
 * @param vocabulary - a replacement table for the vendor (defaults to the library's)
 * @throws `INVALID_ARGUMENT` for an unknown vendor or when neither code is given
 * @example
 * ```ts
 * normaliseTrackingStatus({ vendor: "17track", status: "InTransit", subStatus: "InTransit_CustomsProcessing" });
 * // { status: "in_transit", subStatus: "customs_processing", mappedBy: "detail", ... }
 * normaliseTrackingStatus({ vendor: "shipengine", status: "ZZ" }).subStatus; // "unrecognised_code"
 * ```
 */
export function normaliseTrackingStatus(
  input: VendorTrackingStatus,
  vocabulary?: VendorVocabulary,
): NormalisedTrackingStatus {
  const parsed = parseInput(vendorTrackingStatusSchema, input, ["input"]);
  const table = vocabulary ?? trackingVendorVocabularies[parsed.vendor];
  const main = parsed.status === undefined ? undefined : indexRows(table.statuses).get(parsed.status.toLowerCase());
  const detail =
    parsed.subStatus === undefined ? undefined : indexRows(table.details).get(parsed.subStatus.toLowerCase());
  const raw = {
    ...(parsed.status === undefined ? {} : { rawStatus: parsed.status }),
    ...(parsed.subStatus === undefined ? {} : { rawSubStatus: parsed.subStatus }),
  };
  if (detail) {
    const status = table.precedence === "status" && main ? main.status : detail.status;
    return { vendor: parsed.vendor, status, subStatus: detail.subStatus, mappedBy: "detail", ...raw };
  }
  if (main)
    return { vendor: parsed.vendor, status: main.status, subStatus: main.subStatus, mappedBy: "status", ...raw };
  return { vendor: parsed.vendor, ...unrecognisedTrackingFallback, mappedBy: "fallback", ...raw };
}
