import * as z from "zod";
import { Dec, type Decimal, parseInput } from "../../core/index.js";
import { type ChargeableWeight, chargeableFrom } from "./chargeableWeight.js";
import { nonNegativeDecimalSchema, positiveDecimalSchema } from "./decimalSchemas.js";
import { boxSchema, boxVolume, dimensionRoundingSchema } from "./dimensions.js";

/**
 * Whether volumetric weight is compared piece by piece (DHL Express: "per piece") or once for the whole shipment
 * (totals of actual and volumetric weight). Rate cards say which.
 *
 * @example
 * ```ts
 * const per: VolumetricBasis = "piece";
 * ```
 */
export type VolumetricBasis = z.infer<typeof volumetricBasisSchema>;

/**
 * Schema of {@link VolumetricBasis}.
 *
 * @example
 * ```ts
 * volumetricBasisSchema.parse("shipment");
 * ```
 */
export const volumetricBasisSchema = z.enum(["piece", "shipment"]);

/** @internal one kind of piece: weight, box and how many identical pieces. */
export const pieceSchema = z.object({
  weightKg: nonNegativeDecimalSchema,
  dimensionsCm: boxSchema,
  quantity: z.number().int().positive().optional(),
});

/**
 * Schema of the input of {@link chargeableWeightOfPieces}.
 *
 * @example
 * ```ts
 * chargeableWeightOfPiecesInputSchema.parse({ pieces: [{ weightKg: 2, dimensionsCm: { length: 30, width: 20, height: 20 }, quantity: 3 }], per: "piece" });
 * ```
 */
export const chargeableWeightOfPiecesInputSchema = z.object({
  pieces: z.array(pieceSchema).min(1, { message: "a shipment needs at least one piece" }),
  per: volumetricBasisSchema,
  divisor: positiveDecimalSchema.optional(),
  incrementKg: positiveDecimalSchema.optional(),
  dimensionRounding: dimensionRoundingSchema.optional(),
});

/**
 * Input of {@link chargeableWeightOfPieces}.
 *
 * @example
 * ```ts
 * const input: ChargeableWeightOfPiecesInput = { pieces: [{ weightKg: "4.2", dimensionsCm: { length: 41, width: 33, height: 27 } }], per: "shipment" };
 * ```
 */
export type ChargeableWeightOfPiecesInput = z.input<typeof chargeableWeightOfPiecesInputSchema>;

/**
 * The chargeable weight of a multi-piece shipment: the totals, the basis (`mixed` when some pieces are billed by
 * volume and others by weight) and, when computed per piece, each piece's own figures (one entry per input line;
 * a line with `quantity` n counts n times in the totals).
 *
 * @example
 * ```ts
 * const result: PiecesChargeableWeight = chargeableWeightOfPieces({ pieces: [{ weightKg: 1, dimensionsCm: { length: 10, width: 10, height: 10 } }], per: "piece" });
 * result.chargeableKg.toString(); // "1"
 * ```
 */
export interface PiecesChargeableWeight {
  /** Sum of the actual weights. */
  readonly actualKg: Decimal;
  /** Sum of the volumetric weights, unrounded. */
  readonly volumetricKg: Decimal;
  /** The billed weight: per piece, the sum of each piece's rounded chargeable weight; per shipment, one rounding. */
  readonly chargeableKg: Decimal;
  /** Which weight won; `mixed` only per piece. */
  readonly basis: "actual" | "volumetric" | "mixed";
  /** `piece` or `shipment`, as asked. */
  readonly per: VolumetricBasis;
  /** Per piece: the figures of one piece of each input line (not multiplied by its quantity). Empty per shipment. */
  readonly pieces: readonly ChargeableWeight[];
}

/**
 * Chargeable weight of several pieces, per piece (each piece's larger weight rounded up, then summed) or per
 * shipment (total actual against total volumetric, rounded once), as the rate card says.
 *
 * @throws `INVALID_ARGUMENT` for an empty list or a bad piece (path `["input", "pieces", i, ...]`)
 * @example
 * ```ts
 * const pieces = [
 *   { weightKg: "9.3", dimensionsCm: { length: 50, width: 40, height: 30 } }, // 12 kg by volume
 *   { weightKg: "8", dimensionsCm: { length: 20, width: 20, height: 20 } }, // 1.6 kg by volume
 * ];
 * chargeableWeightOfPieces({ pieces, per: "piece" }).chargeableKg.toString(); // "20" (12 + 8)
 * chargeableWeightOfPieces({ pieces, per: "shipment" }).chargeableKg.toString(); // "17.5" (17.3 actual vs 13.6)
 * ```
 */
export function chargeableWeightOfPieces(input: ChargeableWeightOfPiecesInput): PiecesChargeableWeight {
  const parsed = parseInput(chargeableWeightOfPiecesInputSchema, input, ["input"]);
  return piecesChargeable(
    parsed.pieces,
    parsed.per,
    parsed.divisor ?? new Dec(5000),
    parsed.incrementKg ?? new Dec("0.5"),
    parsed.dimensionRounding ?? "none",
  );
}

/** @internal the computation on parsed pieces, shared with quotes. */
export function piecesChargeable(
  pieces: readonly z.output<typeof pieceSchema>[],
  per: VolumetricBasis,
  divisor: Decimal,
  increment: Decimal,
  rounding: z.output<typeof dimensionRoundingSchema>,
): PiecesChargeableWeight {
  let actual = new Dec(0);
  let volumetric = new Dec(0);
  let chargeable = new Dec(0);
  let byVolume = 0;
  let byWeight = 0;
  const each: ChargeableWeight[] = [];
  for (const piece of pieces) {
    const count = piece.quantity ?? 1;
    const one = chargeableFrom(piece.weightKg, boxVolume(piece.dimensionsCm, rounding).div(divisor), increment);
    actual = actual.plus(one.actualKg.times(count));
    volumetric = volumetric.plus(one.volumetricKg.times(count));
    chargeable = chargeable.plus(one.chargeableKg.times(count));
    if (one.basis === "volumetric") byVolume += count;
    else byWeight += count;
    if (per === "piece") each.push(one);
  }
  if (per === "shipment") {
    const whole = chargeableFrom(actual, volumetric, increment);
    return Object.freeze({ ...whole, per, pieces: [] });
  }
  const basis = byVolume === 0 ? "actual" : byWeight === 0 ? "volumetric" : "mixed";
  return Object.freeze({
    actualKg: actual,
    volumetricKg: volumetric,
    chargeableKg: chargeable,
    basis,
    per,
    pieces: each,
  });
}
