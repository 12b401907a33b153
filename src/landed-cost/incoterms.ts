/**
 * The eleven Incoterms® 2020 rules.
 *
 * @example
 * ```ts
 * const term: Incoterm = "FOB";
 * ```
 */
export type Incoterm = "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";

/**
 * The Incoterms® 2020 rule codes, in the ICC's order.
 *
 * @example
 * ```ts
 * INCOTERMS_2020.includes("DPU"); // true
 * ```
 */
export const INCOTERMS_2020: readonly Incoterm[] = Object.freeze([
  "EXW",
  "FCA",
  "CPT",
  "CIP",
  "DAP",
  "DPU",
  "DDP",
  "FAS",
  "FOB",
  "CFR",
  "CIF",
]);

/**
 * A shipment cost the calculator knows about: international carriage to the border, its insurance, and transport
 * from the border to the first destination inside the country.
 *
 * @example
 * ```ts
 * const cost: ShipmentCostKind = "onwardTransport";
 * ```
 */
export type ShipmentCostKind = "freight" | "insurance" | "onwardTransport";

/**
 * Which shipment costs the seller's price already contains under a purchase Incoterm: none for E- and F-terms,
 * carriage for CFR/CPT, carriage and insurance for CIF/CIP, everything up to the named place for D-terms. The
 * calculator deducts those costs from the price to find the goods value, then adds back what the destination's
 * valuation basis includes.
 *
 * @example
 * ```ts
 * costsIncludedInPrice("CIF"); // ["freight", "insurance"]
 * ```
 */
export function costsIncludedInPrice(incoterm: Incoterm): ShipmentCostKind[] {
  switch (incoterm) {
    case "EXW":
    case "FCA":
    case "FAS":
    case "FOB":
      return [];
    case "CFR":
    case "CPT":
      return ["freight"];
    case "CIF":
    case "CIP":
      return ["freight", "insurance"];
    case "DAP":
    case "DPU":
    case "DDP":
      return ["freight", "insurance", "onwardTransport"];
  }
}
