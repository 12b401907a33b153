import * as z from "zod";

/**
 * The eleven Incoterms 2020 rules (ICC publication 723). Seven for any mode (EXW, FCA, CPT, CIP, DAP, DPU, DDP),
 * four for sea and inland waterway only (FAS, FOB, CFR, CIF). DAT (Incoterms 2010) became DPU; DDU was dropped in
 * 2010: neither is accepted.
 *
 * @example
 * ```ts
 * incoterm2020Schema.parse("DAP"); // "DAP"
 * incoterm2020Schema.safeParse("DDU").success; // false
 * ```
 */
export const incoterm2020Schema = z.enum(
  ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"],
  {
    message: "must be an Incoterms 2020 rule: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR or CIF (DAT is now DPU)",
  },
);

/**
 * An Incoterms 2020 rule (see {@link incoterm2020Schema}).
 *
 * @example
 * ```ts
 * const term: Incoterm2020 = "DDP";
 * ```
 */
export type Incoterm2020 = z.infer<typeof incoterm2020Schema>;
