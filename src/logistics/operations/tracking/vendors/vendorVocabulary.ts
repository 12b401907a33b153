import * as z from "zod";
import type { TrackingStatus, TrackingSubStatus } from "../trackingStatus.js";

/**
 * The tracking vendors whose vocabularies the library maps: AfterShip, 17TRACK, ShipEngine (and ShipStation v2,
 * which shares its codes), Shippo, EasyPost and Karrio.
 *
 * @example
 * ```ts
 * trackingVendorSchema.parse("17track"); // "17track"
 * ```
 */
export const trackingVendorSchema = z.enum(["aftership", "17track", "shipengine", "shippo", "easypost", "karrio"]);

/**
 * A tracking vendor id (see {@link trackingVendorSchema}).
 *
 * @example
 * ```ts
 * const vendor: TrackingVendor = "aftership";
 * ```
 */
export type TrackingVendor = z.infer<typeof trackingVendorSchema>;

/**
 * One row of a vendor mapping table: the vendor's code, the normalised status and sub-status it maps to, and what
 * the code means in the vendor's own documentation (paraphrased).
 *
 * @example
 * ```ts
 * const row: VendorStatusRow = { code: "InTransit_007", status: "in_transit", subStatus: "departed_facility", meaning: "departure scan" };
 * ```
 */
export interface VendorStatusRow {
  /** The code exactly as the vendor sends it (matched case-insensitively). */
  readonly code: string;
  readonly status: TrackingStatus;
  readonly subStatus: TrackingSubStatus;
  /** The vendor's meaning, paraphrased. */
  readonly meaning: string;
}

/**
 * A vendor's vocabulary as data: its main statuses, its detail codes (sub-statuses, subtags, status details) and
 * which of the two decides the normalised status when both are known.
 *
 * @example
 * ```ts
 * aftershipVocabulary.precedence; // "detail"
 * ```
 */
export interface VendorVocabulary {
  readonly vendor: TrackingVendor;
  /** Where the codes come from (documentation page or source file). */
  readonly source: string;
  /**
   * `detail`: a known detail code decides both status and sub-status (its main status only fills in when the
   * detail is unknown). `status`: the main status decides the status, the detail only the sub-status (EasyPost
   * documents `status` as the field for business logic).
   */
  readonly precedence: "detail" | "status";
  readonly statuses: readonly VendorStatusRow[];
  readonly details: readonly VendorStatusRow[];
}
